import MailComposer from 'nodemailer/lib/mail-composer';
import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { errorCode, gql, ok, submit, type Submitted } from '../harness/lifecycle';
import { ADMIN, graphql, startTestStack, waitFor } from '../harness/local-stack';

const FORECLOSURE =
  'My mortgage servicer started foreclosure while my loan modification application was still under review. ' +
  'I sent every document they asked for twice and they keep losing the escrow statements. We may lose our home next month. This is outrageous.';

const FIELDS = `id category product priority version triageSuggestions { kind value confidence source status correctedTo } history { action actor { kind id } }`;
const READ = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!, $kind: TriageKind!, $value: String!) { acceptTriageSuggestion(id: $id, expectedVersion: $v, kind: $kind, value: $value) { ${FIELDS} } }`;
const CORRECT = `mutation($id: ID!, $v: Int!, $kind: TriageKind!, $value: String!, $to: String!) {
  correctTriageSuggestion(id: $id, expectedVersion: $v, kind: $kind, value: $value, correctedTo: $to) { ${FIELDS} } }`;

interface Suggestion {
  kind: string;
  value: string;
  confidence: number;
  source: string;
  status: string;
  correctedTo: string | null;
}
interface View {
  id: string;
  category: string;
  product: string | null;
  priority: string;
  version: number;
  triageSuggestions: Suggestion[];
  history: Array<{ action: string; actor: { kind: string; id: string | null } }>;
}

describe('triage suggestions through the local stack', () => {
  const time = new FakeClock('2026-11-30T02:00:00.000Z');
  let stack: LocalStack;
  let complaint: Submitted;
  const read = (id: string) => ok<View>(gql(stack, READ, { id }, 'admin'));

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    complaint = await submit(stack, { channel: 'WEB', category: 'Housing', facts: FORECLOSURE });
  });
  afterAll(() => stack?.stop());

  it('shows a new complaint its suggestions, each with a confidence, and leaves its own fields as submitted', async () => {
    const c = await read(complaint.id);
    const byKind = (kind: string) => c.triageSuggestions.filter((s) => s.kind === kind).map((s) => s.value);
    expect(byKind('CATEGORY')).toEqual(['Mortgage']);
    expect(byKind('PRIORITY')).toEqual(['URGENT']);
    expect(byKind('SENTIMENT')).toEqual(['NEGATIVE']);
    expect(byKind('URGENT_SIGNAL')).toContain('HOUSING_LOSS');
    for (const s of c.triageSuggestions) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.status).toBe('OPEN');
    }
    expect([c.category, c.priority, c.version]).toEqual(['Housing', 'NORMAL', 1]);
  });

  it('records accepting one suggestion and correcting another in the history, the complaint unchanged', async () => {
    const before = await read(complaint.id);
    const accepted = await ok<View>(gql(stack, ACCEPT, { id: complaint.id, v: before.version, kind: 'CATEGORY', value: 'Mortgage' }, 'admin'));
    const corrected = await ok<View>(gql(stack, CORRECT, { id: complaint.id, v: accepted.version, kind: 'SENTIMENT', value: 'NEGATIVE', to: 'NEUTRAL' }, 'admin'));
    expect(corrected.triageSuggestions.find((s) => s.kind === 'CATEGORY')).toMatchObject({ value: 'Mortgage', status: 'ACCEPTED', correctedTo: null });
    expect(corrected.triageSuggestions.find((s) => s.kind === 'SENTIMENT')).toMatchObject({ value: 'NEGATIVE', status: 'CORRECTED', correctedTo: 'NEUTRAL' });
    expect(corrected.history.slice(-2)).toEqual([
      { action: 'TRIAGE_ACCEPTED', actor: { kind: 'STAFF', id: expect.any(String) } },
      { action: 'TRIAGE_CORRECTED', actor: { kind: 'STAFF', id: expect.any(String) } },
    ]);
    expect([corrected.category, corrected.priority, corrected.version]).toEqual(['Housing', 'NORMAL', before.version + 2]);
  });

  it('refuses to review a suggestion twice, or one the complaint does not have', async () => {
    const c = await read(complaint.id);
    expect(errorCode(await gql(stack, ACCEPT, { id: complaint.id, v: c.version, kind: 'CATEGORY', value: 'Mortgage' }, 'admin'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(stack, ACCEPT, { id: complaint.id, v: c.version, kind: 'CATEGORY', value: 'Student loan' }, 'admin'))).toBe('BAD_USER_INPUT');
  });

  it('suggests for a complaint that arrives by email too', async () => {
    const sender = `triage-${process.pid}@example.com`;
    const raw = await new MailComposer({ from: sender, to: stack.config.inboundAddress!, subject: '房贷投诉', text: '银行突然说要收房，房子马上被法拍，我们一家要无家可归了。' }).compile().build();
    await stack.receiveEmail({ raw, envelope: { from: sender, to: [stack.config.inboundAddress!] }, receivedAt: time.now().toISOString(), verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS', spam: 'PASS', virus: 'PASS' } });
    const id = await waitFor('the complaint made from the email', async () => {
      const listed = await graphql<{ inboundEmails: { nodes: Array<{ from: string | null; complaint: { id: string } | null }> } }>(stack, '{ inboundEmails(first: 100) { nodes { from complaint { id } } } }', {}, ADMIN);
      return listed.data?.inboundEmails.nodes.find((n) => n.from === sender)?.complaint?.id;
    });
    const c = await read(id);
    expect(c.triageSuggestions.filter((s) => s.kind !== 'SENTIMENT').map((s) => [s.kind, s.value])).toEqual([
      ['PRIORITY', 'URGENT'],
      ['URGENT_SIGNAL', 'HOUSING_LOSS'],
    ]);
  });
});
