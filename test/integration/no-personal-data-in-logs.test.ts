import { systemClock } from '../../functions/core/clock';
import type { LocalStack } from '../../local/stack';
import { freePort } from '../../local/preflight';
import {
  act,
  allSent,
  COMPLAINANT_MUTATIONS,
  configure,
  errorCode,
  gql,
  notices,
  ok,
  SHA256,
  track,
  waitForComplaint,
  type Person,
  type Submitted,
  type TrackingView,
} from '../harness/lifecycle';
import { captureOutput, logLines } from '../harness/captured-output';
import { asStaff, graphql, mailTo, post, startTestStack, SUBMIT, TRACK, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Everything the process prints while a complaint goes from submission to feedback,
 * with bad inputs and a failed email on the way, is captured: stdout, stderr and every
 * console method, for the whole file. None of the personal data sent may appear in it.
 */

// Distinctive values: none of them can appear by chance.
const PERSONAL = {
  name: '张三丰',
  email: `zhang.sanfeng.unique.${process.pid}@example.com`,
  phone: '+86 139 1234 5678',
  postalAddress: '湖北省十堰市武当山紫霄宫八号院三单元',
  respondentName: '玄武湖独特贸易有限公司',
  respondentAddress: '南京市玄武区独特路七十七号',
  facts: '快递包裹 ZSF-FACT-4471 在武当山驿站被拆开, 里面的太极剑不见了',
  remedyRequested: 'Refund ZSF-REMEDY-9923 and an apology from the courier',
  product: 'ZSF-PRODUCT-Taiji-Sword',
  region: '武当山特区',
  note: 'ZSF-NOTE: the courier 宋远桥 admitted opening it',
  evidence: 'ZSF-EVIDENCE: photo of the torn parcel at 紫霄宫',
  reply: 'ZSF-REPLY: we have asked 玄武湖独特贸易 for the dispatch record',
  question: 'ZSF-QUESTION: what is the tracking number on your receipt?',
  answer: 'ZSF-ANSWER: SF1234567890-WUDANG, signed by 俞莲舟',
  escalation: 'ZSF-ESCALATE: complainant 张三丰 called three times',
  reasons: 'ZSF-REASONS: the seal was broken at the 武当山 station',
  remedyDetails: 'ZSF-REMEDY-DETAILS: 888 yuan refunded to 张三丰',
  followUp: 'ZSF-FOLLOWUP: the 武当山 station now seals parcels on camera',
  comment: 'ZSF-COMMENT: 谢谢, 张三丰 is satisfied',
  failedEmail: `zhang.sanfeng.failed.${process.pid}@example.com`,
  invalidEmail: 'zhang.sanfeng.invalid-张三丰@@example',
  phoneAsNumber: 8613912345678,
  handlerName: '殷梨亭',
  handlerEmail: `yin.liting.unique.${process.pid}@staff.example.org`,
  supervisorName: '张翠山',
  supervisorEmail: `zhang.cuishan.unique.${process.pid}@staff.example.org`,
} as const;

const handler: Person = { id: 'wudang-yin', name: PERSONAL.handlerName, email: PERSONAL.handlerEmail };
const supervisor: Person = { id: 'wudang-zhang', name: PERSONAL.supervisorName, email: PERSONAL.supervisorEmail };

/** Each value as it might be printed: as is, inside JSON, with \u escapes, URL-encoded; phone numbers also as bare digits. */
function forms(value: string | number): string[] {
  const text = String(value);
  const escaped = text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const digits = text.replace(/\D/g, '');
  return [...new Set([text, JSON.stringify(text).slice(1, -1), escaped, encodeURIComponent(text), ...(digits.length >= 7 && /^[+\d\s-]+$/.test(text) ? [digits, digits.slice(-11)] : [])])];
}

let captured: string[] = [];
let restore: () => void;
/** Secrets handed back to the complainant: they must not be printed either. */
const accessCodes: string[] = [];

beforeAll(() => ({ chunks: captured, restore } = captureOutput()));
afterAll(() => restore());

describe('a complaint from submission to feedback, with bad inputs on the way', () => {
  let stack: LocalStack;
  let s: Submitted;

  beforeAll(async () => {
    stack = await startTestStack();
    await configure(stack, {
      staff: [handler, supervisor],
      teams: [{ id: 'wudang', name: 'Wudang parcels', memberIds: [handler.id], supervisorId: supervisor.id }],
      routingRules: [{ category: 'Parcel delivery', teamId: 'wudang' }],
      managerId: supervisor.id,
    });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('refuses bad inputs that carry the personal data', async () => {
    const input = { ...personalSubmission(), complainant: { ...personalSubmission().complainant, email: PERSONAL.invalidEmail } };
    expect(errorCode(await graphql(stack, SUBMIT, { input }))).toBe('BAD_USER_INPUT');

    const asNumber = { ...personalSubmission(), complainant: { ...personalSubmission().complainant, phone: PERSONAL.phoneAsNumber } };
    expect(errorCode(await graphql(stack, SUBMIT, { input: asNumber }))).toBe('BAD_USER_INPUT');

    const nameAsChannel = { ...personalSubmission(), channel: PERSONAL.name };
    expect(errorCode(await graphql(stack, SUBMIT, { input: nameAsChannel }))).toBe('BAD_USER_INPUT');

    const longName = { ...personalSubmission(), complainant: { ...personalSubmission().complainant, name: PERSONAL.name.repeat(70) } };
    expect(errorCode(await graphql(stack, SUBMIT, { input: longName }))).toBe('BAD_USER_INPUT');

    const factsAsObject = { ...personalSubmission(), facts: { text: PERSONAL.facts } };
    expect(errorCode(await graphql(stack, SUBMIT, { input: factsAsObject }))).toBe('BAD_USER_INPUT');

    const emailAsLiteral = `{ complaints(first: "${PERSONAL.email}") { pageInfo { hasNextPage } } }`;
    expect(errorCode(await graphql(stack, emailAsLiteral))).toBe('GRAPHQL_VALIDATION_FAILED');

    const unparsable = `mutation { submitComplaint(input: { complainant: { name: "${PERSONAL.name}", phone: ${PERSONAL.phone} } `;
    expect(errorCode(await graphql(stack, unparsable))).toBe('GRAPHQL_PARSE_FAILED');

    expect(errorCode(await post(stack, `{"query": "${SUBMIT}", "variables": {"input": {"facts": "${PERSONAL.facts}"`))).toBe('BAD_REQUEST');
    expect(errorCode(await graphql(stack, TRACK, { reference: PERSONAL.email, accessCode: PERSONAL.phone }))).toBe('NOT_FOUND');
    expect(errorCode(await graphql(stack, SUBMIT, { input: personalSubmission() }, { authorization: `Bearer ${PERSONAL.email}` }))).toBe('UNAUTHENTICATED');
  });

  it('takes the complaint in and acknowledges it', async () => {
    const input = personalSubmission();
    const out = await ok<{ reference: string; accessCode: string; complaint: { id: string } }>(graphql(stack, SUBMIT, { input }));
    s = { id: out.complaint.id, reference: out.reference, accessCode: out.accessCode, email: PERSONAL.email, input };
    accessCodes.push(out.accessCode);
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    expect(await mailTo(stack, PERSONAL.email)).toHaveLength(1);
  });

  it('is accepted, investigated with notes, evidence, a public reply, an escalation and a request for information', async () => {
    const accepted = await act(stack, supervisor.id, 'accept', s.id);
    expect(accepted.handler?.id).toBe(handler.id);
    await act(stack, handler.id, 'startInvestigation', s.id);
    await act(stack, handler.id, 'addInternalNote', s.id, { text: PERSONAL.note });
    await act(stack, handler.id, 'addEvidence', s.id, { evidence: { description: PERSONAL.evidence, source: PERSONAL.name, contentHash: SHA256, fileReference: `evidence/${PERSONAL.email}` } });
    await act(stack, handler.id, 'sendPublicReply', s.id, { message: PERSONAL.reply });
    await act(stack, handler.id, 'escalate', s.id, { reason: PERSONAL.escalation });

    // A stale version and an oversized note, both carrying personal data, change nothing.
    const stale = await gql(stack, 'mutation($id: ID!, $q: String!) { requestInformation(id: $id, expectedVersion: 1, question: $q) { version } }', { id: s.id, q: PERSONAL.question }, handler.id);
    expect(errorCode(stale)).toBe('CONFLICT');
    const { version } = await ok<{ version: number }>(gql(stack, 'query($id: ID!) { complaint(id: $id) { version } }', { id: s.id }, handler.id));
    const tooLong = await gql(stack, 'mutation($id: ID!, $v: Int!, $t: String!) { addInternalNote(id: $id, expectedVersion: $v, text: $t) { version } }', { id: s.id, v: version, t: `${PERSONAL.note} `.repeat(200) }, handler.id);
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');

    const waiting = await act(stack, handler.id, 'requestInformation', s.id, { question: PERSONAL.question });
    expect(waiting.status).toBe('AWAITING_COMPLAINANT');
    await waitForComplaint(stack, s.id, 'the question to be emailed', (c) => allSent(c) && notices(c, 'INFORMATION_REQUESTED').length === 1);
  });

  it('takes the answer from the complainant, and refuses one without the access code', async () => {
    const wrong = await gql(stack, COMPLAINANT_MUTATIONS.answer, { reference: s.reference, accessCode: 'AAAAA-AAAAA', answer: PERSONAL.answer });
    expect(errorCode(wrong)).toBe('NOT_FOUND');
    const seen = await ok<TrackingView>(gql(stack, COMPLAINANT_MUTATIONS.answer, { reference: s.reference, accessCode: s.accessCode, answer: PERSONAL.answer }));
    expect(seen.status).toBe('INVESTIGATING');
  });

  it('is resolved, and the complainant gives feedback', async () => {
    const resolved = await act(stack, handler.id, 'resolve', s.id, {
      response: { outcome: 'UPHELD', reasons: PERSONAL.reasons, remedies: ['REFUND', 'COMPENSATION'], remedyDetails: PERSONAL.remedyDetails, followUpMeasures: PERSONAL.followUp, rootCause: 'DELIVERY' },
    });
    expect(resolved.status).toBe('RESOLVED');
    await waitForComplaint(stack, s.id, 'the feedback survey', (c) => c.status === 'FEEDBACK_PENDING' && allSent(c));
    const seen = await ok<TrackingView>(gql(stack, COMPLAINANT_MUTATIONS.feedback, { reference: s.reference, accessCode: s.accessCode, feedback: { rating: 5, resolved: true, comment: PERSONAL.comment } }));
    expect(seen.status).toBe('CLOSED');
    expect((await track(stack, s)).feedback).toMatchObject({ comment: PERSONAL.comment });
    await waitForComplaint(stack, s.id, 'the closing email', (c) => allSent(c) && notices(c, 'CLOSED').length === 1);
  });
});

describe('an acknowledgement that cannot be sent', () => {
  it('fails every attempt without printing the address or anything else it carries', async () => {
    const nobodyListens = `http://127.0.0.1:${await freePort()}`;
    // A clock makes the stack build its handlers afresh with this stack's SES endpoint.
    const broken = await startTestStack({ sesEndpointOverride: nobodyListens, retryIntervalMs: 5, clock: systemClock });
    try {
      const input = personalSubmission({ email: PERSONAL.failedEmail });
      const out = await ok<{ accessCode: string; complaint: { id: string } }>(graphql(broken, SUBMIT, { input }));
      accessCodes.push(out.accessCode);
      await waitFor(
        'every attempt to fail',
        async () => {
          const c = (await graphql(broken, '{ complaints(first: 5) { edges { node { id notifications { state attempts } } } } }', {}, asStaff('wudang-admin'))).data?.complaints.edges[0]?.node;
          // The workflow definition allows 10 retries after the first attempt (see failed-send.test.ts).
          return c?.notifications[0]?.state === 'FAILED' && c.notifications[0].attempts === 11;
        },
        60_000,
      );
    } finally {
      await broken.stop();
    }
    // A stack start and up to a minute of failing sends.
  }, 120_000);
});

/** Powertools' own keys, then the allowed fields (functions/core/logger.ts) and the correlation id. */
const LOG_KEYS = new Set([
  ...['level', 'message', 'timestamp', 'service', 'sampling_rate', 'cold_start', 'function_arn', 'function_memory_size', 'function_name', 'function_request_id', 'xray_trace_id'],
  ...['complaintId', 'errorName', 'code', 'count', 'ms', 'state', 'messageId', 'correlationId'],
]);

describe('what the process printed', () => {
  it('was captured: the product logged its events as Powertools JSON lines', () => {
    const lines = logLines(captured);
    expect(lines.filter((l) => l.message === 'notification.send_failed')).toHaveLength(11);
    expect(lines.some((l) => l.message === 'workflow.step')).toBe(true);
    expect(lines.filter((l) => l.message === 'notification.sent').every((l) => typeof l.messageId === 'string' && typeof l.correlationId === 'string')).toBe(true);
    expect(lines.filter((l) => l.message === 'notification.sent').length).toBeGreaterThanOrEqual(4);
    expect(lines.every((l) => typeof l.level === 'string' && typeof l.timestamp === 'string')).toBe(true);
  });

  it('has no key on any log line beyond Powertools\' own, the allowed fields and the correlation id', () => {
    const extra = logLines(captured).flatMap((l) => Object.keys(l).filter((key) => !LOG_KEYS.has(key)).map((key) => `${String(l.message)}: ${key}`));
    expect(extra).toEqual([]);
  });

  it('contains none of the personal data, nor the access codes', () => {
    const text = captured.join('\n');
    const values = [...Object.values(PERSONAL), ...accessCodes];
    const found = values.flatMap((value) => forms(value).filter((form) => text.includes(form)).map((form) => ({ value, form, line: captured.find((l) => l.includes(form))!.slice(0, 300) })));
    expect(found).toEqual([]);
  });
});

function personalSubmission(overrides: { email?: string } = {}) {
  return sampleSubmission({
    channel: 'WEB',
    complainant: { name: PERSONAL.name, email: overrides.email ?? PERSONAL.email, phone: PERSONAL.phone, postalAddress: PERSONAL.postalAddress, preferredLanguage: 'ZH_CN' },
    respondent: { name: PERSONAL.respondentName, address: PERSONAL.respondentAddress },
    category: 'Parcel delivery',
    product: PERSONAL.product,
    facts: PERSONAL.facts,
    remedyRequested: PERSONAL.remedyRequested,
    region: PERSONAL.region,
  });
}
