import type { LocalStack } from '../../local/stack';
import { ADMIN, graphql, inbox, startTestStack, SUBMIT, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

const TOTAL = 500;
const CONCURRENCY = 25;

describe('no loss under load', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  it(`stores ${TOTAL} complaints sent ${CONCURRENCY} at a time, with distinct references, ${TOTAL} acknowledgements and ${TOTAL} audit entries`, async () => {
    const category = `Load ${Date.now()}`;
    const references: string[] = [];
    const failures: unknown[] = [];
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        next += 1;
        const res = await graphql(stack, SUBMIT, { input: sampleSubmission({ category }) });
        if (res.errors || !res.data) failures.push(res.errors ?? res.status);
        else references.push(res.data.submitComplaint.reference);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures).toEqual([]);
    expect(new Set(references).size).toBe(TOTAL);

    const emails = await waitFor('every acknowledgement to reach SES', async () => {
      const all = (await inbox(stack)).filter((e) => references.some((r) => e.subject.includes(r)));
      return all.length >= TOTAL ? all : undefined;
    }, 240_000);
    expect(new Set(emails.map((e) => e.subject)).size).toBe(TOTAL);

    type Node = { reference: string; history: Array<{ action: string }> };
    type Page = { complaints: { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const stored: Node[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Page } = await graphql<Page>(
        stack,
        'query($c: String, $after: String) { complaints(filter: { category: $c }, first: 100, after: $after) { edges { node { reference history { action } } } pageInfo { hasNextPage endCursor } } }',
        { c: category, after },
        ADMIN,
      );
      stored.push(...page.data!.complaints.edges.map((e) => e.node));
      after = page.data!.complaints.pageInfo.hasNextPage ? page.data!.complaints.pageInfo.endCursor : null;
    } while (after);
    expect(stored.map((c) => c.reference).sort()).toEqual([...references].sort());
    expect(stored.flatMap((c) => c.history.filter((h) => h.action === 'COMPLAINT_RECEIVED'))).toHaveLength(TOTAL);
  }, 420_000);
});
