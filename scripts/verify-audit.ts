/**
 * npm run verify-audit -- [--org <id>] [--complaint <id> | --reference <ref>] [--day YYYY-MM-DD]
 *
 * Checks the signed daily audit digests of an organization (signature, day, chain) and
 * each complaint asked for, or each complaint the digests name, against its hash chain.
 * Reads the table and the archive directly, with the operator's own credentials, not the
 * application's. In the cloud: TABLE_NAME, AWS_REGION, AUDIT_DIGEST_BUCKET and
 * AUDIT_DIGEST_KEY_ID (the stack's outputs). Without TABLE_NAME: the running `npm start`
 * stack (DynamoDB Local at 127.0.0.1:DYNAMODB_PORT, digests under DATA_DIR/audit, or
 * AUDIT_DIGEST_DIR and AUDIT_DIGEST_KEY_FILE as the local stack sets them).
 * Exit code 0 when everything verifies, 1 naming the first failing entry, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDbComplaintStore } from '../functions/adapters/dynamodb/complaint-store';
import { KmsDigestKey } from '../functions/adapters/kms/kms-digest-key';
import { FileDigestArchive } from '../functions/adapters/local/digest-files';
import { LocalDigestKey } from '../functions/adapters/local/digest-key';
import { S3DigestArchive } from '../functions/adapters/s3/s3-digest-archive';
import { auditReportLines, verifyAudit } from '../functions/core/audit/verify-audit';
import type { VerificationDependencies } from '../functions/core/audit/verify-complaint';
import { DATA_DIR } from '../local/start-options';

const USAGE = 'Usage: npm run verify-audit -- [--org ID] [--complaint ID ...] [--reference REF ...] [--day YYYY-MM-DD]';

const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

const { values } = parseArgs({
  options: {
    org: { type: 'string' },
    complaint: { type: 'string', multiple: true },
    reference: { type: 'string', multiple: true },
    day: { type: 'string' },
  },
});
if (values.day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.day)) fail(USAGE, 2);

const env = process.env;
const region = env.AWS_REGION ?? 'us-east-1';
const local = !env.TABLE_NAME;

function store(): DynamoDbComplaintStore {
  const endpoint = local ? env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${env.DYNAMODB_PORT ?? 8000}` : env.DYNAMODB_ENDPOINT || undefined;
  // DynamoDB Local takes any credentials; the cloud takes the caller's own.
  const credentials = endpoint && !env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined;
  return new DynamoDbComplaintStore(new DynamoDBClient({ region, endpoint, credentials }), env.TABLE_NAME ?? 'complaints');
}

function digests(): VerificationDependencies {
  if (env.AUDIT_DIGEST_BUCKET || env.AUDIT_DIGEST_KEY_ID) {
    if (!env.AUDIT_DIGEST_BUCKET || !env.AUDIT_DIGEST_KEY_ID) return fail('Set both AUDIT_DIGEST_BUCKET and AUDIT_DIGEST_KEY_ID (the stack outputs AuditDigestBucket and AuditDigestKey).');
    return { archive: new S3DigestArchive(new S3Client({ region }), env.AUDIT_DIGEST_BUCKET), keys: new KmsDigestKey(new KMSClient({ region }), env.AUDIT_DIGEST_KEY_ID) };
  }
  if (!env.AUDIT_DIGEST_DIR && !local) return fail('Set AUDIT_DIGEST_BUCKET and AUDIT_DIGEST_KEY_ID (the stack outputs AuditDigestBucket and AuditDigestKey).');
  // The folder and key file local/stack.ts gives the digest function.
  const dir = env.AUDIT_DIGEST_DIR ?? join(DATA_DIR, 'audit', 'digests');
  const keyFile = env.AUDIT_DIGEST_KEY_FILE ?? join(DATA_DIR, 'audit', 'digest-signing-key.json');
  // A new key made here would fail every digest; say what is missing instead.
  if (!existsSync(keyFile)) return fail(`No local digest key at ${keyFile}: start the stack (npm start) and let it sign a finished day first.`);
  return { archive: new FileDigestArchive(dir), keys: new LocalDigestKey(keyFile) };
}

async function main(): Promise<void> {
  const organizationId = values.org ?? env.ORGANIZATION_ID ?? 'default';
  const report = await verifyAudit({ store: store(), ...digests() }, { organizationId, complaintIds: values.complaint, references: values.reference, day: values.day });
  for (const line of auditReportLines(report, organizationId)) console.log(line);
  if (!report.ok) process.exit(1);
}

main().catch((error: unknown) => fail(`verify-audit could not run: ${error instanceof Error ? (error as NodeJS.ErrnoException).code ?? error.name : 'error'}`));
