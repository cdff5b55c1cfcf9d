/**
 * How the staff workspace signs in: the `auth` key of its config.json. The same shape
 * names Cognito's managed login in the cloud (infra/constructs/staff-user-pool.ts) and
 * the development issuer on the local gateway (local/staff-auth-config.ts), which serve
 * the same OAuth 2.0 endpoints at the same paths.
 */
export interface StaffAuthConfig {
  /** The authorization endpoint: `<domain>/oauth2/authorize`. */
  authorizeUrl: string;
  /** The token endpoint: `<domain>/oauth2/token`. */
  tokenUrl: string;
  /** The revocation endpoint (RFC 7009): `<domain>/oauth2/revoke`; sign-out revokes the refresh token there. */
  revokeUrl: string;
  /** The end of the sign-in session: `<domain>/logout`. */
  logoutUrl: string;
  /** The public app client (no secret: PKCE stands in for it). */
  clientId: string;
  /** Where the authorization server sends the browser back with the code: `<site>/staff/callback`. */
  redirectUri: string;
  /** Where it sends the browser after sign-out: `<site>/staff/`. */
  logoutRedirectUri: string;
  scopes: string[];
}
