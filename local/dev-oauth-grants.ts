import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../functions/core/clock';
import type { Role } from '../functions/core/identity';

/** Who signed in on the development sign-in page: the claims their tokens carry. */
export interface StaffClaims {
  organizationId: string;
  role: Role;
  staffId: string;
}

interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
}

interface CodeGrant extends AuthorizationRequest {
  claims: StaffClaims;
  sessionId: string;
  expiresAt: number;
  /** Set on first redemption: a second one is refused and revokes what the first got. */
  refreshToken?: string;
  redeemed: boolean;
}

interface RefreshGrant {
  clientId: string;
  claims: StaffClaims;
  sessionId: string;
  expiresAt: number;
}

/** Cognito keeps an authorization code for 5 minutes; the page redirects at once, so less is plenty. */
export const CODE_TTL_SECONDS = 60;
/** As the cloud's app client (infra/constructs/staff-user-pool.ts): one working day. */
export const REFRESH_TOKEN_TTL_SECONDS = 12 * 3600;

/** RFC 7636 §4.1: 43 to 128 unreserved characters. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** base64url of a SHA-256 digest: 43 characters. */
export const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

const opaque = () => randomBytes(32).toString('base64url');
export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

export class InvalidGrant extends Error {}

/**
 * The development issuer's authorization codes and refresh tokens. They live in the memory
 * of the local stack's process only: a restart signs everyone out, which is what a
 * development stack should do, and nothing secret is written to the data folder.
 */
export class DevOAuthGrants {
  private readonly codes = new Map<string, CodeGrant>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(private readonly clock: Clock) {}

  private now(): number {
    return this.clock.now().getTime();
  }

  /** A one-time code for a sign-in, bound to the client, its redirect URI and its PKCE challenge. */
  issueCode(request: AuthorizationRequest, claims: StaffClaims, sessionId: string): string {
    this.prune();
    const code = opaque();
    this.codes.set(code, { ...request, claims, sessionId, expiresAt: this.now() + CODE_TTL_SECONDS * 1000, redeemed: false });
    return code;
  }

  /** Exchanges a code once, for the client and redirect URI it was issued to, with the verifier of its challenge. */
  redeemCode(code: string, clientId: string, redirectUri: string, codeVerifier: string): { claims: StaffClaims; refreshToken: string } {
    const grant = this.codes.get(code);
    if (!grant || grant.expiresAt <= this.now()) throw new InvalidGrant('The authorization code is unknown or has expired.');
    if (grant.redeemed) {
      // RFC 6749 §4.1.2: a code used twice may have been stolen; what it gave is withdrawn.
      if (grant.refreshToken) this.refreshTokens.delete(grant.refreshToken);
      throw new InvalidGrant('The authorization code has been used already.');
    }
    grant.redeemed = true;
    if (grant.clientId !== clientId || grant.redirectUri !== redirectUri) throw new InvalidGrant('The authorization code was issued to another client or redirect URI.');
    if (!VERIFIER.test(codeVerifier) || s256(codeVerifier) !== grant.codeChallenge) throw new InvalidGrant('The code verifier does not match the code challenge.');
    const refreshToken = opaque();
    this.refreshTokens.set(refreshToken, { clientId, claims: grant.claims, sessionId: grant.sessionId, expiresAt: this.now() + REFRESH_TOKEN_TTL_SECONDS * 1000 });
    grant.refreshToken = refreshToken;
    return { claims: grant.claims, refreshToken };
  }

  /** The claims a live refresh token of this client stands for. */
  refresh(refreshToken: string, clientId: string): StaffClaims {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== clientId || grant.expiresAt <= this.now()) throw new InvalidGrant('The refresh token is unknown, revoked or expired.');
    return grant.claims;
  }

  /** RFC 7009: revoking an unknown token is not an error. */
  revoke(refreshToken: string, clientId: string): void {
    if (this.refreshTokens.get(refreshToken)?.clientId === clientId) this.refreshTokens.delete(refreshToken);
  }

  /** Signs a browser session out: every refresh token its sign-ins got. */
  revokeSession(sessionId: string): void {
    for (const [token, grant] of this.refreshTokens) if (grant.sessionId === sessionId) this.refreshTokens.delete(token);
  }

  private prune(): void {
    const now = this.now();
    for (const [code, grant] of this.codes) if (grant.expiresAt <= now) this.codes.delete(code);
    for (const [token, grant] of this.refreshTokens) if (grant.expiresAt <= now) this.refreshTokens.delete(token);
  }
}

/** A new id for a browser's sign-in session (the development sign-in page's cookie). */
export const newSessionId = opaque;
