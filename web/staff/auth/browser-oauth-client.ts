import type { StaffAuthConfig } from './auth-config';
import { OAuthClient } from './oauth-client';

/** The staff sign-in client on this page's window: sessionStorage, location, fetch and Web Crypto. */
export function browserOAuthClient(config: StaffAuthConfig): OAuthClient {
  return new OAuthClient(config, {
    storage: window.sessionStorage,
    navigate: (url) => window.location.assign(url),
    // Called through a closure: fetch called as another object's method throws "Illegal invocation".
    fetch: (url, init) => window.fetch(url, init),
    crypto: window.crypto,
    now: () => Date.now(),
  });
}
