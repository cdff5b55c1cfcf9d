import type { Node } from 'constructs';
import { calendarById } from '../functions/core/clocks/calendars';
import { isValidTimeZone } from '../functions/core/clocks/time-zone';
import type { Jurisdiction } from '../functions/core/complaint';

/** The cdk.json context key that holds the platform's settings. */
export const CONTEXT_KEY = 'complaintPlatform';

/** What the stacks are built from: the `complaintPlatform` context, checked. */
export interface PlatformSettings {
  /** One stack is deployed to each. */
  regions: string[];
  senderEmail: string;
  organizationId: string;
  organizationTimeZone: string;
  workingDayCalendar: string;
  /** Whose statutory deadlines run on the complaints. */
  jurisdictions: Jurisdiction[];
  /** Where complainant emails link to; absent, the portal's track page on the stack's own site (https://<distribution>/track). */
  trackingUrl?: string;
  /** Browser origins allowed to call the API; none (no CORS) unless configured. */
  allowedOrigins: string[];
  /**
   * How long each signed audit digest stays locked (S3 Object Lock, compliance mode: nobody
   * can delete it sooner). cdk.json `auditDigestRetentionDays`: a number of days, or per
   * region `{ "eu-west-2": 2190, "*": 2555 }`; default {@link DEFAULT_AUDIT_DIGEST_RETENTION_DAYS}.
   */
  auditDigestRetentionDays: number;
  /**
   * Email to the deployment's address (SES receiving), for this region: the address, or off.
   * cdk.json `inbound`: per region `{ "eu-west-1": { "address": "complaints@inbound.example.org" }, "*": "off" }`;
   * absent, off everywhere. A region where SES does not receive email must say off.
   */
  inbound: InboundSetting;
  /**
   * Who is told of the stack's alarms (the alarm topic's email subscriber). cdk.json `opsEmail`:
   * an address, or per region `{ "eu-west-2": "ops-uk@example.org", "*": "ops@example.org" }`.
   */
  opsEmail: string;
  /**
   * The table this region uses instead of the one the stack made, after a restore (docs/OPERATIONS.md).
   * cdk.json `restoredTableName`: per region `{ "eu-west-2": "complaints-restored-20270110" }`; absent, none.
   */
  restoredTableName?: string;
}

export type InboundSetting = { address: string } | 'off';

/**
 * The regions where SES receives email (the AWS General Reference's "Email Receiving endpoints",
 * inbound-smtp.<region>.amazonaws.com). AWS adds regions over time: add one here when it does.
 */
export const SES_RECEIVING_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];

/** Seven years: longer than the complaint-record retention CN, FCA (DISP 1.9) and CFPB rules ask for. */
export const DEFAULT_AUDIT_DIGEST_RETENTION_DAYS = 2555;

export class PlatformSettingsError extends Error {}

// Keyed by Jurisdiction so that the compiler asks for a new one here too (JURISDICTIONS in the functions' environment).
const JURISDICTIONS = Object.keys({ CN: true, UK_FCA: true, US_CFPB: true } satisfies Record<Jurisdiction, true>) as Jurisdiction[];

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function platformSettings(node: Node, region?: string): PlatformSettings {
  return parsePlatformSettings(node.tryGetContext(CONTEXT_KEY), region);
}

/** The retention of the region's audit digests: its own entry, else `*`, else the default. */
function retentionDays(raw: unknown, region: string | undefined, fail: (key: string, problem: string) => never): number {
  const days = (value: unknown) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 36500 ? (value as number) : fail('auditDigestRetentionDays', 'must be a whole number of days from 1 to 36500, or such numbers by region');
  if (raw === undefined) return DEFAULT_AUDIT_DIGEST_RETENTION_DAYS;
  if (!isRecord(raw)) return days(raw);
  Object.values(raw).forEach(days);
  const chosen = (region !== undefined ? raw[region] : undefined) ?? raw['*'];
  return chosen === undefined ? DEFAULT_AUDIT_DIGEST_RETENTION_DAYS : days(chosen);
}

export function parsePlatformSettings(raw: unknown, region?: string): PlatformSettings {
  if (!isRecord(raw)) throw new PlatformSettingsError(`CDK context "${CONTEXT_KEY}" is missing or is not an object; see cdk.json.`);
  const fail = (key: string, problem: string): never => {
    throw new PlatformSettingsError(`CDK context ${CONTEXT_KEY}.${key} ${problem}.`);
  };
  const present = (key: string): unknown => (raw[key] === undefined ? fail(key, 'is missing') : raw[key]);
  const text = (key: string, valid: (value: string) => boolean, expected: string): string => {
    const value = present(key);
    return typeof value === 'string' && valid(value) ? value : fail(key, `must be ${expected}`);
  };
  const list = (key: string, value: unknown, valid: (item: string) => boolean, expected: string): string[] => {
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string' && valid(item))) {
      return fail(key, `must be a list of ${expected}`);
    }
    if (new Set(value).size !== value.length) fail(key, 'must not repeat an entry');
    return value;
  };

  const regions = list('regions', present('regions'), (r) => REGION.test(r), 'AWS region names such as "eu-west-2"');
  if (regions.length === 0) fail('regions', 'must name at least one region');
  const jurisdictions = list('jurisdictions', present('jurisdictions'), (j) => (JURISDICTIONS as readonly string[]).includes(j), JURISDICTIONS.join(', '));
  return {
    regions,
    senderEmail: text('senderEmail', (v) => EMAIL.test(v), 'an email address'),
    organizationId: text('organizationId', (v) => v.trim().length > 0, 'a non-empty string'),
    organizationTimeZone: text('organizationTimeZone', isValidTimeZone, 'an IANA time zone such as "Asia/Shanghai"'),
    workingDayCalendar: text('workingDayCalendar', (v) => calendarById(v) !== undefined, 'the id of a known working-day calendar'),
    jurisdictions: jurisdictions as Jurisdiction[],
    trackingUrl: raw.trackingUrl === undefined ? undefined : text('trackingUrl', (v) => parseUrl(v)?.protocol === 'https:', 'an https URL'),
    // An origin is scheme, host and port only: exactly what the browser sends in Origin.
    allowedOrigins: raw.allowedOrigins === undefined ? [] : list('allowedOrigins', raw.allowedOrigins, (o) => parseUrl(o)?.origin === o, 'origins such as "https://complaints.example.org"'),
    auditDigestRetentionDays: retentionDays(raw.auditDigestRetentionDays, region, fail),
    inbound: inboundSetting(raw.inbound, region, fail),
    opsEmail: opsEmail(present('opsEmail'), region, fail),
    restoredTableName: restoredTableName(raw.restoredTableName, region, fail),
  };
}

/** The region's ops email: its own entry, else `*`; every entry is checked, whichever region is built. */
function opsEmail(raw: unknown, region: string | undefined, fail: (key: string, problem: string) => never): string {
  const address = (value: unknown) => (typeof value === 'string' && EMAIL.test(value) ? value : fail('opsEmail', 'must be an email address, or such addresses by region (or "*")'));
  if (!isRecord(raw)) return address(raw);
  const addresses = Object.values(raw).map(address);
  const chosen = (region !== undefined ? raw[region] : undefined) ?? raw['*'];
  if (region !== undefined && chosen === undefined) return fail('opsEmail', `says nothing for ${region}: give it an address (or a "*" entry)`);
  return address(chosen ?? addresses[0]);
}

/** The region's inbound setting: its own entry, else `*`; every entry is checked, whichever region is built. */
function inboundSetting(raw: unknown, region: string | undefined, fail: (key: string, problem: string) => never): InboundSetting {
  if (raw === undefined) return 'off';
  if (!isRecord(raw)) return fail('inbound', 'must name, per region (or "*"), an address { "address": "…" } or "off"');
  const settings = Object.entries(raw).map(([key, value]): [string, InboundSetting] => {
    if (value === 'off') return [key, 'off'];
    if (isRecord(value) && typeof value.address === 'string' && EMAIL.test(value.address) && Object.keys(value).length === 1) return [key, { address: value.address }];
    return fail(`inbound.${key}`, 'must be { "address": "<an email address>" } or "off"');
  });
  for (const [key, setting] of settings) {
    if (setting === 'off' || key === '*' || SES_RECEIVING_REGIONS.includes(key)) continue;
    fail(`inbound.${key}`, `names an address, but SES does not receive email in ${key} (it does in ${SES_RECEIVING_REGIONS.join(', ')}): say "off" for ${key}`);
  }
  if (region === undefined) return 'off';
  const chosen = Object.fromEntries(settings)[region] ?? Object.fromEntries(settings)['*'];
  if (chosen === undefined) return fail('inbound', `says nothing for ${region}: give it an address or "off" (or a "*" entry)`);
  if (chosen !== 'off' && !SES_RECEIVING_REGIONS.includes(region)) {
    return fail('inbound', `gives ${region} an address through "*", but SES does not receive email in ${region} (it does in ${SES_RECEIVING_REGIONS.join(', ')}): say "off" for ${region}`);
  }
  return chosen;
}

/** DynamoDB's table names: 3 to 255 letters, digits, `_`, `-` and `.`. */
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/** The region's restored table, if it has one; every entry is checked, whichever region is built. */
function restoredTableName(raw: unknown, region: string | undefined, fail: (key: string, problem: string) => never): string | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) return fail('restoredTableName', 'must name, per region, the table restored there, e.g. { "eu-west-2": "complaints-restored-20270110" }');
  for (const [key, name] of Object.entries(raw)) {
    if (!REGION.test(key)) fail(`restoredTableName.${key}`, 'must be keyed by a region name such as "eu-west-2"');
    if (typeof name !== 'string' || !TABLE_NAME.test(name)) fail(`restoredTableName.${key}`, 'must be a DynamoDB table name (3 to 255 letters, digits, _ - .)');
  }
  return region === undefined ? undefined : (raw[region] as string | undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
