import { createHash } from 'node:crypto';
import { systemClock } from '../../../functions/core/clock';
import { createContext } from '../../../functions/graphql/context';
import { createApolloServer } from '../../../functions/graphql/server';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger } from '../core/test-policy';

const QUERY = '{ viewer { kind } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function send(request: { query?: string; sha256Hash: string }) {
  const logger = recordingLogger();
  const services = { store: new InMemoryStore(), workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger, developmentMode: false };
  const apollo = createApolloServer(services);
  const res = await apollo.executeOperation(
    { query: request.query, extensions: { persistedQuery: { version: 1, sha256Hash: request.sha256Hash } } },
    { contextValue: createContext(services, { kind: 'ANONYMOUS' }) },
  );
  await apollo.stop();
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { status: res.http.status ?? 200, result: res.body.singleResult, logged: logger.lines.join('\n') };
}

describe('automatic persisted queries', () => {
  it('answers a hash that is not the SHA-256 of the query with HTTP 400 PERSISTED_QUERY_HASH_MISMATCH, not logged as an internal error', async () => {
    const { status, result, logged } = await send({ query: QUERY, sha256Hash: sha256('{ something { else } }') });
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ message: 'The persisted query hash is not the SHA-256 of the query sent with it.', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }]);
    expect(logged).not.toContain('graphql.internal_error');
  });

  it('runs a query sent with its own hash', async () => {
    const { status, result } = await send({ query: QUERY, sha256Hash: sha256(QUERY) });
    expect(status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ viewer: { kind: 'COMPLAINANT' } });
  });
});
