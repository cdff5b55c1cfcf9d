import { systemClock } from '../../../functions/core/clock';
import type { Caller } from '../../../functions/core/identity';
import { createContext } from '../../../functions/graphql/context';
import { createApolloServer } from '../../../functions/graphql/server';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger, SETTINGS } from '../core/test-policy';

// The complaint form offers the organization's categories; the settings holding them are staff-only.
async function categoriesFor(caller: Caller, categories: string[]) {
  const store = new InMemoryStore();
  store.settings = { ...SETTINGS, categories };
  const services = { store, workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode: false };
  const apollo = createApolloServer(services);
  const res = await apollo.executeOperation({ query: '{ complaintCategories }' }, { contextValue: createContext(services, caller) });
  await apollo.stop();
  return res.body.kind === 'single' ? res.body.singleResult : undefined;
}

describe('complaintCategories', () => {
  it("gives a complainant without an account the deployment organization's categories, in their order", async () => {
    const result = await categoriesFor({ kind: 'ANONYMOUS' }, ['Mobile network', 'Billing', '宽带']);
    expect(result?.errors).toBeUndefined();
    expect(result?.data).toEqual({ complaintCategories: ['Mobile network', 'Billing', '宽带'] });
  });

  it('is empty for an organization that has set none, so the form asks in free text', async () => {
    expect((await categoriesFor({ kind: 'ANONYMOUS' }, []))?.data).toEqual({ complaintCategories: [] });
  });
});
