import type { StaffAuthConfig } from './auth-config';
import { codeChallengeS256, newCodeVerifier, randomToken, type PkceCrypto } from './pkce';

/** The part of the Web Storage API the client uses (sessionStorage in the browser). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the client needs of the browser, injected so that it runs in unit tests too. */
export interface OAuthClientEnvironment {
  storage: KeyValueStorage;
  /** Leaves the page for the authorization server (location.assign). */
  navigate(url: string): void;
  fetch(url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
  crypto: PkceCrypto;
  /** Milliseconds since the epoch (Date.now). */
  now(): number;
}

/** Sign-in failed: the server's OAuth error code (e.g. access_denied, invalid_grant) or state_mismatch. */
export class SignInError extends Error {
  constructor(readonly code: string) {
    super(`Sign-in failed (${code}).`);
    this.name = 'SignInError';
  }
}

interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

interface StoredTokens {
  idToken: string;
  refreshToken: string;
  /** When the ID token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

interface TokenResponse {
  id_token?: string;
  refresh_token?: string;
  expires_in?: number;
  error?: string;
}

const PENDING_KEY = 'staff-auth.pending';
const TOKENS_KEY = 'staff-auth.tokens';
/** Refresh this long before the ID token expires, so that a request in flight never carries an expired one. */
export const REFRESH_MARGIN_MS = 2 * 60 * 1000;
const DEFAULT_RETURN = '/staff/';

/** A path on this site, never another origin: returnTo comes back from storage and is navigated to. */
const sitePath = (path: string): string => (/^\/(?![/\\])/.test(path) ? path : DEFAULT_RETURN);

/** The `exp` claim of a JWT, in milliseconds; undefined if it cannot be read. */
function expiryOf(jwt: string): number | undefined {
  try {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const exp = (JSON.parse(atob(payload)) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Staff sign-in with OAuth 2.0 authorization code and PKCE (RFC 7636, S256), as a public
 * client: the same code against Cognito's managed login in the cloud and the development
 * issuer on the local gateway. Tokens are kept in the tab's sessionStorage (see
 * docs/ARCHITECTURE.md, "Staff sign-in"): they survive a reload and the sign-in redirect,
 * leave with the tab, and are never written to disk for other tabs or later sessions.
 */
export class OAuthClient {
  private refreshing: Promise<string | null> | undefined;

  constructor(
    private readonly config: StaffAuthConfig,
    private readonly env: OAuthClientEnvironment,
  ) {}

  /** Goes to the authorization server's sign-in; completeSignIn at the redirect URI brings the user back to `returnTo`. */
  async signIn(returnTo: string = DEFAULT_RETURN): Promise<void> {
    const verifier = newCodeVerifier(this.env.crypto);
    const pending: PendingSignIn = { state: randomToken(this.env.crypto, 16), verifier, returnTo: sitePath(returnTo) };
    this.env.storage.setItem(PENDING_KEY, JSON.stringify(pending));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes.join(' '),
      state: pending.state,
      code_challenge: await codeChallengeS256(this.env.crypto, verifier),
      code_challenge_method: 'S256',
    });
    this.env.navigate(`${this.config.authorizeUrl}?${query.toString()}`);
  }

  /**
   * At the redirect URI: checks the state against the sign-in this tab started, exchanges
   * the code (with the verifier) for tokens and keeps them. Returns where to go next.
   */
  async completeSignIn(url: string): Promise<{ returnTo: string }> {
    const params = new URL(url).searchParams;
    const pending = this.readJson<PendingSignIn>(PENDING_KEY);
    // One use: a reload of the callback page cannot replay it.
    this.env.storage.removeItem(PENDING_KEY);
    const error = params.get('error');
    if (error) throw new SignInError(error);
    const code = params.get('code');
    if (!pending || !code || params.get('state') !== pending.state) throw new SignInError('state_mismatch');
    const tokens = await this.tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.config.redirectUri,
      code_verifier: pending.verifier,
    });
    if (!tokens.refresh_token) throw new SignInError('invalid_response');
    this.store(tokens, tokens.refresh_token);
    return { returnTo: pending.returnTo };
  }

  /** Whether this tab holds a sign-in (its ID token may need a refresh still). */
  signedIn(): boolean {
    return this.readJson<StoredTokens>(TOKENS_KEY) !== undefined;
  }

  /**
   * The ID token to send as `Authorization: Bearer` (the API verifies ID tokens, whose claims
   * name the organization, role and staff id), refreshed shortly before it expires; one
   * refresh at a time, however many callers ask. Null when not signed in, or when the
   * refresh token was refused (expired or revoked): sign in again.
   */
  accessToken(): Promise<string | null> {
    const tokens = this.readJson<StoredTokens>(TOKENS_KEY);
    if (!tokens) return Promise.resolve(null);
    if (tokens.expiresAt - this.env.now() > REFRESH_MARGIN_MS) return Promise.resolve(tokens.idToken);
    this.refreshing ??= this.refresh(tokens.refreshToken).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Forgets the tokens, revokes the refresh token, and ends the authorization server's session. */
  async signOut(): Promise<void> {
    const tokens = this.readJson<StoredTokens>(TOKENS_KEY);
    this.env.storage.removeItem(TOKENS_KEY);
    this.env.storage.removeItem(PENDING_KEY);
    if (tokens) {
      try {
        await this.post(this.config.revokeUrl, { token: tokens.refreshToken, client_id: this.config.clientId });
      } catch {
        // Signing out goes on: the tokens are gone from this tab, and the refresh token expires on its own.
      }
    }
    const query = new URLSearchParams({ client_id: this.config.clientId, logout_uri: this.config.logoutRedirectUri });
    this.env.navigate(`${this.config.logoutUrl}?${query.toString()}`);
  }

  private async refresh(refreshToken: string): Promise<string | null> {
    let tokens: TokenResponse & { id_token: string };
    try {
      tokens = await this.tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      this.env.storage.removeItem(TOKENS_KEY);
      return null;
    }
    // Cognito sends a new refresh token only when rotation is on; otherwise the old one stays.
    this.store(tokens, tokens.refresh_token ?? refreshToken);
    return tokens.id_token;
  }

  private async tokenRequest(body: Record<string, string>): Promise<TokenResponse & { id_token: string }> {
    const res = await this.post(this.config.tokenUrl, { ...body, client_id: this.config.clientId });
    const json = (await res.json().catch(() => ({}))) as TokenResponse;
    if (!res.ok || typeof json.id_token !== 'string') throw new SignInError(json.error ?? `http_${res.status}`);
    return json as TokenResponse & { id_token: string };
  }

  private post(url: string, body: Record<string, string>) {
    return this.env.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });
  }

  private store(tokens: TokenResponse & { id_token: string }, refreshToken: string): void {
    const expiresAt = expiryOf(tokens.id_token) ?? this.env.now() + (tokens.expires_in ?? 0) * 1000;
    this.env.storage.setItem(TOKENS_KEY, JSON.stringify({ idToken: tokens.id_token, refreshToken, expiresAt } satisfies StoredTokens));
  }

  private readJson<T>(key: string): T | undefined {
    const raw = this.env.storage.getItem(key);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }
}
