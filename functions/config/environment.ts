import { calendarById } from '../core/clocks/calendars';
import { isValidTimeZone } from '../core/clocks/time-zone';
import type { Jurisdiction } from '../core/complaint';
import type { SettingsDefaults } from '../core/organization/settings';
import { DEFAULT_PARTNER_RATE_LIMIT_PER_MINUTE } from '../core/partners/rate-limit';

/**
 * Everything a function needs to know about where it runs, read once from the
 * environment. The CDK stack sets these on each Lambda; the local stack sets the same
 * names pointing at local endpoints.
 */
export interface PlatformConfig {
  region: string;
  tableName: string;
  /** Only set locally: DynamoDB Local, SES local and the local workflow runner. */
  dynamoDbEndpoint?: string;
  sesEndpoint?: string;
  stepFunctionsEndpoint?: string;
  senderEmail: string;
  sesConfigurationSet?: string;
  stateMachineArn: string;
  trackingUrl: string;
  /** Introspection and field suggestions; on only in the local stack. */
  developmentMode: boolean;
  /** What the organization's settings start as, before an admin saves any. */
  settingsDefaults: SettingsDefaults;
  /** Who signs staff tokens: the stack's Cognito user pool, or (local stack only) the development issuer. */
  auth: { cognito?: { userPoolId: string; clientId: string }; devIssuer?: { issuer: string; audience: string; jwks: { keys: unknown[] } } };
  /**
   * Where the secrets are read when first needed; never their values, which stay out of the
   * environment. In the cloud Secrets Manager (…_SECRET_ARN), locally a file of the data folder (…_SECRET_FILE).
   * - accessCode (ACCESS_CODE_SECRET_ARN / _FILE): a keyring (core/secrets/keyring.ts) deriving the access
   *   codes of idempotent submissions and keying the reply addresses; without it those are refused.
   * - searchIndex (SEARCH_INDEX_SECRET_ARN / _FILE): keys the search index's terms (HMAC), so no table key
   *   shows a word. The API and the search stream handler need the same one; without it a search is refused.
   */
  secrets: { accessCode?: SecretLocation; searchIndex?: SecretLocation };
  /** PARTNER_RATE_LIMIT_PER_MINUTE: requests each partner may send per minute (default 120). */
  partnerRateLimitPerMinute: number;
  /**
   * Where the signed daily audit digests are kept and what signs them: in the cloud
   * AUDIT_DIGEST_BUCKET (Object Lock) and AUDIT_DIGEST_KEY_ID (KMS); locally
   * AUDIT_DIGEST_DIR and AUDIT_DIGEST_KEY_FILE. Without either, histories verify by their chain alone.
   */
  auditDigests: { bucket?: string; kmsKeyId?: string; dir?: string; keyFile?: string };
  /**
   * Where complaint files are kept: FILES_BUCKET (the stack's files bucket); locally also
   * FILES_ENDPOINT, the local gateway's S3-compatible route (path-style). Without a bucket
   * the file operations answer NOT_CONFIGURED.
   */
  files: { bucket?: string; endpoint?: string };
  /** INBOUND_BUCKET: where SES receiving writes each message to the deployment's address (the inbound function reads it). */
  inboundBucket?: string;
  /**
   * INBOUND_ADDRESS: the deployment's address for complaints by email (e.g. complaints@example.org);
   * replies come back to its plus-addresses. Absent: no email is taken in and emails carry no Reply-To.
   * The functions that make or read reply addresses need the access-code secret too, which keys the reply tokens.
   */
  inboundAddress?: string;
  /**
   * Triage by a managed model instead of the offline one alone, off by default. TRIAGE_MANAGED=comprehend:
   * Amazon Comprehend's sentiment, and the category from TRIAGE_CLASSIFIER_ENDPOINT_ARN (a custom classifier
   * endpoint) when set. COMPREHEND_ENDPOINT: another endpoint for the client (tests only).
   */
  triage: { managed?: { service: 'comprehend'; classifierEndpointArn?: string; endpoint?: string } };
}

/** A Secrets Manager secret (its ARN or name), or (local stack) a file. */
export type SecretLocation = { secretId: string } | { file: string };

export class ConfigurationError extends Error {}

const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'UK_FCA', 'US_CFPB'];

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigurationError(`Environment variable ${name} is not set.`);
  return value;
}

function secretLocation(env: NodeJS.ProcessEnv, name: string): SecretLocation | undefined {
  if (env[name]) throw new ConfigurationError(`${name} must not hold the secret: set ${name}_ARN to where it is kept (Secrets Manager).`);
  const secretId = env[`${name}_ARN`] || undefined;
  const file = env[`${name}_FILE`] || undefined;
  if (secretId && file) throw new ConfigurationError(`Set ${name}_ARN or ${name}_FILE, not both.`);
  return secretId ? { secretId } : file ? { file } : undefined;
}

const PLAIN_ADDRESS = /^[^\s@+<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

function inboundAddress(env: NodeJS.ProcessEnv): string | undefined {
  const address = env.INBOUND_ADDRESS?.trim() || undefined;
  if (address === undefined) return undefined;
  if (!PLAIN_ADDRESS.test(address)) throw new ConfigurationError('INBOUND_ADDRESS must be a plain email address, without a + (its plus-addresses are the reply addresses).');
  return address.toLowerCase();
}

/** A Comprehend custom classifier's endpoint; its region is the fourth field. */
export const CLASSIFIER_ENDPOINT_ARN = /^arn:aws[a-z-]*:comprehend:[a-z0-9-]+:\d{12}:document-classifier-endpoint\/[A-Za-z0-9-]+$/;

function triage(env: NodeJS.ProcessEnv): PlatformConfig['triage'] {
  const managed = env.TRIAGE_MANAGED || 'off';
  const classifierEndpointArn = env.TRIAGE_CLASSIFIER_ENDPOINT_ARN || undefined;
  if (managed === 'off') {
    if (classifierEndpointArn) throw new ConfigurationError('TRIAGE_CLASSIFIER_ENDPOINT_ARN needs TRIAGE_MANAGED=comprehend.');
    return {};
  }
  if (managed !== 'comprehend') throw new ConfigurationError('TRIAGE_MANAGED must be comprehend or off.');
  if (classifierEndpointArn && !CLASSIFIER_ENDPOINT_ARN.test(classifierEndpointArn)) {
    throw new ConfigurationError('TRIAGE_CLASSIFIER_ENDPOINT_ARN must be the ARN of a Comprehend document classifier endpoint.');
  }
  return { managed: { service: 'comprehend', classifierEndpointArn, endpoint: env.COMPREHEND_ENDPOINT || undefined } };
}

function partnerRateLimit(env: NodeJS.ProcessEnv): number {
  const value = env.PARTNER_RATE_LIMIT_PER_MINUTE;
  if (value === undefined || value === '') return DEFAULT_PARTNER_RATE_LIMIT_PER_MINUTE;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new ConfigurationError('PARTNER_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1.');
  return limit;
}

function auditDigests(env: NodeJS.ProcessEnv): PlatformConfig['auditDigests'] {
  const d = { bucket: env.AUDIT_DIGEST_BUCKET || undefined, kmsKeyId: env.AUDIT_DIGEST_KEY_ID || undefined, dir: env.AUDIT_DIGEST_DIR || undefined, keyFile: env.AUDIT_DIGEST_KEY_FILE || undefined };
  if (Boolean(d.bucket) !== Boolean(d.kmsKeyId)) throw new ConfigurationError('AUDIT_DIGEST_BUCKET and AUDIT_DIGEST_KEY_ID go together.');
  if (Boolean(d.dir) !== Boolean(d.keyFile)) throw new ConfigurationError('AUDIT_DIGEST_DIR and AUDIT_DIGEST_KEY_FILE go together.');
  return d;
}

export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const timeZone = env.ORGANIZATION_TIME_ZONE ?? 'Asia/Shanghai';
  if (!isValidTimeZone(timeZone)) throw new ConfigurationError(`ORGANIZATION_TIME_ZONE is not a known time zone.`);
  const calendarId = env.WORKING_DAY_CALENDAR ?? 'CN';
  if (!calendarById(calendarId)) throw new ConfigurationError(`WORKING_DAY_CALENDAR ${calendarId} is not a known calendar.`);
  const jurisdictions = (env.JURISDICTIONS ?? 'CN').split(',').map((j) => j.trim()).filter(Boolean);
  const unknown = jurisdictions.find((j) => !JURISDICTIONS.includes(j as Jurisdiction));
  if (unknown !== undefined) throw new ConfigurationError(`JURISDICTIONS names an unknown jurisdiction; use ${JURISDICTIONS.join(', ')}.`);
  const developmentMode = env.DEVELOPMENT_MODE === 'true';
  if (env.AUTH_DEV_JWKS && !developmentMode) throw new ConfigurationError('AUTH_DEV_JWKS is for the local stack only (DEVELOPMENT_MODE=true).');
  return {
    region: env.AWS_REGION ?? 'us-east-1',
    tableName: required(env, 'TABLE_NAME'),
    dynamoDbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    sesEndpoint: env.SES_ENDPOINT || undefined,
    stepFunctionsEndpoint: env.STEPFUNCTIONS_ENDPOINT || undefined,
    senderEmail: required(env, 'SENDER_EMAIL'),
    sesConfigurationSet: env.SES_CONFIGURATION_SET || undefined,
    stateMachineArn: env.STATE_MACHINE_ARN ?? '',
    trackingUrl: required(env, 'TRACKING_URL'),
    developmentMode,
    auth: {
      cognito: env.AUTH_COGNITO_USER_POOL_ID && env.AUTH_COGNITO_CLIENT_ID ? { userPoolId: env.AUTH_COGNITO_USER_POOL_ID, clientId: env.AUTH_COGNITO_CLIENT_ID } : undefined,
      devIssuer: env.AUTH_DEV_JWKS
        ? { issuer: required(env, 'AUTH_DEV_ISSUER'), audience: required(env, 'AUTH_DEV_AUDIENCE'), jwks: JSON.parse(env.AUTH_DEV_JWKS) as { keys: unknown[] } }
        : undefined,
    },
    settingsDefaults: { organizationId: env.ORGANIZATION_ID ?? 'default', timeZone, calendarId, jurisdictions: jurisdictions as Jurisdiction[] },
    secrets: { accessCode: secretLocation(env, 'ACCESS_CODE_SECRET'), searchIndex: secretLocation(env, 'SEARCH_INDEX_SECRET') },
    partnerRateLimitPerMinute: partnerRateLimit(env),
    auditDigests: auditDigests(env),
    files: { bucket: env.FILES_BUCKET || undefined, endpoint: env.FILES_ENDPOINT || undefined },
    inboundBucket: env.INBOUND_BUCKET || undefined,
    inboundAddress: inboundAddress(env),
    triage: triage(env),
  };
}
