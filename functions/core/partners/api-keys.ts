import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError, invalidInput, type FieldIssue } from '../errors';
import type { RandomBytes } from '../intake/codes';

/**
 * Partner API keys. A key is `<id>.<secret>`: the id is public (it names the key in
 * lists and logs), the secret is 32 random bytes in base64url, shown once and stored only
 * as its SHA-256. A 256-bit random secret needs no slow hash: nothing about it can be
 * guessed, so the hash only has to be one-way.
 */
export type ApiKeyStatus = 'ACTIVE' | 'REVOKED';

export interface StoredApiKey {
  id: string;
  organizationId: string;
  partnerId: string;
  name: string;
  status: ApiKeyStatus;
  /** SHA-256 (hex) of `<id>:<secret>`; the secret itself is never stored. */
  secretHash: string;
  createdAt: string;
  createdBy?: string;
  rotatedAt?: string;
  rotatedBy?: string;
  revokedAt?: string;
  revokedBy?: string;
  /** Starts at 1; every rotation or revocation adds one, written only over the version read. */
  version: number;
}

/** What an administrator sees of a key: everything but the hash. */
export type PublicApiKey = Omit<StoredApiKey, 'secretHash' | 'organizationId' | 'version' | 'createdBy' | 'rotatedBy' | 'revokedBy'>;

export const API_KEY_ID_PREFIX = 'pk_';
const SECRET_BYTES = 32;
const ID_BYTES = 12;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** 32 bytes are 43 base64url characters. */
const SECRET_LENGTH = Math.ceil((SECRET_BYTES * 4) / 3);

export const PARTNER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const PARTNER_ID_RULE = 'must be 1 to 100 letters, digits, dots, dashes or underscores, starting with a letter or digit';
const NAME_MAX = 200;

export const hashSecret = (id: string, secret: string): string => createHash('sha256').update(`${id}:${secret}`).digest('hex');

/** Splits `<id>.<secret>`; null for anything not shaped like a key (no store read for it). */
export function parseApiKey(value: string): { id: string; secret: string } | null {
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const id = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (!id.startsWith(API_KEY_ID_PREFIX) || id.length > 64 || !BASE64URL.test(id)) return null;
  if (secret.length !== SECRET_LENGTH || !BASE64URL.test(secret)) return null;
  return { id, secret };
}

/** Compares the hashes in constant time. */
export function secretMatches(key: Pick<StoredApiKey, 'id' | 'secretHash'>, secret: string): boolean {
  const given = Buffer.from(hashSecret(key.id, secret), 'hex');
  const stored = Buffer.from(key.secretHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The partner a presented key authenticates, or null: unknown, revoked, or the wrong secret. */
export function authenticatedPartner(key: StoredApiKey | null, secret: string): { organizationId: string; partnerId: string; keyId: string } | null {
  if (!key || key.status !== 'ACTIVE' || !secretMatches(key, secret)) return null;
  return { organizationId: key.organizationId, partnerId: key.partnerId, keyId: key.id };
}

export function validateNewKey(partnerId: string, name: string): { partnerId: string; name: string } {
  const issues: FieldIssue[] = [];
  const id = partnerId.trim();
  const label = name.trim();
  if (!PARTNER_ID.test(id)) issues.push({ field: 'partnerId', message: PARTNER_ID_RULE });
  if (label === '') issues.push({ field: 'name', message: 'is required' });
  else if ([...label].length > NAME_MAX) issues.push({ field: 'name', message: `must be at most ${NAME_MAX} characters` });
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u001F\u007F]/.test(label)) issues.push({ field: 'name', message: 'contains control characters' });
  if (issues.length) throw invalidInput(issues);
  return { partnerId: id, name: label };
}

const newSecret = (random: RandomBytes) => random(SECRET_BYTES).toString('base64url');

/** A new key: the item to store and the whole key, which is shown once. */
export function issueApiKey(
  request: { organizationId: string; partnerId: string; name: string; by?: string },
  now: Date,
  random: RandomBytes = randomBytes,
): { key: StoredApiKey; apiKey: string } {
  const id = `${API_KEY_ID_PREFIX}${random(ID_BYTES).toString('base64url')}`;
  const secret = newSecret(random);
  const key: StoredApiKey = {
    id,
    organizationId: request.organizationId,
    partnerId: request.partnerId,
    name: request.name,
    status: 'ACTIVE',
    secretHash: hashSecret(id, secret),
    createdAt: now.toISOString(),
    createdBy: request.by,
    version: 1,
  };
  return { key, apiKey: `${id}.${secret}` };
}

/** A new secret for the same id; the old secret stops matching as soon as this is stored. */
export function rotateApiKey(key: StoredApiKey, now: Date, by?: string, random: RandomBytes = randomBytes): { key: StoredApiKey; apiKey: string } {
  if (key.status !== 'ACTIVE') throw new DomainError('INVALID_TRANSITION', 'A revoked key cannot be rotated; create a new key instead.');
  const secret = newSecret(random);
  return {
    key: { ...key, secretHash: hashSecret(key.id, secret), rotatedAt: now.toISOString(), rotatedBy: by, version: key.version + 1 },
    apiKey: `${key.id}.${secret}`,
  };
}

/** Revoked for good; revoking a revoked key changes nothing (null: nothing to write). */
export function revokeApiKey(key: StoredApiKey, now: Date, by?: string): StoredApiKey | null {
  if (key.status === 'REVOKED') return null;
  return { ...key, status: 'REVOKED', revokedAt: now.toISOString(), revokedBy: by, version: key.version + 1 };
}

export function publicApiKey(key: StoredApiKey): PublicApiKey {
  return { id: key.id, partnerId: key.partnerId, name: key.name, status: key.status, createdAt: key.createdAt, rotatedAt: key.rotatedAt, revokedAt: key.revokedAt };
}
