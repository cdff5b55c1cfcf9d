import type { LocalStack } from '../../../local/stack';
import { FakeClock } from '../../harness/fake-clock';
import {
  act,
  actions,
  allSent,
  complaint,
  COMPLAINANT_MUTATIONS,
  configure,
  gql,
  mailAbout,
  notices,
  ok,
  person,
  SHA256,
  submit,
  track,
  waitForComplaint,
  type Submitted,
  type TrackingView,
} from '../../harness/lifecycle';
import { startTestStack, workflowsCaughtUp } from '../../harness/local-stack';

// Case 2 of the source document: an online shop sells a kettle whose base cracks.
// Monday 30 Nov 2026, 10:00 in Shanghai.
const RECEIVED = '2026-11-30T02:00:00.000Z';

const handlerWu = person('ec-wu', '吴芳');
const handlerZheng = person('ec-zheng', '郑浩');
const supervisor = person('ec-sup', '冯静');
const manager = person('ec-mgr', '陈刚');

const HANDLER_QUEUE = `query($handlerId: ID!) { handlerQueue(handlerId: $handlerId, first: 100) { edges { node { id status } } } }`;

async function queueOf(stack: LocalStack, handlerId: string): Promise<string[]> {
  const page = await ok<{ edges: Array<{ node: { id: string } }> }>(gql(stack, HANDLER_QUEUE, { handlerId }, handlerId));
  return page.edges.map((e) => e.node.id);
}

const NOTE = '同一供应商同批次水壶本月已有三起底座开裂投诉,需通知采购部门。';

const time = new FakeClock(RECEIVED);
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ clock: time, waitPollMs: 25 });
  await configure(stack, {
    staff: [handlerWu, handlerZheng, supervisor, manager],
    teams: [{ id: 'ecommerce', name: '电商质量组', memberIds: [handlerWu.id, handlerZheng.id], supervisorId: supervisor.id }],
    routingRules: [{ category: 'Product quality', teamId: 'ecommerce' }],
    managerId: manager.id,
  });
});
afterAll(() => stack?.stop());

describe('an e-commerce quality defect, from complaint to satisfied closure (case 2)', () => {
  let earlier: Submitted;
  let kettle: Submitted;

  beforeAll(async () => {
    // Wu, listed first, already handles an open complaint assigned by hand.
    earlier = await submit(stack, { category: 'Delivery', respondent: { name: '某快递公司' } });
    await act(stack, supervisor.id, 'accept', earlier.id);
    const preloaded = await act(stack, supervisor.id, 'assign', earlier.id, { handlerId: handlerWu.id });
    expect(preloaded.handler?.id).toBe(handlerWu.id);
  });

  it('acknowledges the complaint in Chinese', async () => {
    kettle = await submit(stack, {
      category: 'Product quality',
      respondent: { name: '某网上商城家电旗舰店', address: '杭州市余杭区文一西路 969 号' },
      product: '电热水壶',
      facts: '收到的电热水壶底座开裂，通电后漏电，商家客服拒绝换货。',
      remedyRequested: '更换一台合格的水壶。',
    });
    await waitForComplaint(stack, kettle.id, 'the acknowledgement', allSent);
    const mail = await mailAbout(stack, kettle.reference, kettle.email);
    expect(mail.map((e) => e.subject)).toEqual([`我们已收到您的投诉（编号 ${kettle.reference}）`]);
  });

  it('on acceptance, routes it to the team and gives it to the member with fewer open complaints', async () => {
    time.set('2026-11-30T03:00:00.000Z');
    const accepted = await act(stack, supervisor.id, 'accept', kettle.id, { note: '属于产品质量问题,予以受理。' });
    expect(accepted.status).toBe('ASSIGNED');
    expect(accepted.teamId).toBe('ecommerce');
    expect(accepted.handler).toEqual({ id: handlerZheng.id, name: handlerZheng.name });
    expect(accepted.decision).toMatchObject({ accepted: true, explanation: '属于产品质量问题,予以受理。', at: '2026-11-30T03:00:00.000Z' });
    expect(await queueOf(stack, handlerZheng.id)).toEqual([kettle.id]);
    expect(await queueOf(stack, handlerWu.id)).toEqual([earlier.id]);

    const told = await waitForComplaint(stack, kettle.id, 'the acceptance emails', (c) => allSent(c) && c.notifications.length === 3);
    expect(told.notifications.map((n) => n.kind).sort()).toEqual(['ACCEPTED', 'ACKNOWLEDGEMENT', 'HANDLER_ASSIGNED']);
    const assigned = (await mailAbout(stack, kettle.reference, kettle.email)).find((e) => e.subject.startsWith('您的投诉已有专人负责'))!;
    expect(assigned.body.text).toContain(handlerZheng.name);
    const subjects = new Set((await mailAbout(stack, kettle.reference, kettle.email)).map((e) => e.subject));
    expect([...subjects].sort()).toEqual(
      [`我们已收到您的投诉（编号 ${kettle.reference}）`, `您的投诉已受理（编号 ${kettle.reference}）`, `您的投诉已有专人负责（编号 ${kettle.reference}）`].sort(),
    );
  });

  it('is investigated with evidence and an internal note by its handler', async () => {
    time.set('2026-11-30T06:00:00.000Z');
    const investigating = await act(stack, handlerZheng.id, 'startInvestigation', kettle.id);
    expect(investigating.status).toBe('INVESTIGATING');

    time.set('2026-12-01T02:30:00.000Z');
    const withEvidence = await act(stack, handlerZheng.id, 'addEvidence', kettle.id, {
      evidence: { description: '底座开裂处的照片及漏电检测记录', source: '投诉人提供的照片', contentHash: SHA256, fileReference: 'evidence/kettle-base.jpg' },
    });
    expect(withEvidence.entries.at(-1)).toEqual({
      kind: 'EVIDENCE',
      at: '2026-12-01T02:30:00.000Z',
      author: { kind: 'STAFF', id: handlerZheng.id },
      text: null,
      evidence: { description: '底座开裂处的照片及漏电检测记录', source: '投诉人提供的照片', contentHash: SHA256, fileReference: 'evidence/kettle-base.jpg' },
    });

    const noted = await act(stack, handlerZheng.id, 'addInternalNote', kettle.id, { text: NOTE });
    expect(noted.status).toBe('INVESTIGATING');
    const c = await complaint(stack, kettle.id);
    expect(c.entries.map((e) => [e.kind, e.text])).toEqual([
      ['EVIDENCE', null],
      ['INTERNAL_NOTE', NOTE],
    ]);
  });

  it('keeps the internal note and the evidence off the complainant’s timeline', async () => {
    const seen = await track(stack, kettle);
    expect(seen.status).toBe('INVESTIGATING');
    expect(seen.timeline.map((t) => t.action)).toEqual(['COMPLAINT_RECEIVED', 'ACCEPTED', 'HANDLER_ASSIGNED', 'INVESTIGATION_STARTED']);
    expect(JSON.stringify(seen)).not.toContain('三起');
  });

  it('resolves it upheld with a replacement: the final response and then the feedback survey reach the complainant in Chinese', async () => {
    time.set('2026-12-02T08:00:00.000Z');
    const resolved = await act(stack, handlerZheng.id, 'resolve', kettle.id, {
      response: {
        outcome: 'UPHELD',
        reasons: '经检测,水壶底座存在制造缺陷,商家应予更换。',
        remedies: ['REPLACEMENT'],
        followUpMeasures: '已要求商家下架同批次产品,并对供应商进行质量复查。',
        rootCause: 'PRODUCT_QUALITY',
      },
    });
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.finalResponse).toMatchObject({ outcome: 'UPHELD', remedies: ['REPLACEMENT'], rootCause: 'PRODUCT_QUALITY', at: '2026-12-02T08:00:00.000Z' });
    expect(resolved.finalResponse!.furtherRecourse).toEqual(expect.any(String));

    const pending = await waitForComplaint(stack, kettle.id, 'the feedback survey to be sent', (c) => c.status === 'FEEDBACK_PENDING' && allSent(c) && notices(c, 'FEEDBACK_SURVEY').length === 1);
    expect(pending.history.at(-1)).toMatchObject({ action: 'FEEDBACK_REQUESTED', actor: { kind: 'SYSTEM' } });
    const mail = await mailAbout(stack, kettle.reference, kettle.email);
    const finalResponse = mail.find((e) => e.subject === `投诉处理结果（编号 ${kettle.reference}）`);
    expect(finalResponse).toBeDefined();
    expect(finalResponse!.body.text).toContain('投诉成立');
    expect(finalResponse!.body.text).toContain('更换');
    expect(finalResponse!.body.text).toContain('已要求商家下架同批次产品');
    expect(mail.map((e) => e.subject)).toContain(`请评价我们对您投诉的处理（编号 ${kettle.reference}）`);
    // Waiting for the complainant: out of the handler's queue.
    expect(await queueOf(stack, handlerZheng.id)).toEqual([]);

    const seen = await track(stack, kettle);
    expect(seen).toMatchObject({ status: 'FEEDBACK_PENDING', canGiveFeedback: true, canAnswerRequest: false, canWithdraw: false });
    expect(seen.finalResponse).toMatchObject({ outcome: 'UPHELD', remedies: ['REPLACEMENT'] });
  });

  it('closes when the complainant is satisfied, and tells them', async () => {
    time.set('2026-12-03T01:00:00.000Z');
    const seen = await ok<TrackingView>(
      gql(stack, COMPLAINANT_MUTATIONS.feedback, { reference: kettle.reference, accessCode: kettle.accessCode, feedback: { rating: 5, resolved: true, comment: '换货很快,谢谢。' } }),
    );
    expect(seen.status).toBe('CLOSED');
    expect(seen.feedback).toEqual({ rating: 5, resolved: true, comment: '换货很快,谢谢。', at: '2026-12-03T01:00:00.000Z' });
    expect(seen.canGiveFeedback).toBe(false);

    const closed = await waitForComplaint(stack, kettle.id, 'the closing email', (c) => allSent(c) && notices(c, 'CLOSED').length === 1);
    expect((await mailAbout(stack, kettle.reference, kettle.email)).map((e) => e.subject)).toContain(`您的投诉已办结（编号 ${kettle.reference}）`);
    expect(closed.cfpb).toEqual({ timelyResponse: true, responseCategory: 'CLOSED_WITH_NON_MONETARY_RELIEF', consumerDisputed: false });
  });

  it('has recorded every step once, in order, one version each', async () => {
    const c = await complaint(stack, kettle.id);
    expect(c.history.map((h) => [h.action, h.actor.kind, h.actor.id])).toEqual([
      ['COMPLAINT_RECEIVED', 'COMPLAINANT', null],
      ['ACCEPTED', 'STAFF', supervisor.id],
      ['HANDLER_ASSIGNED', 'STAFF', supervisor.id],
      ['INVESTIGATION_STARTED', 'STAFF', handlerZheng.id],
      ['EVIDENCE_ADDED', 'STAFF', handlerZheng.id],
      ['INTERNAL_NOTE_ADDED', 'STAFF', handlerZheng.id],
      ['RESOLVED', 'STAFF', handlerZheng.id],
      ['FEEDBACK_REQUESTED', 'SYSTEM', null],
      ['FEEDBACK_RECEIVED', 'COMPLAINANT', null],
    ]);
    expect(c.version).toBe(c.history.length);
    expect(c.notifications.map((n) => n.kind).sort()).toEqual(
      ['ACCEPTED', 'ACKNOWLEDGEMENT', 'CLOSED', 'FEEDBACK_SURVEY', 'FINAL_RESPONSE', 'HANDLER_ASSIGNED'].sort(),
    );
    // One email of each kind reached the complainant (how many copies: see the next test).
    expect(new Set((await mailAbout(stack, kettle.reference, kettle.email)).map((e) => e.subject)).size).toBe(6);
    expect(actions(c)).not.toContain('CLOCK_AT_RISK');
    const seen = await track(stack, kettle);
    expect(seen.timeline.map((t) => t.action)).toEqual([
      'COMPLAINT_RECEIVED',
      'ACCEPTED',
      'HANDLER_ASSIGNED',
      'INVESTIGATION_STARTED',
      'RESOLVED',
      'FEEDBACK_REQUESTED',
      'FEEDBACK_RECEIVED',
    ]);
  });
});

describe('acceptance emails, when acceptance and the routed assignment follow each other at once', () => {
  // acceptComplaint commits two versions (ACCEPTED, then HANDLER_ASSIGNED), each queueing an email
  // the outbox sends from the stream: neither may go out twice. Twenty complaints at once on a busy
  // machine take longer than the default minute.
  it('sends each complainant the acceptance and the handler designation exactly once', async () => {
    time.set('2026-12-07T02:00:00.000Z');
    const complaints = await Promise.all(Array.from({ length: 20 }, () => submit(stack, { category: 'Product quality', respondent: { name: '某网上商城' } })));
    // One deadline for all twenty: the outbox sends them one after another.
    const acknowledged = Date.now() + 60_000;
    for (const c of complaints) await waitForComplaint(stack, c.id, 'the acknowledgement', allSent, acknowledged - Date.now());
    const accepted = await Promise.all(complaints.map((c) => act(stack, supervisor.id, 'accept', c.id)));
    expect(accepted.map((c) => c.status)).toEqual(complaints.map(() => 'ASSIGNED'));
    const sent = Date.now() + 100_000;
    for (const c of complaints) await waitForComplaint(stack, c.id, 'the acceptance emails', (x) => x.notifications.length === 3 && allSent(x), sent - Date.now());
    await workflowsCaughtUp(stack);
    const copies = await Promise.all(
      complaints.map(async (c) => {
        const subjects = (await mailAbout(stack, c.reference, c.email)).map((e) => e.subject);
        return { reference: c.reference, accepted: subjects.filter((s) => s.startsWith('您的投诉已受理')).length, assigned: subjects.filter((s) => s.startsWith('您的投诉已有专人负责')).length };
      }),
    );
    expect(copies).toEqual(complaints.map((c) => ({ reference: c.reference, accepted: 1, assigned: 1 })));
  }, 240_000);
});
