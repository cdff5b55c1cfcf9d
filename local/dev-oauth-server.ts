import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../functions/core/clock';
import type { Role } from '../functions/core/identity';
import { readBody } from './api-gateway';
import type { DevIssuer } from './dev-issuer';
import { DevOAuthGrants, InvalidGrant, newSessionId, S256_CHALLENGE, type StaffClaims } from './dev-oauth-grants';
import { devSignInPage, ROLES, STYLE_HASH, type AuthorizationParams, type SignInOrganization } from './dev-sign-in-page';
import { isLoopbackHost, loopbackUrl } from './loopback';
import { LOCAL_STAFF_CLIENT_ID } from './staff-auth-config';

/** As the cloud's app client: ID and access tokens live one hour. */
export const TOKEN_TTL_SECONDS = 3600;
const SESSION_COOKIE = 'dev_sign_in_session';
const FREE_STAFF_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface DevOAuthServerOptions {
  issuer: DevIssuer;
  /** The organizations to offer, each with its staff. */
  organizations: () => Promise<SignInOrganization[]>;
  clock: Clock;
}

export interface DevOAuthRoutes {
  /** Answers /oauth2/authorize, /oauth2/token, /oauth2/revoke and /logout; false for any other request. */
  (req: IncomingMessage, res: ServerResponse): boolean;
}

class OAuthError extends Error {
  constructor(
    readonly error: 'invalid_request' | 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type' | 'unsupported_response_type',
    readonly description: string,
  ) {
    super(description);
  }
}

const PATHS = new Set(['/oauth2/authorize', '/oauth2/token', '/oauth2/revoke', '/logout']);

/**
 * The development issuer as an OAuth 2.0 authorization server on the local gateway, at
 * Cognito's paths, so the staff workspace runs the same authorization-code + PKCE client
 * against it as against Cognito's managed login in the cloud. Served only to requests whose
 * Host is this machine. Codes and refresh tokens live in this process's memory (DevOAuthGrants).
 */
export function devOAuthRoutes(options: DevOAuthServerOptions): DevOAuthRoutes {
  const grants = new DevOAuthGrants(options.clock);

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => {
    if (path === '/oauth2/authorize' && req.method === 'GET') return authorizePage(res, query);
    if (path === '/oauth2/authorize' && req.method === 'POST') return signIn(req, res, form(await readBody(req)));
    if (path === '/oauth2/token' && req.method === 'POST') return token(res, form(await readBody(req)));
    if (path === '/oauth2/revoke' && req.method === 'POST') return revoke(res, form(await readBody(req)));
    if (path === '/logout' && req.method === 'GET') return logout(req, res, query);
    sendJson(res, 405, { error: 'invalid_request', error_description: `${req.method} is not allowed on ${path}.` });
  };

  /** The authorization request's parameters, checked as Cognito checks them before showing its sign-in. */
  const authorizationParams = (input: URLSearchParams): AuthorizationParams => {
    const params = {
      client_id: input.get('client_id') ?? '',
      redirect_uri: input.get('redirect_uri') ?? '',
      state: input.get('state') ?? '',
      code_challenge: input.get('code_challenge') ?? '',
      code_challenge_method: input.get('code_challenge_method') ?? '',
      scope: input.get('scope') ?? 'openid',
    };
    if (params.client_id !== LOCAL_STAFF_CLIENT_ID) throw new OAuthError('invalid_client', 'Unknown client_id.');
    if (!staffUrl(params.redirect_uri)) throw new OAuthError('invalid_request', 'redirect_uri must be a URL under /staff/ on this machine.');
    if (params.code_challenge_method !== 'S256' || !S256_CHALLENGE.test(params.code_challenge)) {
      throw new OAuthError('invalid_request', 'PKCE is required: code_challenge with code_challenge_method=S256.');
    }
    if (!params.state) throw new OAuthError('invalid_request', 'state is required.');
    return params;
  };

  const authorizePage = async (res: ServerResponse, query: URLSearchParams) => {
    if (query.get('response_type') !== 'code') throw new OAuthError('unsupported_response_type', 'Only response_type=code is supported.');
    const params = authorizationParams(query);
    const organizations = await options.organizations();
    const chosen = organizations.find((o) => o.id === query.get('organization')) ?? organizations[0];
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...pageHeaders(new URL(params.redirect_uri).origin),
    });
    res.end(devSignInPage(params, organizations, chosen));
  };

  const signIn = async (req: IncomingMessage, res: ServerResponse, body: URLSearchParams) => {
    // A form posted from a page elsewhere has another Origin (browsers send it on every POST) and Sec-Fetch-Site.
    const { origin, 'sec-fetch-site': site } = req.headers;
    if ((origin !== undefined && !loopbackUrl(origin)) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
      throw new OAuthError('invalid_request', 'The sign-in form is accepted from this page only.');
    }
    const params = authorizationParams(body);
    const claims = await chosenClaims(body);
    const sessionId = sessionOf(req) ?? newSessionId();
    const code = grants.issueCode({ clientId: params.client_id, redirectUri: params.redirect_uri, codeChallenge: params.code_challenge }, claims, sessionId);
    const target = new URL(params.redirect_uri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', params.state);
    res.writeHead(303, {
      location: target.toString(),
      'set-cookie': `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`,
      ...NO_STORE,
    });
    res.end();
  };

  /** The organization, member of staff and role picked on the page, as offered there. */
  const chosenClaims = async (body: URLSearchParams): Promise<StaffClaims> => {
    const organization = (await options.organizations()).find((o) => o.id === body.get('organization'));
    if (!organization) throw new OAuthError('invalid_request', 'Choose one of the organizations listed.');
    const role = body.get('role') as Role;
    if (!ROLES.includes(role)) throw new OAuthError('invalid_request', `role must be one of ${ROLES.join(', ')}.`);
    const staffId = body.get('staff_id') ?? '';
    const known = organization.staff.some((m) => m.id === staffId);
    if (organization.staff.length > 0 ? !known : !FREE_STAFF_ID.test(staffId)) {
      throw new OAuthError('invalid_request', organization.staff.length > 0 ? 'Choose one of the organization\'s staff.' : 'staff_id must be 1 to 64 letters, digits, dots, underscores or hyphens.');
    }
    return { organizationId: organization.id, role, staffId };
  };

  const tokens = (claims: StaffClaims, scope: string) => ({
    id_token: options.issuer.mint(claims, TOKEN_TTL_SECONDS),
    access_token: options.issuer.mintAccess({ staffId: claims.staffId, clientId: LOCAL_STAFF_CLIENT_ID, scope }, TOKEN_TTL_SECONDS),
    expires_in: TOKEN_TTL_SECONDS,
    token_type: 'Bearer',
  });

  const token = (res: ServerResponse, body: URLSearchParams) => {
    const clientId = body.get('client_id');
    if (clientId !== LOCAL_STAFF_CLIENT_ID) throw new OAuthError('invalid_client', 'Unknown client_id.');
    const grantType = body.get('grant_type');
    if (grantType === 'authorization_code') {
      const [code, redirectUri, verifier] = [body.get('code'), body.get('redirect_uri'), body.get('code_verifier')];
      if (!code || !redirectUri || !verifier) throw new OAuthError('invalid_request', 'code, redirect_uri and code_verifier are required.');
      const { claims, refreshToken } = grants.redeemCode(code, clientId, redirectUri, verifier);
      return sendJson(res, 200, { ...tokens(claims, 'openid email profile'), refresh_token: refreshToken });
    }
    if (grantType === 'refresh_token') {
      const refreshToken = body.get('refresh_token');
      if (!refreshToken) throw new OAuthError('invalid_request', 'refresh_token is required.');
      // As Cognito without rotation: new ID and access tokens, the same refresh token.
      return sendJson(res, 200, tokens(grants.refresh(refreshToken, clientId), 'openid email profile'));
    }
    throw new OAuthError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.');
  };

  const revoke = (res: ServerResponse, body: URLSearchParams) => {
    const clientId = body.get('client_id');
    if (clientId !== LOCAL_STAFF_CLIENT_ID) throw new OAuthError('invalid_client', 'Unknown client_id.');
    const refreshToken = body.get('token');
    if (!refreshToken) throw new OAuthError('invalid_request', 'token is required.');
    grants.revoke(refreshToken, clientId);
    res.writeHead(200, NO_STORE);
    res.end();
  };

  const logout = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => {
    if (query.get('client_id') !== LOCAL_STAFF_CLIENT_ID) throw new OAuthError('invalid_client', 'Unknown client_id.');
    const logoutUri = query.get('logout_uri') ?? '';
    if (!staffUrl(logoutUri)) throw new OAuthError('invalid_request', 'logout_uri must be a URL under /staff/ on this machine.');
    const sessionId = sessionOf(req);
    if (sessionId) grants.revokeSession(sessionId);
    res.writeHead(302, { location: logoutUri, 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`, ...NO_STORE });
    res.end();
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!PATHS.has(url.pathname)) return false;
    if (!isLoopbackHost(req.headers.host)) {
      sendJson(res, 403, { error: 'invalid_request', error_description: 'The development sign-in is served to 127.0.0.1 and localhost only.' });
      return true;
    }
    handle(req, res, url.pathname, url.searchParams).catch((error: unknown) => {
      if (error instanceof OAuthError) sendJson(res, 400, { error: error.error, error_description: error.description });
      else if (error instanceof InvalidGrant) sendJson(res, 400, { error: 'invalid_grant', error_description: error.message });
      else sendJson(res, 500, { error: 'server_error', error_description: 'The development sign-in failed; see the local stack\'s log.' });
    });
    return true;
  };
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function pageHeaders(redirectOrigin: string): Record<string, string> {
  return {
    // Chromium applies form-action to the redirect after a submission too: the app's origin is allowed.
    'content-security-policy': `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self' ${redirectOrigin}; base-uri 'none'; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    // Not no-referrer: with it Chromium sends "Origin: null" on the form's POST, and the check above needs the origin.
    'referrer-policy': 'same-origin',
    ...NO_STORE,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...NO_STORE });
  res.end(JSON.stringify(body));
}

const form = (body: Buffer) => new URLSearchParams(body.toString('utf8'));

/** A URL of the staff workspace on this machine (a redirect or logout target). */
function staffUrl(value: string): boolean {
  const url = loopbackUrl(value);
  return url !== undefined && url.pathname.startsWith('/staff/') && !url.hash;
}

function sessionOf(req: IncomingMessage): string | undefined {
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('='));
  return cookies.find(([name]) => name === SESSION_COOKIE)?.[1] || undefined;
}
