import type { LocalStack } from '../../local/stack';
import { toApiGatewayEvent, lambdaContext } from '../../local/api-gateway';
import { graphql, mailTo, RECORD, startTestStack, SUBMIT, TRACK, waitFor, ADMIN } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';
import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

async function submit(overrides: Parameters<typeof sampleSubmission>[0] = {}) {
  const input = sampleSubmission(overrides);
  const res = await graphql(stack, SUBMIT, { input });
  expect(res.errors).toBeUndefined();
  return { input, ...(res.data!.submitComplaint as { reference: string; accessCode: string; complaint: { id: string; receivedAt: string } }) };
}

describe('submitting a complaint through the local HTTP endpoint', () => {
  it('returns a reference and an access code, and stores the complaint as received', async () => {
    const { reference, accessCode, complaint, input } = await submit();
    expect(reference).toMatch(/^CP-\d{8}-[0-9A-Z]{6}$/);
    expect(accessCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const stored = await graphql(stack, RECORD, { id: complaint.id }, ADMIN);
    expect(stored.data!.complaint).toMatchObject({
      reference,
      status: 'RECEIVED',
      complainant: { name: input.complainant.name, email: input.complainant.email, phone: input.complainant.phone, preferredLanguage: 'ZH_CN' },
      respondent: { name: input.respondent.name, address: input.respondent.address },
      clocks: expect.arrayContaining([{ id: 'CN_ACCEPTANCE', dueAt: expect.any(String), state: 'ON_TRACK' }]),
    });
    expect(stored.data!.complaint.history[0]).toMatchObject({ action: 'COMPLAINT_RECEIVED', actor: { kind: 'COMPLAINANT' } });
  });

  it('emails the acknowledgement through SES in the complainant\'s language and records it as sent', async () => {
    const { reference, complaint, input } = await submit();
    const [mail] = await waitFor('the acknowledgement', async () => {
      const mails = await mailTo(stack, input.complainant.email!);
      return mails.length ? mails : undefined;
    });
    expect(mail.subject).toBe(`我们已收到您的投诉（编号 ${reference}）`);
    expect(mail.body.text).toContain('7 个工作日内');
    expect(mail.body.text).toContain(stack.urls.api);
    const record = await waitFor('the notification to be recorded', async () => {
      const r = await graphql(stack, RECORD, { id: complaint.id }, ADMIN);
      return r.data!.complaint.notifications[0].state === 'SENT' ? r.data!.complaint : undefined;
    });
    expect(record.notifications).toEqual([{ kind: 'ACKNOWLEDGEMENT', recipient: 'COMPLAINANT', state: 'SENT', attempts: 1 }]);
    // Delivery is recorded on the notification; it is not a change of the complaint.
    expect(record.history.map((h: { action: string }) => h.action)).toEqual(['COMPLAINT_RECEIVED']);
    expect(record.version).toBe(1);
  });

  it('emails in English when the complainant prefers English', async () => {
    const { reference, input } = await submit({ complainant: { ...sampleSubmission().complainant, preferredLanguage: 'EN' } });
    const [mail] = await waitFor('the acknowledgement', async () => {
      const mails = await mailTo(stack, input.complainant.email!);
      return mails.length ? mails : undefined;
    });
    expect(mail.subject).toBe(`We have received your complaint (reference ${reference})`);
  });

  it('lets the complainant track the complaint with the reference and access code, showing no personal data', async () => {
    const { reference, accessCode, input } = await submit();
    const res = await graphql(stack, TRACK, { reference: reference.toLowerCase(), accessCode });
    // The statutory deadline concerns the complainant; the organization's SLA targets are its own.
    expect(res.data!.trackComplaint).toMatchObject({ reference, status: 'RECEIVED', clocks: [{ id: 'CN_ACCEPTANCE', state: 'ON_TRACK' }] });
    expect(res.data!.trackComplaint.timeline[0].action).toBe('COMPLAINT_RECEIVED');
    expect(res.raw).not.toContain(input.complainant.name);
  });

  it('finds a complaint by its reference', async () => {
    const { reference, complaint } = await submit();
    const res = await graphql(stack, 'query($r: String!) { complaintByReference(reference: $r) { id } }', { r: reference }, ADMIN);
    expect(res.data!.complaintByReference).toEqual({ id: complaint.id });
  });

  it('answers null for an unknown id or reference', async () => {
    const res = await graphql(stack, '{ complaint(id: "nope") { id } complaintByReference(reference: "CP-20200101-AAAAAA") { id } }', {}, ADMIN);
    expect(res.data).toEqual({ complaint: null, complaintByReference: null });
  });

  it('serves the exported Lambda handler itself, given an API Gateway event', async () => {
    const req = new IncomingMessage(new Socket());
    Object.assign(req, { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', host: 'local' }, httpVersion: '1.1' });
    const event = toApiGatewayEvent(req, Buffer.from(JSON.stringify({ query: SUBMIT, variables: { input: sampleSubmission() } })), 'ANY /graphql');
    const result = (await stack.graphqlHandler(event, lambdaContext('graphql'))) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body).data.submitComplaint.reference).toMatch(/^CP-/);
  });
});

describe('listing complaints', () => {
  const category = `Listing ${Date.now()}`;
  let submitted: Array<{ id: string; receivedAt: string }>;

  beforeAll(async () => {
    submitted = [];
    for (const channel of ['WEB', 'PHONE', 'EMAIL', 'WEB', 'PHONE'] as const) submitted.push((await submit({ channel, category })).complaint);
  });

  const LIST = `query List($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id channel category } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('pages through a category newest first with cursors', async () => {
    const first = await graphql(stack, LIST, { filter: { category: category.toUpperCase() }, first: 2 }, ADMIN);
    const second = await graphql(stack, LIST, { filter: { category }, first: 2, after: first.data!.complaints.pageInfo.endCursor }, ADMIN);
    const third = await graphql(stack, LIST, { filter: { category }, first: 2, after: second.data!.complaints.pageInfo.endCursor }, ADMIN);
    const ids = [first, second, third].flatMap((r) => r.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(ids).toEqual(submitted.map((c) => c.id).reverse());
    expect([first, second, third].map((r) => r.data!.complaints.pageInfo.hasNextPage)).toEqual([true, true, false]);
  });

  it('combines a category with a channel', async () => {
    const res = await graphql(stack, LIST, { filter: { category, channel: 'PHONE' }, first: 10 }, ADMIN);
    expect(res.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([submitted[4].id, submitted[1].id]);
  });

  it('filters by status and received-date range', async () => {
    const from = submitted[1].receivedAt;
    const to = submitted[3].receivedAt;
    const res = await graphql(stack, LIST, { filter: { category, status: 'RECEIVED', receivedFrom: from, receivedTo: to }, first: 10 }, ADMIN);
    expect(res.data!.complaints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([submitted[2].id, submitted[1].id]);
  });

  it('refuses a page size over 100 and a cursor it did not make', async () => {
    const big = await graphql(stack, LIST, { first: 101 }, ADMIN);
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const bad = await graphql(stack, LIST, { first: 1, after: 'not-a-cursor' }, ADMIN);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
