import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { traced } from '../adapters/observability/tracing';
import { ConfigurationError, type PlatformConfig } from '../config/environment';

/** Reads a received message, whole, from the inbound bucket SES receiving writes to (INBOUND_BUCKET). */
export function inboundObjectReader(config: PlatformConfig): (key: string) => Promise<Uint8Array> {
  const bucket = config.inboundBucket;
  if (!bucket) throw new ConfigurationError('Environment variable INBOUND_BUCKET is not set.');
  const client = traced(new S3Client({ region: config.region }));
  return async (key) => {
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    if (!out.Body) throw new Error('the inbound object has no body');
    return out.Body.transformToByteArray();
  };
}
