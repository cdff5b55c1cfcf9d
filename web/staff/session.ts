import type { StaffAuthConfig } from './auth/auth-config';
import { browserOAuthClient } from './auth/browser-oauth-client';
import type { AppConfig } from '../shared/config';

/** The workspace's config.json: the API, and how staff sign in (Cognito's managed login, or the local development issuer). */
export interface StaffConfig extends AppConfig {
  auth: StaffAuthConfig;
}

/**
 * Who is signed in to the workspace: the app asks `token()` before every API request and
 * calls `signOut()` from its menu.
 */
export interface Session {
  token(): Promise<string | undefined>;
  signOut(): void;
}

const CALLBACK_PATH = '/staff/callback';
const here = () => `${location.pathname}${location.search}`;

/**
 * Opens the session for this tab: completes a sign-in coming back to the callback path,
 * or starts one (a redirect to the sign-in page) when the tab holds none. Resolves to
 * undefined while the browser is being sent away.
 */
export async function openSession(config: StaffConfig): Promise<Session | undefined> {
  const client = browserOAuthClient(config.auth);
  if (location.pathname === CALLBACK_PATH) {
    const callback = location.href;
    // The code leaves the address bar before it is used: a failed sign-in's "refresh" then starts a new one
    // rather than replaying a spent code on the callback page for ever.
    history.replaceState(null, '', '/staff/');
    const { returnTo } = await client.completeSignIn(callback);
    history.replaceState(null, '', returnTo);
  } else if (!client.signedIn()) {
    await client.signIn(here());
    return undefined;
  }
  return {
    token: async () => {
      const token = await client.accessToken();
      // The refresh token expired or was revoked: sign in again, then come back here.
      if (!token) await client.signIn(here());
      return token ?? undefined;
    },
    signOut: () => void client.signOut(),
  };
}
