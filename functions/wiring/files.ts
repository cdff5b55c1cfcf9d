import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';
import type { Clock } from '../core/clock';
import type { FileStore } from '../core/files/ports';
import { builtOnFirstCall } from './lazy';

/** The files bucket (locally, the gateway's S3-compatible route), or none when FILES_BUCKET is not set. Built on first use: most requests touch no file. */
export function fileStore(config: PlatformConfig, clock: Clock): FileStore | undefined {
  const { bucket, endpoint } = config.files;
  if (!bucket) return undefined;
  return builtOnFirstCall<FileStore>(
    async () => {
      const [{ S3Client }, { S3FileStore }] = await Promise.all([import('@aws-sdk/client-s3'), import('../adapters/s3/s3-file-store')]);
      const client = traced(new S3Client({
        region: config.region,
        endpoint,
        forcePathStyle: endpoint !== undefined,
        // Checksums only where the request names one (the upload's SHA-256), none added to presigned URLs.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }));
      return new S3FileStore(client, bucket, clock);
    },
    { presignUpload: true, presignDownload: true, head: true, keysUnder: true, deleteUnder: true, put: true, get: true },
  );
}
