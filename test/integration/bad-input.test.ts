import type { LocalStack } from '../../local/stack';
import { MAX_BODY_BYTES } from '../../functions/graphql/lambda-handler';
import { asStaff, graphql, inbox, mailTo, post, startTestStack, SUBMIT, TRACK, waitFor, ADMIN } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

let stack: LocalStack;
let logs: string[];
const spies: jest.SpyInstance[] = [];

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

beforeEach(() => {
  logs = [];
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' '))));
  }
});
afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

const COUNT = '{ complaints(first: 100) { edges { node { id } } } }';
const stored = async () => (await graphql(stack, COUNT, {}, ADMIN)).data!.complaints.edges.length;

/** Sends a bad request and checks what every bad request must satisfy: the code, the field, nothing written, no personal data anywhere. */
async function refused(send: () => Promise<{ status: number; raw: string; errors?: Array<{ extensions?: { code?: string; field?: string } }> }>, code: string, field: string | undefined, personal: string[] = []) {
  const [before, mailsBefore] = [await stored(), (await inbox(stack)).length];
  const res = await send();
  expect(res.errors?.[0].extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
  await new Promise((r) => setTimeout(r, 100));
  expect(await stored()).toBe(before);
  expect((await inbox(stack)).length).toBe(mailsBefore);
  for (const value of personal) {
    expect(res.raw).not.toContain(value);
    expect(logs.join('\n')).not.toContain(value);
  }
  return res;
}

describe('bad input is refused with a stable code and the field, nothing is written, and no personal data is echoed', () => {
  it('a missing required field', async () => {
    const input = sampleSubmission();
    const { facts: _omitted, ...withoutFacts } = input;
    await refused(() => graphql(stack, SUBMIT, { input: withoutFacts }), 'BAD_USER_INPUT', 'input.facts', [input.complainant.name, input.complainant.email!]);
  });

  it('an invalid email address', async () => {
    const input = sampleSubmission();
    input.complainant.email = 'wang.xiaoming.at.example.com';
    await refused(() => graphql(stack, SUBMIT, { input }), 'BAD_USER_INPUT', 'input.complainant.email', ['wang.xiaoming', input.complainant.name]);
  });

  it('an invalid phone number', async () => {
    const input = sampleSubmission();
    input.complainant.phone = '138-abc';
    await refused(() => graphql(stack, SUBMIT, { input }), 'BAD_USER_INPUT', 'input.complainant.phone', ['138-abc']);
  });

  it('a phone number sent as a number instead of a string', async () => {
    const input = { ...sampleSubmission(), complainant: { ...sampleSubmission().complainant, phone: 13800138000 } };
    await refused(() => graphql(stack, SUBMIT, { input }), 'BAD_USER_INPUT', 'input.complainant.phone', ['13800138000']);
  });

  it('an unknown enum value', async () => {
    const input = { ...sampleSubmission(), channel: 'CARRIER_PIGEON' };
    await refused(() => graphql(stack, SUBMIT, { input }), 'BAD_USER_INPUT', 'input.channel', ['CARRIER_PIGEON']);
  });

  it('facts over the documented limit of 5,000 characters', async () => {
    const input = sampleSubmission({ facts: '我'.repeat(5001) });
    const res = await refused(() => graphql(stack, SUBMIT, { input }), 'BAD_USER_INPUT', 'input.facts');
    expect(res.errors![0]).toMatchObject({ message: 'input.facts: must be at most 5000 characters' });
  });

  it('malformed JSON', async () => {
    const res = await refused(() => post(stack, '{"query": "mutation { submitComplaint(', 'application/json'), 'BAD_REQUEST', undefined);
    expect(res.status).toBe(400);
  });

  it('a body over the size limit', async () => {
    const res = await refused(() => post(stack, JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(MAX_BODY_BYTES) })), 'PAYLOAD_TOO_LARGE', undefined);
    expect(res.status).toBe(413);
  });

  it('a wrong access code, answered as if the reference did not exist', async () => {
    const input = sampleSubmission();
    const { reference } = (await graphql(stack, SUBMIT, { input })).data!.submitComplaint;
    // Its acknowledgement must arrive before the refused request is checked for writes.
    await waitFor('the acknowledgement', async () => (await mailTo(stack, input.complainant.email!)).length > 0);
    const wrong = await refused(() => graphql(stack, TRACK, { reference, accessCode: 'AAAAA-AAAAA' }), 'NOT_FOUND', 'accessCode', [input.complainant.name]);
    const unknown = await graphql(stack, TRACK, { reference: 'CP-20200101-AAAAAA', accessCode: 'AAAAA-AAAAA' });
    expect(unknown.errors![0]).toEqual(wrong.errors![0]);
  });

  it('a query that does not parse', async () => {
    await refused(() => graphql(stack, 'mutation { submitComplaint('), 'GRAPHQL_PARSE_FAILED', undefined);
  });

  it('an inline argument of the wrong type', async () => {
    await refused(() => graphql(stack, '{ complaints(first: "13800138000") { pageInfo { hasNextPage } } }', {}, ADMIN), 'GRAPHQL_VALIDATION_FAILED', undefined, ['13800138000']);
  });

  it('a batch of operations', async () => {
    const res = await post(stack, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });
});

describe('bad input to the lifecycle steps is refused with the field, and the complaint does not change', () => {
  let id: string;
  let reference: string;
  let accessCode: string;
  let input: ReturnType<typeof sampleSubmission>;

  beforeAll(async () => {
    input = sampleSubmission();
    const res = await graphql(stack, SUBMIT, { input });
    ({ reference, accessCode } = res.data!.submitComplaint);
    id = res.data!.submitComplaint.complaint.id;
    await waitFor('the acknowledgement', async () => (await mailTo(stack, input.complainant.email!)).length > 0);
  });

  const VERSION = 'query($id: ID!) { complaint(id: $id) { version history { action } } }';
  const staff = (query: string, variables: Record<string, unknown>) => graphql(stack, query, { id, ...variables }, asStaff('h1'));

  async function unchanged(send: () => Promise<{ errors?: Array<{ extensions?: { code?: string; field?: string } }> }>, code: string, field?: string) {
    const before = (await graphql(stack, VERSION, { id }, ADMIN)).data!.complaint;
    const res = await send();
    expect(res.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
    expect((await graphql(stack, VERSION, { id }, ADMIN)).data!.complaint).toEqual(before);
  }

  it('a final response without follow-up measures or reasons', async () => {
    await unchanged(
      () =>
        staff('mutation($id: ID!) { resolveComplaint(id: $id, expectedVersion: 1, response: { outcome: UPHELD, reasons: " ", remedies: [REFUND], followUpMeasures: "", rootCause: BILLING }) { version } }', {}),
      'BAD_USER_INPUT',
      'response.reasons',
    );
  });

  it('an internal note over 5,000 characters', async () => {
    await unchanged(() => staff('mutation($id: ID!, $t: String!) { addInternalNote(id: $id, expectedVersion: 1, text: $t) { version } }', { t: 'x'.repeat(5001) }), 'BAD_USER_INPUT', 'text');
  });

  it('evidence whose content hash is not SHA-256', async () => {
    await unchanged(
      () => staff('mutation($id: ID!) { addEvidence(id: $id, expectedVersion: 1, evidence: { description: "Photo", source: "Complainant", contentHash: "abc" }) { version } }', {}),
      'BAD_USER_INPUT',
      'evidence.contentHash',
    );
  });

  it('an unknown rejection reason', async () => {
    await unchanged(() => staff('mutation($id: ID!, $r: RejectionReason!) { rejectComplaint(id: $id, expectedVersion: 1, reason: $r, explanation: "x") { version } }', { r: 'BORING' }), 'BAD_USER_INPUT', 'r');
  });

  it('a stale version', async () => {
    await unchanged(() => staff('mutation($id: ID!) { startInvestigation(id: $id, expectedVersion: 7) { version } }', {}), 'CONFLICT');
  });

  it('a step the status does not allow', async () => {
    await unchanged(() => staff('mutation($id: ID!) { startInvestigation(id: $id, expectedVersion: 1) { version } }', {}), 'INVALID_TRANSITION');
  });

  it('a staff step without the staff header', async () => {
    await unchanged(() => graphql(stack, 'mutation($id: ID!) { acceptComplaint(id: $id, expectedVersion: 1) { version } }', { id }), 'UNAUTHENTICATED');
  });

  it('a rating outside 1 to 5', async () => {
    await unchanged(
      () => graphql(stack, 'mutation($r: String!, $c: String!) { submitFeedback(reference: $r, accessCode: $c, feedback: { rating: 6, resolved: true }) { status } }', { r: reference, c: accessCode }),
      'BAD_USER_INPUT',
      'feedback.rating',
    );
  });

  it('an answer from someone without the access code', async () => {
    await unchanged(
      () => graphql(stack, 'mutation($r: String!) { answerInformationRequest(reference: $r, accessCode: "AAAAA-AAAAA", answer: "x") { status } }', { r: reference }),
      'NOT_FOUND',
      'accessCode',
    );
  });
});
