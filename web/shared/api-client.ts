import { cacheExchange, Client, fetchExchange } from '@urql/core';

/**
 * The GraphQL client of both apps. `token` is asked before every request, so a token
 * refreshed in the meantime is the one sent; without one the request is anonymous
 * (the portal's complainant).
 */
export function createApiClient(url: string, token?: () => Promise<string | undefined>): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // Staff work on data others change: read the network, let the cache only serve the page just shown.
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      const bearer = token && (await token());
      if (bearer) headers.set('authorization', `Bearer ${bearer}`);
      return fetch(input, { ...init, headers });
    },
  });
}
