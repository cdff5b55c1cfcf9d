import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { FakeClock } from '../harness/fake-clock';
import { sampleSubmission } from '../harness/sample';

/** The per-partner limit, set low with PARTNER_RATE_LIMIT_PER_MINUTE, on a stack whose clock the test holds still. */
const LIMIT = 3;
const clock = new FakeClock('2026-11-30T02:00:20.000Z');
let stack: LocalStack;
const previousLimit = process.env.PARTNER_RATE_LIMIT_PER_MINUTE;
beforeAll(async () => {
  process.env.PARTNER_RATE_LIMIT_PER_MINUTE = String(LIMIT);
  stack = await startTestStack({ clock });
});
afterAll(async () => {
  await stack?.stop();
  if (previousLimit === undefined) delete process.env.PARTNER_RATE_LIMIT_PER_MINUTE;
  else process.env.PARTNER_RATE_LIMIT_PER_MINUTE = previousLimit;
});

const ADMIN = asStaff('admin-1');
const VIEWER = '{ viewer { id } }';

async function partnerKey(partnerId: string): Promise<Record<string, string>> {
  const res = await graphql(stack, 'mutation($p: ID!) { createPartnerApiKey(partnerId: $p, name: "rate test") { apiKey } }', { p: partnerId }, ADMIN);
  return { 'x-api-key': res.data!.createPartnerApiKey.apiKey };
}

async function raw(headers: Record<string, string>, query = VIEWER, variables: Record<string, unknown> = {}) {
  const res = await fetch(stack.urls.graphql, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

describe(`the per-partner rate limit (${LIMIT} a minute here)`, () => {
  it('lets the limit through in a window, then refuses with 429, RATE_LIMITED and the seconds to wait', async () => {
    const partner = await partnerKey('busy-shop');
    for (let i = 0; i < LIMIT; i += 1) expect((await raw(partner)).body.data?.viewer.id).toBe('busy-shop');
    const refused = await raw(partner);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe('40');
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining('Too many requests'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 40 } }]);
    expect(refused.body.data).toBeUndefined();
  });

  it('refuses a submission over the limit without storing it', async () => {
    const partner = await partnerKey('submitting-shop');
    const category = `Rate ${Date.now()}`;
    for (let i = 0; i < LIMIT; i += 1) expect((await raw(partner, SUBMIT, { input: sampleSubmission({ category }) })).body.errors).toBeUndefined();
    expect((await raw(partner, SUBMIT, { input: sampleSubmission({ category }) })).body.errors![0].extensions.code).toBe('RATE_LIMITED');
    const stored = await graphql(stack, 'query($c: String!) { complaints(filter: { category: $c }) { edges { node { id } } } }', { c: category }, ADMIN);
    expect(stored.data!.complaints.edges).toHaveLength(LIMIT);
  });

  it('counts each partner on its own, and does not count staff or complainants', async () => {
    const a = await partnerKey('own-count-a');
    const b = await partnerKey('own-count-b');
    for (let i = 0; i < LIMIT; i += 1) await raw(a);
    expect((await raw(a)).status).toBe(429);
    expect((await raw(b)).status).toBe(200);
    for (let i = 0; i < LIMIT + 2; i += 1) {
      expect((await raw(ADMIN)).status).toBe(200);
      expect((await raw({})).status).toBe(200);
    }
  });

  it('starts counting again in the next window', async () => {
    const partner = await partnerKey('patient-shop');
    for (let i = 0; i < LIMIT; i += 1) await raw(partner);
    const refused = await raw(partner);
    expect(refused.status).toBe(429);
    clock.advance(Number(refused.retryAfter) * 1000);
    expect((await raw(partner)).status).toBe(200);
  });
});
