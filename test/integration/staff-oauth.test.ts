import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { request } from 'node:http';
import type { LocalStack } from '../../local/stack';
import { CODE_TTL_SECONDS, REFRESH_TOKEN_TTL_SECONDS } from '../../local/dev-oauth-grants';
import { localStaffAuthConfig } from '../../local/staff-auth-config';
import type { StaffAuthConfig } from '../../web/staff/auth/auth-config';
import { OAuthClient } from '../../web/staff/auth/oauth-client';
import { FakeClock } from '../harness/fake-clock';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';

// The development sign-in over HTTP against a real local stack: the authorization-code +
// PKCE flow the staff workspace runs, at the paths Cognito's managed login has in the cloud.

const VIEWER = '{ viewer { kind organizationId id role } }';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Tokens {
  id_token: string;
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
}

function pkce() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe('the development sign-in (OAuth 2.0 authorization code with PKCE) on the local gateway', () => {
  const clock = new FakeClock(new Date());
  let stack: LocalStack;
  let auth: StaffAuthConfig;

  beforeAll(async () => {
    stack = await startTestStack({ clock });
    auth = localStaffAuthConfig(stack.urls.api);
    const settings = await graphql(
      stack,
      'mutation { updateOrganizationSettings(input: { expectedVersion: 0, staff: [{ id: "h7", name: "Hana Handler", email: "h7@example.org" }, { id: "s2", name: "Sam Supervisor", email: "s2@example.org" }] }) { version } }',
      {},
      asStaff('setup', 'ADMIN', 'acme'),
    );
    expect(settings.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  const authorizeQuery = (challenge: string, overrides: Record<string, string> = {}) =>
    new URLSearchParams({
      response_type: 'code',
      client_id: auth.clientId,
      redirect_uri: auth.redirectUri,
      state: 'state-123',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      scope: auth.scopes.join(' '),
      ...overrides,
    });

  /** Submits the sign-in form as the page would; returns the redirect and the session cookie. */
  async function submitSignIn(challenge: string, choice: Record<string, string>, overrides: Record<string, string> = {}) {
    const res = await fetch(auth.authorizeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(auth.authorizeUrl).origin },
      body: new URLSearchParams({ ...Object.fromEntries(authorizeQuery(challenge, overrides)), ...choice }),
      redirect: 'manual',
    });
    return { res, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
  }

  async function codeFor(challenge: string, choice = { organization: 'acme', staff_id: 'h7', role: 'HANDLER' }) {
    const { res, cookie } = await submitSignIn(challenge, choice);
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(auth.redirectUri);
    expect(location.searchParams.get('state')).toBe('state-123');
    return { code: location.searchParams.get('code')!, cookie };
  }

  const tokenRequest = (body: Record<string, string>) =>
    fetch(auth.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: auth.clientId, ...body }) });

  const exchange = (code: string, verifier: string, redirectUri = auth.redirectUri) =>
    tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });

  const refresh = (refreshToken: string) => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });

  async function signedIn(choice?: { organization: string; staff_id: string; role: string }) {
    const { verifier, challenge } = pkce();
    const { code, cookie } = await codeFor(challenge, choice);
    const res = await exchange(code, verifier);
    expect(res.status).toBe(200);
    return { tokens: (await res.json()) as Tokens, cookie };
  }

  const oauthError = async (res: Response) => ({ status: res.status, error: ((await res.json()) as { error: string }).error });

  it('shows a development-only page listing the organizations, and the chosen one\'s staff and the roles', async () => {
    const res = await fetch(`${auth.authorizeUrl}?${authorizeQuery(pkce().challenge, { organization: 'acme' }).toString()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await res.text();
    expect(page).toContain('Development only');
    expect(page).toMatch(/<option value="default"[^>]*>default<\/option>/);
    expect(page).toMatch(/<option value="acme" selected>acme<\/option>/);
    expect(page).toContain('Hana Handler (h7)');
    expect(page).toContain('Sam Supervisor (s2)');
    for (const role of ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST']) expect(page).toContain(`value="${role}"`);
  });

  it('offers a free staff id for an organization that has no staff yet', async () => {
    const page = await (await fetch(`${auth.authorizeUrl}?${authorizeQuery(pkce().challenge, { organization: 'default' }).toString()}`)).text();
    expect(page).toMatch(/<input type="text" id="staff_id" name="staff_id" required/);
  });

  it('signs in with a code and its verifier: the ID token is one the GraphQL API accepts, as the organization, role and member of staff chosen', async () => {
    const { tokens } = await signedIn({ organization: 'acme', staff_id: 's2', role: 'SUPERVISOR' });
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const viewer = await graphql(stack, VIEWER, {}, bearer(tokens.id_token));
    expect(viewer.data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'acme', id: 's2', role: 'SUPERVISOR' });
  });

  it('signs in with a free staff id to an organization without staff', async () => {
    const { tokens } = await signedIn({ organization: 'default', staff_id: 'first-admin', role: 'ADMIN' });
    expect((await graphql(stack, VIEWER, {}, bearer(tokens.id_token))).data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'default', id: 'first-admin', role: 'ADMIN' });
  });

  it('gives an access token the API refuses, as Cognito\'s access tokens are refused in the cloud', async () => {
    const { tokens } = await signedIn();
    expect((await graphql(stack, VIEWER, {}, bearer(tokens.access_token))).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong code verifier, and the code is spent', async () => {
    const { verifier, challenge } = pkce();
    const { code } = await codeFor(challenge);
    expect(await oauthError(await exchange(code, pkce().verifier))).toEqual({ status: 400, error: 'invalid_grant' });
    expect(await oauthError(await exchange(code, verifier))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('refuses a code used twice, and withdraws the refresh token the first use gave', async () => {
    const { verifier, challenge } = pkce();
    const { code } = await codeFor(challenge);
    const first = (await (await exchange(code, verifier)).json()) as Tokens;
    expect(await oauthError(await exchange(code, verifier))).toEqual({ status: 400, error: 'invalid_grant' });
    expect(await oauthError(await refresh(first.refresh_token!))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('refuses a code after its time is up', async () => {
    const { verifier, challenge } = pkce();
    const { code } = await codeFor(challenge);
    clock.advance((CODE_TTL_SECONDS + 1) * 1000);
    expect(await oauthError(await exchange(code, verifier))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('refuses a redirect URI outside the staff workspace on this machine, at sign-in and at the exchange', async () => {
    for (const redirect_uri of ['https://evil.example/staff/callback', 'http://127.0.0.1:1/elsewhere']) {
      expect(await oauthError(await fetch(`${auth.authorizeUrl}?${authorizeQuery(pkce().challenge, { redirect_uri }).toString()}`))).toEqual({ status: 400, error: 'invalid_request' });
      expect((await submitSignIn(pkce().challenge, { organization: 'acme', staff_id: 'h7', role: 'HANDLER' }, { redirect_uri })).res.status).toBe(400);
    }
    const { verifier, challenge } = pkce();
    const { code } = await codeFor(challenge);
    expect(await oauthError(await exchange(code, verifier, 'http://127.0.0.1:1/staff/other'))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('requires PKCE with S256, a known client, and a member of the chosen organization\'s staff', async () => {
    const { challenge } = pkce();
    const refused: Array<Record<string, string>> = [{ code_challenge_method: 'plain' }, { code_challenge: '' }, { client_id: 'someone-else' }];
    for (const overrides of refused) {
      expect((await fetch(`${auth.authorizeUrl}?${authorizeQuery(challenge, overrides).toString()}`)).status).toBe(400);
    }
    expect((await submitSignIn(challenge, { organization: 'acme', staff_id: 'not-on-staff', role: 'HANDLER' })).res.status).toBe(400);
    expect((await submitSignIn(challenge, { organization: 'acme', staff_id: 'h7', role: 'ROOT' })).res.status).toBe(400);
  });

  it('refuses the sign-in form posted from a page elsewhere', async () => {
    const from = (headers: Record<string, string>) =>
      fetch(auth.authorizeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ ...Object.fromEntries(authorizeQuery(pkce().challenge)), organization: 'acme', staff_id: 'h7', role: 'ADMIN' }),
        redirect: 'manual',
      });
    expect((await from({ origin: 'https://evil.example' })).status).toBe(400);
    expect((await from({ origin: 'null' })).status).toBe(400);
    expect((await from({ 'sec-fetch-site': 'cross-site' })).status).toBe(400);
    expect((await from({ origin: new URL(auth.authorizeUrl).origin, 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });

  it('serves none of it to a request whose Host is not this machine', async () => {
    const { port } = new URL(stack.urls.api);
    for (const path of ['/oauth2/authorize', '/oauth2/token', '/logout']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host: 'rebound.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.end();
      });
      expect([path, status]).toEqual([path, 403]);
    }
  });

  it("gives the workspace the sign-in on the name its page was opened at, so the redirect comes back to the tab's own origin", async () => {
    const { port } = new URL(stack.urls.api);
    const configAt = (host: string) =>
      new Promise<{ auth: StaffAuthConfig }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/staff/config.json', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve(JSON.parse(body) as { auth: StaffAuthConfig }));
        });
        req.on('error', reject);
        req.end();
      });
    expect((await configAt(`localhost:${port}`)).auth).toEqual(localStaffAuthConfig(`http://localhost:${port}`));
    expect((await configAt(`127.0.0.1:${port}`)).auth).toEqual(auth);
    // A name that is not this machine's gets the stack's own address, which the sign-in serves.
    expect((await configAt('rebound.example')).auth).toEqual(auth);
  });

  it('refreshes: a new ID token the API accepts, with the same claims, until the refresh token expires', async () => {
    const { tokens } = await signedIn();
    const res = await refresh(tokens.refresh_token!);
    expect(res.status).toBe(200);
    const renewed = (await res.json()) as Tokens;
    expect(renewed.refresh_token).toBeUndefined();
    expect((await graphql(stack, VIEWER, {}, bearer(renewed.id_token))).data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'acme', id: 'h7', role: 'HANDLER' });
    clock.advance(REFRESH_TOKEN_TTL_SECONDS * 1000);
    expect(await oauthError(await refresh(tokens.refresh_token!))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('signs out at /logout: back to the workspace, and the session\'s refresh tokens are refused', async () => {
    const { tokens, cookie } = await signedIn();
    const logout = await fetch(`${auth.logoutUrl}?${new URLSearchParams({ client_id: auth.clientId, logout_uri: auth.logoutRedirectUri }).toString()}`, { headers: { cookie }, redirect: 'manual' });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe(auth.logoutRedirectUri);
    expect(await oauthError(await refresh(tokens.refresh_token!))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('revokes a refresh token at /oauth2/revoke', async () => {
    const { tokens } = await signedIn();
    const res = await fetch(auth.revokeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: auth.clientId, token: tokens.refresh_token! }),
    });
    expect(res.status).toBe(200);
    expect(await oauthError(await refresh(tokens.refresh_token!))).toEqual({ status: 400, error: 'invalid_grant' });
  });

  it('refuses an unknown grant type and a logout to elsewhere with OAuth errors', async () => {
    expect(await oauthError(await tokenRequest({ grant_type: 'password' }))).toEqual({ status: 400, error: 'unsupported_grant_type' });
    const away = await fetch(`${auth.logoutUrl}?${new URLSearchParams({ client_id: auth.clientId, logout_uri: 'https://evil.example/' }).toString()}`, { redirect: 'manual' });
    expect(await oauthError(away)).toEqual({ status: 400, error: 'invalid_request' });
  });

  it('signs the workspace\'s own client in and out: the code the browser runs in the cloud, against the development issuer', async () => {
    const storage = new Map<string, string>();
    const navigations: string[] = [];
    const client = new OAuthClient(auth, {
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
      navigate: (url) => navigations.push(url),
      fetch: (url, init) => fetch(url, init),
      crypto: webcrypto,
      now: () => Date.now(),
    });
    await client.signIn('/staff/queue');
    // What the browser does on the page: open it, pick, submit.
    const authorize = new URL(navigations[0]);
    expect((await fetch(authorize)).status).toBe(200);
    const submitted = await fetch(auth.authorizeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...Object.fromEntries(authorize.searchParams), organization: 'acme', staff_id: 'h7', role: 'ANALYST' }),
      redirect: 'manual',
    });
    const cookie = (submitted.headers.get('set-cookie') ?? '').split(';')[0];
    expect(await client.completeSignIn(submitted.headers.get('location')!)).toEqual({ returnTo: '/staff/queue' });
    const token = (await client.accessToken()) ?? 'none';
    expect((await graphql(stack, VIEWER, {}, bearer(token))).data!.viewer).toEqual({ kind: 'STAFF', organizationId: 'acme', id: 'h7', role: 'ANALYST' });

    const { refreshToken } = JSON.parse([...storage.values()][0]) as { refreshToken: string };
    await client.signOut();
    expect(storage.size).toBe(0);
    const logout = await fetch(navigations[1], { headers: { cookie }, redirect: 'manual' });
    expect(logout.headers.get('location')).toBe(auth.logoutRedirectUri);
    expect(await oauthError(await refresh(refreshToken))).toEqual({ status: 400, error: 'invalid_grant' });
  });
});
