import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type JsonWebKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role } from '../functions/core/identity';

/**
 * A development token issuer for the local stack: an RSA key made on this machine, whose
 * public half the local stack trusts. The cloud stacks trust only their Cognito user
 * pool, so these tokens are accepted nowhere else.
 */
export const DEV_ISSUER = 'https://dev-issuer.complaint-platform.local';
export const DEV_AUDIENCE = 'complaint-platform-local';

export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JsonWebKey[] };
  /** A signed ID token for a member of staff, valid for `ttlSeconds` (12 hours by default). */
  mint(claims: { organizationId: string; role: Role; staffId: string }, ttlSeconds?: number): string;
  /**
   * A signed access token, shaped as Cognito's (token_use `access`, client_id and scope, no
   * audience and no custom claims): the API accepts ID tokens only, here as in the cloud.
   */
  mintAccess(claims: { staffId: string; clientId: string; scope: string }, ttlSeconds: number): string;
}

interface KeyFile {
  kid: string;
  privateJwk: JsonWebKey;
}

function newKey(): KeyFile {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateJwk = privateKey.export({ format: 'jwk' });
  return { kid: createHash('sha256').update(String(privateJwk.n)).digest('hex').slice(0, 16), privateJwk };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function issuerFrom({ kid, privateJwk }: KeyFile): DevIssuer {
  const privateKey = createPrivateKey({ key: privateJwk, format: 'jwk' });
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' });
  const signed = (claims: Record<string, unknown>, ttlSeconds: number) => {
    const now = Math.floor(Date.now() / 1000);
    const header = b64({ alg: 'RS256', typ: 'JWT', kid });
    const payload = b64({ iss: DEV_ISSUER, ...claims, iat: now, exp: now + ttlSeconds });
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
    return `${header}.${payload}.${signature}`;
  };
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks: { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] },
    mint: ({ organizationId, role, staffId }, ttlSeconds = 12 * 3600) =>
      signed({ aud: DEV_AUDIENCE, sub: staffId, token_use: 'id', 'custom:org': organizationId, 'custom:role': role, 'custom:staff_id': staffId }, ttlSeconds),
    mintAccess: ({ staffId, clientId, scope }, ttlSeconds) => signed({ sub: staffId, token_use: 'access', client_id: clientId, scope }, ttlSeconds),
  };
}

let inMemory: DevIssuer | undefined;

/** The issuer kept in `file` (made on first use, so `npm run token` and `npm start` share it), or one for this process. */
export function devIssuer(file?: string): DevIssuer {
  if (!file) return (inMemory ??= issuerFrom(newKey()));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(newKey()), { mode: 0o600 });
  }
  return issuerFrom(JSON.parse(readFileSync(file, 'utf8')) as KeyFile);
}
