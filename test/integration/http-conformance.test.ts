import { serverAudits } from 'graphql-http';
import type { LocalStack } from '../../local/stack';
import { startTestStack } from '../harness/local-stack';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('the local GraphQL endpoint', () => {
  it('passes the graphql-http server audits with no audit in error', async () => {
    const audits = serverAudits({ url: stack.urls.graphql, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const errors = results.flatMap((r) => (r.result.status === 'error' ? [`${r.name}: ${r.result.reason}`] : []));
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.result.status === 'ok').length).toBeGreaterThan(0);
  });

  it('serves the GraphQL explorer page and its scripts offline', async () => {
    const page = await fetch(stack.urls.explorer);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    for (const src of html.match(/\/explorer\/[\w.-]+/g) ?? []) {
      const asset = await fetch(`${stack.urls.api}${src}`);
      expect([src, asset.status]).toEqual([src, 200]);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('shows the schema to introspection locally', async () => {
    const res = await fetch(stack.urls.graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect(((await res.json()) as { data: { __schema: { queryType: { name: string } } } }).data.__schema.queryType.name).toBe('Query');
  });
});
