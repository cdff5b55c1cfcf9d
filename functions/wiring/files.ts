import { S3Client } from '@aws-sdk/client-s3';
import { S3FileStore } from '../adapters/s3/s3-file-store';
import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';
import type { Clock } from '../core/clock';
import type { FileStore } from '../core/files/ports';

/** The files bucket (locally, the gateway's S3-compatible route), or none when FILES_BUCKET is not set. */
export function fileStore(config: PlatformConfig, clock: Clock): FileStore | undefined {
  const { bucket, endpoint } = config.files;
  if (!bucket) return undefined;
  const client = traced(new S3Client({
    region: config.region,
    endpoint,
    forcePathStyle: endpoint !== undefined,
    // Checksums only where the request names one (the upload's SHA-256), none added to presigned URLs.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }));
  return new S3FileStore(client, bucket, clock);
}
