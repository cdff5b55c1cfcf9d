import { DynamoDbChainHeadStore } from '../adapters/dynamodb/chain-head-store';
import { FileDigestArchive } from '../adapters/local/digest-files';
import { LocalDigestKey } from '../adapters/local/digest-key';
import { traced } from '../adapters/observability/tracing';
import { ConfigurationError, type PlatformConfig } from '../config/environment';
import type { DigestDependencies } from '../core/audit/daily-digest';
import type { DigestArchive, DigestKeys, DigestSigner } from '../core/audit/ports';
import type { VerificationDependencies } from '../core/audit/verify-complaint';
import { systemClock, type Clock } from '../core/clock';
import { logger } from '../adapters/observability/logger';
import { dynamoDbClient } from './dynamodb';
import { builtOnFirstCall } from './lazy';

/** Without a configured archive there are no digests: histories verify by their chain alone. */
const NO_ARCHIVE: DigestArchive = {
  put: () => Promise.reject(new ConfigurationError('No audit digest archive is configured (AUDIT_DIGEST_BUCKET or AUDIT_DIGEST_DIR).')),
  get: () => Promise.resolve(null),
  days: () => Promise.resolve([]),
};

export function digestArchive(config: PlatformConfig): DigestArchive {
  const { bucket, dir } = config.auditDigests;
  if (bucket) {
    // Built on first use: the API reads digests only to verify a history.
    return builtOnFirstCall<DigestArchive>(
      async () => {
        const [{ S3Client }, { S3DigestArchive }] = await Promise.all([import('@aws-sdk/client-s3'), import('../adapters/s3/s3-digest-archive')]);
        return new S3DigestArchive(traced(new S3Client({ region: config.region })), bucket);
      },
      { put: true, get: true, days: true },
    );
  }
  if (dir) return new FileDigestArchive(dir);
  return NO_ARCHIVE;
}

export function digestKey(config: PlatformConfig): DigestSigner & DigestKeys {
  const { kmsKeyId, keyFile } = config.auditDigests;
  if (kmsKeyId) {
    return builtOnFirstCall<DigestSigner & DigestKeys>(
      async () => {
        const [{ KMSClient }, { KmsDigestKey }] = await Promise.all([import('@aws-sdk/client-kms'), import('../adapters/kms/kms-digest-key')]);
        return new KmsDigestKey(traced(new KMSClient({ region: config.region })), kmsKeyId);
      },
      { keyId: true, sign: true, publicKeyPem: true },
    );
  }
  if (keyFile) return new LocalDigestKey(keyFile);
  const missing = () => Promise.reject(new ConfigurationError('No audit digest key is configured (AUDIT_DIGEST_KEY_ID or AUDIT_DIGEST_KEY_FILE).'));
  return { keyId: missing, sign: missing, publicKeyPem: () => Promise.resolve(null) };
}

export function digestDependencies(config: PlatformConfig, clock: Clock = systemClock): DigestDependencies {
  const key = digestKey(config);
  return { heads: new DynamoDbChainHeadStore(dynamoDbClient(config), config.tableName), archive: digestArchive(config), signer: key, clock, logger };
}

export function verificationDependencies(config: PlatformConfig): VerificationDependencies {
  return { archive: digestArchive(config), keys: digestKey(config) };
}
