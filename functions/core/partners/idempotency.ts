import { createHash, createHmac } from 'node:crypto';
import { invalidInput } from '../errors';
import type { Caller } from '../identity';
import { newAccessCode } from '../intake/codes';
import type { ValidSubmission } from '../intake/validate-submission';

/**
 * Idempotent submission. A record keyed by organization + caller + idempotency key holds
 * the hash of the submission and the complaint it created; it is written in the same
 * transaction as the complaint and forgotten after a day. A retry with the same key and
 * the same input gets the same complaint, reference and access code; the same key with
 * another input is refused.
 */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
export const IDEMPOTENCY_KEY_MAX = 100;

/** Who a key belongs to: keys of different callers never meet. */
export interface IdempotencyScope {
  organizationId: string;
  /** `partner:<id>`, `staff:<id>` or `anonymous`. */
  caller: string;
  key: string;
}

export interface IdempotencyRecord extends IdempotencyScope {
  /** SHA-256 (hex) of the canonical submission. */
  requestHash: string;
  complaintId: string;
  createdAt: string;
  /** Epoch seconds; DynamoDB's TTL deletes the record some time after. */
  expiresAt: number;
}

export function callerScope(caller: Caller): string {
  switch (caller.kind) {
    case 'PARTNER':
      return `partner:${caller.partnerId}`;
    case 'STAFF':
      return `staff:${caller.staffId}`;
    case 'ANONYMOUS':
      return 'anonymous';
  }
}

/** 1 to 100 characters, no control characters; used exactly as given. */
export function validateIdempotencyKey(key: string): string {
  const length = [...key].length;
  if (length < 1 || length > IDEMPOTENCY_KEY_MAX) throw invalidInput([{ field: 'idempotencyKey', message: `must be 1 to ${IDEMPOTENCY_KEY_MAX} characters` }]);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(key)) throw invalidInput([{ field: 'idempotencyKey', message: 'contains control characters' }]);
  return key;
}

/** JSON with object keys sorted and absent values dropped: equal submissions give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hash of a validated submission: trimmed, defaults filled in, absent fields left
 * out. Two requests that would store the same complaint hash the same.
 */
export const submissionHash = (submission: ValidSubmission): string => createHash('sha256').update(canonicalJson(submission)).digest('hex');

/**
 * The access code of an idempotent submission: HMAC-SHA256(secret, organization|caller|key)
 * in the access-code alphabet, so every retry answers the same code without the code
 * ever being stored. Without the secret nobody can compute it from the key.
 */
export function idempotentAccessCode(secret: string, scope: IdempotencyScope): string {
  const digest = createHmac('sha256', secret).update(`${scope.organizationId}|${scope.caller}|${scope.key}`).digest();
  return newAccessCode(() => digest);
}

export function idempotencyRecord(scope: IdempotencyScope, requestHash: string, complaintId: string, now: Date): IdempotencyRecord {
  return { ...scope, requestHash, complaintId, createdAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS };
}

/** TTL deletion lags behind expiry, so an expired record is treated as gone. */
export const isLive = (record: IdempotencyRecord, now: Date): boolean => record.expiresAt * 1000 > now.getTime();
