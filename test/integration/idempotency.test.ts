import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, mailTo, startTestStack, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/** Idempotent submission through the local HTTP endpoint. */
const RETRIES = 200;
let stack: LocalStack;
const previousLimit = process.env.PARTNER_RATE_LIMIT_PER_MINUTE;
beforeAll(async () => {
  // 200 retries at once from one partner: above the default per-partner limit of 120 a minute.
  process.env.PARTNER_RATE_LIMIT_PER_MINUTE = '1000';
  stack = await startTestStack();
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (previousLimit === undefined) delete process.env.PARTNER_RATE_LIMIT_PER_MINUTE;
  else process.env.PARTNER_RATE_LIMIT_PER_MINUTE = previousLimit;
});

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!, $key: String) {
  submitComplaint(input: $input, idempotencyKey: $key) { reference accessCode complaint { id reference category } }
}`;
const TRACK = 'query($r: String!, $c: String!) { trackComplaint(reference: $r, accessCode: $c) { reference status } }';
const ADMIN = asStaff('admin-1');

async function partnerKey(partnerId: string): Promise<Record<string, string>> {
  const res = await graphql(stack, 'mutation($p: ID!) { createPartnerApiKey(partnerId: $p, name: "idempotency test") { apiKey } }', { p: partnerId }, ADMIN);
  return { 'x-api-key': res.data!.createPartnerApiKey.apiKey };
}

async function complaintsIn(category: string): Promise<string[]> {
  const res = await graphql(stack, 'query($c: String!) { complaints(filter: { category: $c }, first: 100) { edges { node { id } } } }', { c: category }, ADMIN);
  return res.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe('submitting with an idempotency key', () => {
  it(`stores ${RETRIES} concurrent retries of one submission with one partner key as one complaint, acknowledged once, all answered alike`, async () => {
    const partner = await partnerKey('retry-shop');
    const category = `Idempotent ${Date.now()}`;
    const input = sampleSubmission({ channel: 'PARTNER_API', category });
    const answers = await Promise.all(Array.from({ length: RETRIES }, () => graphql(stack, SUBMIT, { input, key: 'order-2026-0001' }, partner)));

    const failures = answers.filter((a) => a.errors);
    expect(failures.map((f) => f.raw)).toEqual([]);
    const distinct = new Set(answers.map((a) => JSON.stringify(a.data!.submitComplaint)));
    expect(distinct.size).toBe(1);
    const { reference, accessCode, complaint } = answers[0].data!.submitComplaint;
    expect(complaint.reference).toBe(reference);
    expect(await complaintsIn(category)).toEqual([complaint.id]);

    // The access code works, and the one acknowledgement goes out once.
    expect((await graphql(stack, TRACK, { r: reference, c: accessCode })).data!.trackComplaint).toEqual({ reference, status: 'RECEIVED' });
    await waitFor('the acknowledgement', async () => (await mailTo(stack, input.complainant.email!)).length > 0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailTo(stack, input.complainant.email!)).toHaveLength(1);
  }, 120_000);

  it('keeps a record of organization + caller + key with the input hash, the complaint and a 24-hour TTL', async () => {
    const partner = await partnerKey('record-shop');
    const before = Math.floor(Date.now() / 1000);
    const res = await graphql(stack, SUBMIT, { input: sampleSubmission(), key: 'rec#1' }, partner);
    const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: 'us-east-1' });
    const out = await client.send(new GetItemCommand({ TableName: stack.config.tableName, Key: { PK: { S: 'IDEMPOTENCY#default#partner%3Arecord-shop#rec%231' }, SK: { S: 'IDEMPOTENCY' } } }));
    client.destroy();
    const item = unmarshall(out.Item!);
    expect(item).toMatchObject({ organizationId: 'default', caller: 'partner:record-shop', key: 'rec#1', complaintId: res.data!.submitComplaint.complaint.id, requestHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(item.expiresAt).toBeGreaterThanOrEqual(before + 24 * 3600);
    expect(item.expiresAt).toBeLessThanOrEqual(before + 24 * 3600 + 60);
    expect(JSON.stringify(item)).not.toContain(res.data!.submitComplaint.accessCode);
  });

  it('refuses the same key with a different input with CONFLICT and a clear message, storing nothing', async () => {
    const partner = await partnerKey('conflict-shop');
    const category = `Conflict ${Date.now()}`;
    const first = await graphql(stack, SUBMIT, { input: sampleSubmission({ category }), key: 'k-1' }, partner);
    expect(first.errors).toBeUndefined();
    const other = await graphql(stack, SUBMIT, { input: sampleSubmission({ category, facts: 'A different story.' }), key: 'k-1' }, partner);
    expect(other.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(other.errors![0].message).toMatch(/already used with a different input/);
    expect(await complaintsIn(category)).toHaveLength(1);
  });

  it('keeps callers apart: another partner, a member of staff and a complainant using the same key get their own complaints', async () => {
    const a = await partnerKey('apart-a');
    const b = await partnerKey('apart-b');
    const input = sampleSubmission({ category: `Apart ${Date.now()}` });
    const answers = await Promise.all([a, b, asStaff('handler-1', 'HANDLER'), {}].map((headers) => graphql(stack, SUBMIT, { input, key: 'same-key' }, headers)));
    expect(answers.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((r) => r.data!.submitComplaint.complaint.id)).size).toBe(4);
    expect(new Set(answers.map((r) => r.data!.submitComplaint.accessCode)).size).toBe(4);
    // And each caller's retry finds its own.
    const again = await graphql(stack, SUBMIT, { input, key: 'same-key' }, asStaff('handler-1', 'HANDLER'));
    expect(again.data!.submitComplaint).toEqual(answers[2].data!.submitComplaint);
  });

  it('draws a random access code without a key', async () => {
    const input = sampleSubmission();
    const [a, b] = await Promise.all([graphql(stack, SUBMIT, { input }), graphql(stack, SUBMIT, { input })]);
    expect(a.data!.submitComplaint.complaint.id).not.toBe(b.data!.submitComplaint.complaint.id);
    expect(a.data!.submitComplaint.accessCode).not.toBe(b.data!.submitComplaint.accessCode);
  });

  it('refuses an empty key or one over 100 characters with BAD_USER_INPUT on idempotencyKey', async () => {
    for (const key of ['', 'k'.repeat(101)]) {
      const res = await graphql(stack, SUBMIT, { input: sampleSubmission(), key });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    }
  });
});
