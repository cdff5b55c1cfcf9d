import { systemClock } from '../../../functions/core/clock';
import { createApolloServer } from '../../../functions/graphql/server';
import { createContext } from '../../../functions/graphql/context';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger } from '../core/test-policy';

function server(developmentMode: boolean) {
  const services = { store: new InMemoryStore(), workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode };
  return { apollo: createApolloServer(services), services };
}

async function run(developmentMode: boolean, query: string) {
  const { apollo, services } = server(developmentMode);
  const res = await apollo.executeOperation({ query }, { contextValue: createContext(services, { kind: 'ANONYMOUS' }) });
  await apollo.stop();
  return res.body.kind === 'single' ? res.body.singleResult : undefined;
}

describe('the GraphQL server outside the local stack', () => {
  it('refuses introspection', async () => {
    const result = await run(false, '{ __schema { queryType { name } } }');
    expect(result?.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result?.data).toBeUndefined();
  });

  it('suggests no field names', async () => {
    const result = await run(false, '{ complain(id: "x") { id } }');
    expect(result?.errors?.[0].message).not.toContain('Did you mean');
  });

  it('hides the details of an unexpected failure', async () => {
    const { apollo, services } = server(false);
    services.store.getRecord = async () => {
      throw new Error('connect ECONNREFUSED table complaints wang@example.com');
    };
    const admin = { kind: 'STAFF' as const, organizationId: 'acme', staffId: 'a1', role: 'ADMIN' as const };
    const res = await apollo.executeOperation({ query: '{ complaint(id: "x") { id } }' }, { contextValue: createContext(services, admin) });
    const result = res.body.kind === 'single' ? res.body.singleResult : undefined;
    expect(result?.errors?.[0]).toEqual({ message: 'Internal server error', path: ['complaint'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect((services.logger).lines.join()).not.toContain('wang@example.com');
  });
});

describe('the GraphQL server in the local stack', () => {
  it('answers introspection', async () => {
    expect((await run(true, '{ __schema { queryType { name } } }'))?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
