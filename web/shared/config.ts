/**
 * What a deployment tells an app at run time (config.json next to its index.html): the
 * local stack writes it for loopback, each regional stack generates it for its own API.
 */
export interface AppConfig {
  /** Absolute or same-origin URL of the GraphQL endpoint. */
  graphqlUrl: string;
}

export async function loadConfig<T extends AppConfig>(base: string): Promise<T> {
  const response = await fetch(`${base}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as T;
}
