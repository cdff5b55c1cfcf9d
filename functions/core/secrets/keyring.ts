/**
 * A secret that can rotate without breaking what was made with it: the access-code secret
 * derives the access codes of idempotent submissions and keys the reply addresses of
 * emails, and both must still be recognised after a new key takes over.
 *
 * Stored as JSON, e.g.
 * `{"current":"…","next":"…","previous":[{"key":"…","retiredAt":"2026-12-06T18:00:00.000Z"}],"rotatedAt":"…"}`:
 * - `current` makes every new code and token;
 * - `next` takes over at the next rotation. It is published one rotation ahead, so a function
 *   still holding the keyring it cached before a rotation already accepts what the new current key makes;
 * - `previous` are the keys retired less than {@link RETIRED_KEY_KEPT_DAYS} days ago: still accepted, never used.
 * A plain string (the value CDK generates, and every secret from before rotation) is a keyring of one current key.
 */
export interface Keyring {
  readonly current: string;
  readonly next?: string;
  readonly previous: readonly RetiredKey[];
  readonly rotatedAt?: string;
}

export interface RetiredKey {
  readonly key: string;
  readonly retiredAt: string;
}

/** Where the functions read a keyring when they need it (Secrets Manager in the cloud, a file locally), cached by the adapter. */
export interface KeyringSource {
  keyring(): Promise<Keyring>;
}

/** At least this long: each key is an HMAC key, and a short one could be guessed from what it makes. */
const KEY_MIN_LENGTH = 32;
/** How often the access-code secret rotates (the Secrets Manager rotation schedule). */
export const ROTATION_INTERVAL_DAYS = 90;
/** How long a retired key is still accepted: replies to emails up to six months old, far beyond the 24-hour idempotency window. */
export const RETIRED_KEY_KEPT_DAYS = 180;

const DAY_MS = 24 * 3600 * 1000;

/** A secret's value that is not a keyring. The message never shows the value. */
export class KeyringError extends Error {}

export function parseKeyring(text: string): Keyring {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return { current: validKey(trimmed, 'value'), previous: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    throw new KeyringError('The secret starts with "{" but is not JSON: expected {"current": "…", "next": "…", "previous": [{"key": "…", "retiredAt": "…"}]}.');
  }
  const value = raw as Record<string, unknown>;
  const previous = value.previous ?? [];
  if (!Array.isArray(previous)) throw new KeyringError('The secret\'s "previous" must be a list of {"key": "…", "retiredAt": "<ISO time>"}.');
  return {
    current: validKey(value.current, '"current"'),
    next: value.next === undefined ? undefined : validKey(value.next, '"next"'),
    previous: previous.map((p: Record<string, unknown>, i) => {
      if (typeof p?.retiredAt !== 'string' || Number.isNaN(Date.parse(p.retiredAt))) throw new KeyringError(`The secret's "previous"[${i}].retiredAt must be an ISO time.`);
      return { key: validKey(p.key, `"previous"[${i}].key`), retiredAt: p.retiredAt };
    }),
    rotatedAt: typeof value.rotatedAt === 'string' ? value.rotatedAt : undefined,
  };
}

function validKey(key: unknown, what: string): string {
  if (typeof key !== 'string' || key.length < KEY_MIN_LENGTH) throw new KeyringError(`The secret's ${what} must be a key of at least ${KEY_MIN_LENGTH} characters.`);
  return key;
}

export const serializeKeyring = (keyring: Keyring): string => JSON.stringify(keyring);

/** The keys a code or token is checked against: the current one first (most are its), then the retired ones, then the next. */
export const verificationKeys = (keyring: Keyring): string[] => [keyring.current, ...keyring.previous.map((p) => p.key), ...(keyring.next ? [keyring.next] : [])];

/**
 * The keyring after one rotation: the next key becomes current, the current one is retired,
 * retired keys older than the window are dropped and `newKey` is published as the next.
 * A keyring without a next key (a plain string, or a new secret) keeps its current key and only publishes one:
 * a key must be published one rotation before it makes anything.
 */
export function rotated(keyring: Keyring, now: Date, newKey: string): Keyring {
  const keptSince = now.getTime() - RETIRED_KEY_KEPT_DAYS * DAY_MS;
  const retired = keyring.next ? [{ key: keyring.current, retiredAt: now.toISOString() }, ...keyring.previous] : keyring.previous;
  return {
    current: keyring.next ?? keyring.current,
    next: validKey(newKey, 'new key'),
    previous: retired.filter((p) => Date.parse(p.retiredAt) > keptSince),
    rotatedAt: now.toISOString(),
  };
}
