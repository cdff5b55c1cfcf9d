import { webcrypto } from 'node:crypto';
import type { StaffAuthConfig } from '../../../web/staff/auth/auth-config';
import { OAuthClient, REFRESH_MARGIN_MS, SignInError, type KeyValueStorage, type OAuthClientEnvironment } from '../../../web/staff/auth/oauth-client';
import { codeChallengeS256, newCodeVerifier, type PkceCrypto } from '../../../web/staff/auth/pkce';

const crypto: PkceCrypto = webcrypto;

const CONFIG: StaffAuthConfig = {
  authorizeUrl: 'https://login.example/oauth2/authorize',
  tokenUrl: 'https://login.example/oauth2/token',
  revokeUrl: 'https://login.example/oauth2/revoke',
  logoutUrl: 'https://login.example/logout',
  clientId: 'client-1',
  redirectUri: 'https://site.example/staff/callback',
  logoutRedirectUri: 'https://site.example/staff/',
  scopes: ['openid', 'email', 'profile'],
};

const NOW = Date.parse('2026-03-02T09:00:00Z');

/** An unsigned JWT with the given expiry: the client reads `exp` only, the API verifies the signature. */
const idToken = (name: string, expiresAtMs: number) =>
  ['{"alg":"none"}', JSON.stringify({ sub: name, exp: Math.floor(expiresAtMs / 1000) }), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

interface Call {
  url: string;
  body: URLSearchParams;
}

/** A browser with an authorization server that answers each POST with the next scripted reply. */
function fakeBrowser() {
  const storage = new MemoryStorage();
  const navigations: string[] = [];
  const calls: Call[] = [];
  const replies: Array<{ status: number; body: unknown } | Error> = [];
  let now = NOW;
  const env: OAuthClientEnvironment = {
    storage,
    navigate: (url) => navigations.push(url),
    fetch: async (url, init) => {
      calls.push({ url, body: new URLSearchParams(init.body) });
      // Let concurrent callers queue up before the answer comes.
      await new Promise((r) => setTimeout(r, 5));
      const reply = replies.shift() ?? { status: 500, body: {} };
      if (reply instanceof Error) throw reply;
      return { ok: reply.status < 300, status: reply.status, json: async () => reply.body };
    },
    crypto,
    now: () => now,
  };
  return {
    client: new OAuthClient(CONFIG, env),
    storage,
    navigations,
    calls,
    reply: (status: number, body: unknown) => replies.push({ status, body }),
    failNetwork: () => replies.push(new Error('offline')),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Starts a sign-in and returns the authorization server's redirect back, as it would send it. */
async function startSignIn(browser: ReturnType<typeof fakeBrowser>, returnTo?: string) {
  await browser.client.signIn(returnTo);
  const authorize = new URL(browser.navigations.at(-1)!);
  return { authorize, callback: (params: Record<string, string>) => `${CONFIG.redirectUri}?${new URLSearchParams(params).toString()}` };
}

async function signedInBrowser(expiresAt = NOW + 3600_000) {
  const browser = fakeBrowser();
  const { authorize, callback } = await startSignIn(browser);
  browser.reply(200, { id_token: idToken('first', expiresAt), access_token: 'a', refresh_token: 'refresh-1', expires_in: 3600, token_type: 'Bearer' });
  await browser.client.completeSignIn(callback({ code: 'code-1', state: authorize.searchParams.get('state')! }));
  browser.calls.length = 0;
  return browser;
}

describe('PKCE (RFC 7636)', () => {
  it('derives the S256 challenge of the RFC\'s appendix B example', async () => {
    expect(await codeChallengeS256(crypto, 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 to 128 unreserved characters, a new one each time', () => {
    const verifiers = Array.from({ length: 20 }, () => newCodeVerifier(crypto));
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(new Set(verifiers).size).toBe(verifiers.length);
  });
});

describe('staff sign-in in the browser (OAuth 2.0 authorization code with PKCE)', () => {
  it('sends the browser to the authorization server with the client, redirect URI, scopes, a state and the S256 challenge of a kept verifier', async () => {
    const browser = fakeBrowser();
    const { authorize } = await startSignIn(browser, '/staff/complaints/c1');
    expect(`${authorize.origin}${authorize.pathname}`).toBe(CONFIG.authorizeUrl);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({ response_type: 'code', client_id: 'client-1', redirect_uri: CONFIG.redirectUri, scope: 'openid email profile', code_challenge_method: 'S256' });
    expect(params.state.length).toBeGreaterThanOrEqual(16);
    const pending = JSON.parse([...browser.storage.items.values()][0]);
    expect(params.code_challenge).toBe(await codeChallengeS256(crypto, pending.verifier));
  });

  it('exchanges the code with the verifier, keeps the tokens in the tab, and returns to the page the user was on', async () => {
    const browser = fakeBrowser();
    const { authorize, callback } = await startSignIn(browser, '/staff/complaints/c1');
    const pending = JSON.parse([...browser.storage.items.values()][0]);
    browser.reply(200, { id_token: idToken('first', NOW + 3600_000), access_token: 'a', refresh_token: 'refresh-1', expires_in: 3600, token_type: 'Bearer' });
    const { returnTo } = await browser.client.completeSignIn(callback({ code: 'code-1', state: authorize.searchParams.get('state')! }));
    expect(returnTo).toBe('/staff/complaints/c1');
    expect(browser.calls).toHaveLength(1);
    expect(browser.calls[0].url).toBe(CONFIG.tokenUrl);
    expect(Object.fromEntries(browser.calls[0].body)).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: CONFIG.redirectUri,
      code_verifier: pending.verifier,
      client_id: 'client-1',
    });
    expect(browser.client.signedIn()).toBe(true);
    expect(await browser.client.accessToken()).toBe(idToken('first', NOW + 3600_000));
  });

  it('refuses a callback whose state is not the one this tab sent, without asking for tokens', async () => {
    const browser = fakeBrowser();
    const { callback } = await startSignIn(browser);
    await expect(browser.client.completeSignIn(callback({ code: 'code-1', state: 'forged' }))).rejects.toEqual(new SignInError('state_mismatch'));
    expect(browser.calls).toEqual([]);
    expect(browser.client.signedIn()).toBe(false);
  });

  it('refuses a callback replayed after the sign-in completed', async () => {
    const browser = fakeBrowser();
    const { authorize, callback } = await startSignIn(browser);
    const url = callback({ code: 'code-1', state: authorize.searchParams.get('state')! });
    browser.reply(200, { id_token: idToken('first', NOW + 3600_000), refresh_token: 'refresh-1', expires_in: 3600 });
    await browser.client.completeSignIn(url);
    await expect(browser.client.completeSignIn(url)).rejects.toEqual(new SignInError('state_mismatch'));
  });

  it('reports the authorization server\'s error (the user cancelled) and a refused exchange', async () => {
    const cancelled = fakeBrowser();
    const first = await startSignIn(cancelled);
    await expect(cancelled.client.completeSignIn(first.callback({ error: 'access_denied', state: first.authorize.searchParams.get('state')! }))).rejects.toEqual(
      new SignInError('access_denied'),
    );
    const refused = fakeBrowser();
    const second = await startSignIn(refused);
    refused.reply(400, { error: 'invalid_grant' });
    await expect(refused.client.completeSignIn(second.callback({ code: 'old', state: second.authorize.searchParams.get('state')! }))).rejects.toEqual(
      new SignInError('invalid_grant'),
    );
    expect(refused.client.signedIn()).toBe(false);
  });

  it('never sends the user back to another site after sign-in', async () => {
    const browser = fakeBrowser();
    const { authorize, callback } = await startSignIn(browser, '//evil.example/staff/');
    browser.reply(200, { id_token: idToken('first', NOW + 3600_000), refresh_token: 'refresh-1', expires_in: 3600 });
    expect(await browser.client.completeSignIn(callback({ code: 'c', state: authorize.searchParams.get('state')! }))).toEqual({ returnTo: '/staff/' });
  });

  it('has no token before sign-in', async () => {
    expect(await fakeBrowser().client.accessToken()).toBeNull();
  });

  it('gives the same ID token until shortly before it expires, then refreshes it once however many requests ask at the same time', async () => {
    const browser = await signedInBrowser();
    expect(await browser.client.accessToken()).toBe(idToken('first', NOW + 3600_000));
    expect(browser.calls).toEqual([]);

    browser.advance(3600_000 - REFRESH_MARGIN_MS + 1000);
    browser.reply(200, { id_token: idToken('second', NOW + 7200_000), access_token: 'a2', expires_in: 3600, token_type: 'Bearer' });
    const tokens = await Promise.all([browser.client.accessToken(), browser.client.accessToken(), browser.client.accessToken()]);
    expect(tokens).toEqual(Array(3).fill(idToken('second', NOW + 7200_000)));
    expect(browser.calls).toHaveLength(1);
    expect(Object.fromEntries(browser.calls[0].body)).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'client-1' });

    // The refresh token is kept for the next refresh, as Cognito sends none without rotation.
    browser.advance(3600_000);
    browser.reply(200, { id_token: idToken('third', NOW + 3 * 3600_000), expires_in: 3600 });
    await browser.client.accessToken();
    expect(browser.calls[1].body.get('refresh_token')).toBe('refresh-1');
  });

  it('asks for sign-in again (no token) when the refresh token is refused, expired or revoked', async () => {
    const browser = await signedInBrowser(NOW + 60_000);
    browser.reply(400, { error: 'invalid_grant' });
    expect(await browser.client.accessToken()).toBeNull();
    expect(browser.client.signedIn()).toBe(false);
  });

  it('keeps the sign-in when a refresh fails for want of a network, and tries again on the next request', async () => {
    const browser = await signedInBrowser(NOW + 60_000);
    browser.failNetwork();
    await expect(browser.client.accessToken()).rejects.toThrow('offline');
    expect(browser.client.signedIn()).toBe(true);
    browser.reply(200, { id_token: idToken('second', NOW + 3600_000), expires_in: 3600 });
    expect(await browser.client.accessToken()).toBe(idToken('second', NOW + 3600_000));
  });

  it('signs out: forgets the tokens, revokes the refresh token, and ends the server\'s session back at the workspace', async () => {
    const browser = await signedInBrowser();
    browser.reply(200, {});
    await browser.client.signOut();
    expect(browser.storage.items.size).toBe(0);
    expect(await browser.client.accessToken()).toBeNull();
    expect(browser.calls.map((c) => [c.url, Object.fromEntries(c.body)])).toEqual([[CONFIG.revokeUrl, { token: 'refresh-1', client_id: 'client-1' }]]);
    const logout = new URL(browser.navigations.at(-1)!);
    expect(`${logout.origin}${logout.pathname}`).toBe(CONFIG.logoutUrl);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: 'client-1', logout_uri: CONFIG.logoutRedirectUri });
  });

  it('signs out even when the revocation cannot be reached', async () => {
    const browser = await signedInBrowser();
    browser.failNetwork();
    await browser.client.signOut();
    expect(browser.storage.items.size).toBe(0);
    expect(browser.navigations.at(-1)).toMatch(/^https:\/\/login\.example\/logout\?/);
  });
});
