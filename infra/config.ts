import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Node } from 'constructs';
import { CALENDAR_IDS, calendarById } from '../functions/core/clocks/calendars';
import { isValidTimeZone } from '../functions/core/clocks/time-zone';
import type { Jurisdiction } from '../functions/core/complaint';
import { CLASSIFIER_ENDPOINT_ARN } from '../functions/config/environment';

/** The cdk.json context key that holds the platform's settings. */
export const CONTEXT_KEY = 'complaintPlatform';

/** What the stacks are built from: the `complaintPlatform` context, checked. */
export interface PlatformSettings {
  /** One stack is deployed to each. */
  regions: string[];
  senderEmail: string;
  /**
   * Who the alarms notify (the SNS topic's email subscription): required, so no stack goes out
   * without someone to tell. cdk.json `opsEmail`: an address, or per region
   * `{ "eu-west-2": "ops-uk@example.org", "*": "ops@example.org" }`.
   */
  opsEmail: string;
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
   * The table this region uses instead of the one the stack made, after a restore (docs/OPERATIONS.md).
   * cdk.json `restoredTableName`: per region `{ "eu-west-2": "complaints-restored-20270110" }`; absent, none.
   */
  restoredTableName?: string;
  /**
   * Which model makes triage suggestions in this region: the offline one (the default), or Amazon
   * Comprehend in front of it (sentiment, and the category from a custom classifier endpoint when
   * given). cdk.json `triage`: per region (or "*") `"offline"` or
   * `{ "service": "comprehend", "classifierEndpointArn": "arn:aws:comprehend:<region>:…:document-classifier-endpoint/…" }`.
   */
  triage: TriageSetting;
}

export type InboundSetting = { address: string } | 'off';
export type TriageSetting = 'offline' | { service: 'comprehend'; classifierEndpointArn?: string };

/**
 * The regions where SES receives email (the AWS General Reference's "Email Receiving endpoints",
 * inbound-smtp.<region>.amazonaws.com). AWS adds regions over time: add one here when it does.
 */
export const SES_RECEIVING_REGIONS: readonly string[] = ['us-east-1', 'us-west-2', 'eu-west-1'];

/** Seven years: longer than the complaint-record retention CN, FCA (DISP 1.9) and CFPB rules ask for. */
export const DEFAULT_AUDIT_DIGEST_RETENTION_DAYS = 2555;

/** What is wrong with cdk.json's settings: every problem, each with its path (e.g. `complaintPlatform.inbound.eu-west-1`). */
export class PlatformSettingsError extends Error {
  constructor(readonly problems: ReadonlyArray<{ path: string; problem: string }>) {
    super(
      problems.length === 1
        ? `CDK context ${problems[0].path} ${problems[0].problem}.`
        : `CDK context ${CONTEXT_KEY} has ${problems.length} problems (fix them in cdk.json):\n${problems.map((p) => `- ${p.path} ${p.problem}.`).join('\n')}`,
    );
  }
}

// Keyed by Jurisdiction so that the compiler asks for a new one here too (JURISDICTIONS in the functions' environment).
const JURISDICTIONS = Object.keys({ CN: true, UK_FCA: true, US_CFPB: true } satisfies Record<Jurisdiction, true>) as Jurisdiction[];

/** The regions the installed CDK knows (its region-info facts, kept up to date with each release): a typo is caught before deploying. */
const KNOWN_REGIONS: ReadonlySet<string> = new Set(RegionInfo.regions.map((r) => r.name));

// A mailbox SES can send from or to: a local part and a domain of DNS labels with an alphabetic top-level label.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function platformSettings(node: Node, region?: string): PlatformSettings {
  return parsePlatformSettings(node.tryGetContext(CONTEXT_KEY), region);
}

type Problem = (key: string, problem: string) => void;

/**
 * cdk.json's settings, checked whole before any stack is built: every problem is listed at
 * once, each with its path. Without `region` the per-region settings are checked for every
 * configured region; with it they are also chosen for that region.
 */
export function parsePlatformSettings(raw: unknown, region?: string): PlatformSettings {
  if (!isRecord(raw)) throw new PlatformSettingsError([{ path: `"${CONTEXT_KEY}"`, problem: 'is missing or is not an object; see cdk.json' }]);
  const problems: Array<{ path: string; problem: string }> = [];
  const fail: Problem = (key, problem) => void problems.push({ path: `${CONTEXT_KEY}.${key}`, problem });
  const present = (key: string): unknown => (raw[key] === undefined ? fail(key, 'is missing') : raw[key]);
  const text = (key: string, valid: (value: string) => boolean, expected: string): string => {
    const value = present(key);
    if (typeof value === 'string' && valid(value)) return value;
    // Left empty: the settings are not returned while any problem stands.
    if (value !== undefined) fail(key, `must be ${expected}`);
    return '';
  };
  const list = (key: string, value: unknown, valid: (item: string) => boolean, expected: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string' && valid(item))) {
      fail(key, `must be a list of ${expected}`);
      return [];
    }
    if (new Set(value).size !== value.length) fail(key, 'must not repeat an entry');
    return value;
  };

  const listed = list('regions', present('regions'), () => true, 'AWS region names such as "eu-west-2"');
  if (Array.isArray(raw.regions) && raw.regions.length === 0) fail('regions', 'must name at least one region');
  listed.forEach((r, i) => KNOWN_REGIONS.has(r) || fail(`regions[${i}]`, `is "${r}", which is not an AWS region (e.g. "eu-west-2", "ap-southeast-1")`));
  const regions = listed.filter((r) => KNOWN_REGIONS.has(r));
  const jurisdictions = list('jurisdictions', present('jurisdictions'), (j) => (JURISDICTIONS as readonly string[]).includes(j), JURISDICTIONS.join(', '));
  const settings: PlatformSettings = {
    regions,
    senderEmail: text('senderEmail', (v) => EMAIL.test(v), 'an email address (the From of every email; its address or domain verified in SES)'),
    // Without a region (every region checked), the first region's: the one address most configurations give all.
    opsEmail: opsEmail(present('opsEmail'), region ? [region] : regions, fail)[region ?? regions[0]] ?? '',
    organizationId: text('organizationId', (v) => v.trim().length > 0, 'a non-empty string'),
    organizationTimeZone: text('organizationTimeZone', isValidTimeZone, 'an IANA time zone such as "Asia/Shanghai"'),
    workingDayCalendar: text('workingDayCalendar', (v) => calendarById(v) !== undefined, `the id of a known working-day calendar (${CALENDAR_IDS.join(', ')})`),
    jurisdictions: jurisdictions as Jurisdiction[],
    trackingUrl: raw.trackingUrl === undefined ? undefined : text('trackingUrl', (v) => parseUrl(v)?.protocol === 'https:', 'an https URL'),
    // An origin is scheme, host and port only: exactly what the browser sends in Origin.
    allowedOrigins: raw.allowedOrigins === undefined ? [] : list('allowedOrigins', raw.allowedOrigins, (o) => parseUrl(o)?.origin === o, 'origins such as "https://complaints.example.org"'),
    auditDigestRetentionDays: retentionDays(raw.auditDigestRetentionDays, region, fail),
    inbound: inboundSetting(raw.inbound, region ? [region] : regions, fail)[region ?? ''] ?? 'off',
    restoredTableName: restoredTableName(raw.restoredTableName, region, fail),
    triage: triageSetting(raw.triage, region ? [region] : regions, fail)[region ?? ''] ?? 'offline',
  };
  if (problems.length) throw new PlatformSettingsError(problems);
  return settings;
}

/** The retention of the region's audit digests: its own entry, else `*`, else the default. */
function retentionDays(raw: unknown, region: string | undefined, fail: Problem): number {
  const expected = 'must be a whole number of days from 1 to 36500, or such numbers by region';
  const valid = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 36500;
  if (raw === undefined) return DEFAULT_AUDIT_DIGEST_RETENTION_DAYS;
  if (!isRecord(raw)) return valid(raw) ? raw : (fail('auditDigestRetentionDays', expected), DEFAULT_AUDIT_DIGEST_RETENTION_DAYS);
  for (const [key, value] of Object.entries(raw)) {
    if (!valid(value)) fail(`auditDigestRetentionDays.${key}`, expected.replace(', or such numbers by region', ''));
    if (key !== '*' && !KNOWN_REGIONS.has(key)) fail(`auditDigestRetentionDays.${key}`, 'names no AWS region (use a region name or "*")');
  }
  const chosen = (region !== undefined ? raw[region] : undefined) ?? raw['*'];
  return valid(chosen) ? chosen : DEFAULT_AUDIT_DIGEST_RETENTION_DAYS;
}

/** Each region's ops email: its own entry, else `*`; every entry is checked, for every region asked. */
function opsEmail(raw: unknown, regions: readonly string[], fail: Problem): Record<string, string> {
  const expected = 'must be an email address (who the alarms notify), or such addresses by region (or "*")';
  if (raw === undefined) return {};
  const valid = (value: unknown): value is string => typeof value === 'string' && EMAIL.test(value);
  if (!isRecord(raw)) {
    if (!valid(raw)) fail('opsEmail', expected);
    return Object.fromEntries(regions.map((r) => [r, valid(raw) ? raw : '']));
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key !== '*' && !KNOWN_REGIONS.has(key)) fail(`opsEmail.${key}`, 'names no AWS region (use a region name or "*")');
    if (!valid(value)) fail(`opsEmail.${key}`, 'must be an email address');
  }
  const chosen: Record<string, string> = {};
  for (const region of regions) {
    const address = raw[region] ?? raw['*'];
    if (address === undefined) fail('opsEmail', `says nothing for ${region}: give it an address (or a "*" entry)`);
    else chosen[region] = valid(address) ? address : '';
  }
  return chosen;
}

// A DynamoDB table name.
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/** The region's restored table, if cdk.json names one; every entry is checked. */
function restoredTableName(raw: unknown, region: string | undefined, fail: Problem): string | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    fail('restoredTableName', 'must name, per region, the table restored there, e.g. { "eu-west-2": "complaints-restored-20270110" }');
    return undefined;
  }
  for (const [key, name] of Object.entries(raw)) {
    if (!KNOWN_REGIONS.has(key)) fail(`restoredTableName.${key}`, 'must be keyed by a region name such as "eu-west-2"');
    if (typeof name !== 'string' || !TABLE_NAME.test(name)) fail(`restoredTableName.${key}`, 'must be a DynamoDB table name (3 to 255 letters, digits, _ - .)');
  }
  return region === undefined ? undefined : (raw[region] as string | undefined);
}

/** Each region's inbound setting: its own entry, else `*`; every entry is checked, for every region asked. */
function inboundSetting(raw: unknown, regions: readonly string[], fail: Problem): Record<string, InboundSetting> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    fail('inbound', 'must name, per region (or "*"), an address { "address": "…" } or "off"');
    return {};
  }
  const settings = regionEntries<InboundSetting>('inbound', raw, fail, (value, key) => {
    if (value === 'off') return 'off';
    if (isRecord(value) && typeof value.address === 'string' && EMAIL.test(value.address) && Object.keys(value).length === 1) return { address: value.address };
    fail(`inbound.${key}`, 'must be { "address": "<an email address>" } or "off"');
    return undefined;
  });
  for (const [key, setting] of settings) {
    if (setting === 'off' || key === '*' || SES_RECEIVING_REGIONS.includes(key)) continue;
    fail(`inbound.${key}`, `names an address, but SES does not receive email in ${key} (it does in ${SES_RECEIVING_REGIONS.join(', ')}): say "off" for ${key}`);
  }
  const chosen: Record<string, InboundSetting> = {};
  for (const region of regions) {
    const setting = settings.get(region) ?? settings.get('*');
    if (setting === undefined) {
      if (![...Object.keys(raw)].includes(region)) fail('inbound', `says nothing for ${region}: give it an address or "off" (or a "*" entry)`);
      continue;
    }
    if (setting !== 'off' && !SES_RECEIVING_REGIONS.includes(region)) {
      if (!settings.has(region)) fail('inbound', `gives ${region} an address through "*", but SES does not receive email in ${region} (it does in ${SES_RECEIVING_REGIONS.join(', ')}): say "off" for ${region}`);
      continue;
    }
    chosen[region] = setting;
  }
  return chosen;
}

/** Each region's triage model: its own entry, else `*`, else offline; every entry is checked, for every region asked. */
function triageSetting(raw: unknown, regions: readonly string[], fail: Problem): Record<string, TriageSetting> {
  if (raw === undefined) return {};
  const expected = 'must be "offline" or { "service": "comprehend" } with, optionally, "classifierEndpointArn" (a Comprehend document classifier endpoint)';
  if (!isRecord(raw)) {
    fail('triage', 'must name, per region (or "*"), "offline" or { "service": "comprehend", … }');
    return {};
  }
  const settings = regionEntries<TriageSetting>('triage', raw, fail, (value, key) => {
    if (value === 'offline') return 'offline';
    if (!isRecord(value) || value.service !== 'comprehend' || !Object.keys(value).every((k) => k === 'service' || k === 'classifierEndpointArn')) {
      fail(`triage.${key}`, expected);
      return undefined;
    }
    const arn = value.classifierEndpointArn;
    if (arn === undefined) return { service: 'comprehend' };
    if (typeof arn === 'string' && CLASSIFIER_ENDPOINT_ARN.test(arn)) return { service: 'comprehend', classifierEndpointArn: arn };
    fail(`triage.${key}.classifierEndpointArn`, 'must be the ARN of a Comprehend document classifier endpoint');
    return undefined;
  });
  const chosen: Record<string, TriageSetting> = {};
  for (const region of regions) {
    const setting = settings.get(region) ?? settings.get('*') ?? 'offline';
    // An endpoint serves its own region only.
    const endpointRegion = setting === 'offline' ? undefined : setting.classifierEndpointArn?.split(':')[3];
    if (endpointRegion !== undefined && endpointRegion !== region) {
      fail(`triage${settings.has(region) ? `.${region}` : ''}`, `gives ${region} a classifier endpoint in ${endpointRegion}: an endpoint serves its own region only`);
      continue;
    }
    chosen[region] = setting;
  }
  return chosen;
}

/**
 * The entries of a per-region setting (`{ "<region>": …, "*": … }`): each key checked as a region
 * name or "*", each value parsed; a value `parse` refuses (it reports why) is left out.
 */
function regionEntries<T>(setting: string, raw: Record<string, unknown>, fail: Problem, parse: (value: unknown, key: string) => T | undefined): Map<string, T> {
  const entries = new Map<string, T>();
  for (const [key, value] of Object.entries(raw)) {
    if (key !== '*' && !KNOWN_REGIONS.has(key)) fail(`${setting}.${key}`, 'names no AWS region (use a region name or "*")');
    const parsed = parse(value, key);
    if (parsed !== undefined) entries.set(key, parsed);
  }
  return entries;
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
