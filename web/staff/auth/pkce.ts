/** What PKCE needs of Web Crypto (window.crypto in the browser, globalThis.crypto in Node). */
export interface PkceCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> };
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Random bytes as base64url: unreserved characters only, as RFC 7636 asks of a verifier. */
export const randomToken = (crypto: PkceCrypto, bytes: number): string => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

/** A code verifier (RFC 7636 §4.1): 64 random bytes give 86 characters, within 43 to 128. */
export const newCodeVerifier = (crypto: PkceCrypto): string => randomToken(crypto, 64);

/** The S256 code challenge (RFC 7636 §4.2): BASE64URL(SHA256(ASCII(verifier))). */
export async function codeChallengeS256(crypto: PkceCrypto, verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}
