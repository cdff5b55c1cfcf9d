const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a request's Host header names this machine. A site that rebinds its own name to
 * 127.0.0.1 still sends its own Host, so this keeps development-only answers (tokens,
 * the development sign-in) to pages on this machine.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(`http://${host ?? ''}`).hostname);
  } catch {
    return false;
  }
}

/** The URL if it is an http(s) URL on this machine, else undefined. */
export function loopbackUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname) && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}
