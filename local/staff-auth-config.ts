import type { StaffAuthConfig } from '../web/staff/auth/auth-config';

/** The development issuer's one app client (local/dev-oauth-server.ts accepts no other). */
export const LOCAL_STAFF_CLIENT_ID = 'staff-workspace-local';

/**
 * The staff workspace's `auth` config on the local stack: the development issuer's OAuth
 * endpoints on the gateway at `api` (its origin, e.g. http://127.0.0.1:4000), at the paths
 * Cognito's managed login has in the cloud.
 */
export function localStaffAuthConfig(api: string): StaffAuthConfig {
  const origin = new URL(api).origin;
  return {
    authorizeUrl: `${origin}/oauth2/authorize`,
    tokenUrl: `${origin}/oauth2/token`,
    revokeUrl: `${origin}/oauth2/revoke`,
    logoutUrl: `${origin}/logout`,
    clientId: LOCAL_STAFF_CLIENT_ID,
    redirectUri: `${origin}/staff/callback`,
    logoutRedirectUri: `${origin}/staff/`,
    scopes: ['openid', 'email', 'profile'],
  };
}
