/**
 * Who is signed in to the workspace: the app asks `token()` before every API request and
 * calls `signOut()` from its menu. The OAuth 2.0 (PKCE) sign-in replaces how the token is
 * obtained; the app sees only this interface.
 */
export interface Session {
  token(): Promise<string | undefined>;
  signOut(): void;
}

const KEY = 'complaint-platform.staff-token';

/** Interim: the ID token held in this tab's session storage. */
export function storedTokenSession(): Session {
  return {
    token: () => Promise.resolve(sessionStorage.getItem(KEY) ?? undefined),
    signOut: () => {
      sessionStorage.removeItem(KEY);
      location.assign('/staff/');
    },
  };
}
