import type { LocalStack } from '../../../local/stack';
import { FakeClock } from '../../harness/fake-clock';
import {
  act,
  allSent,
  clock,
  complaint,
  configure,
  count,
  escalationMail,
  gql,
  mailAbout,
  notices,
  ok,
  person,
  submit,
  waitForComplaint,
  type Submitted,
} from '../../harness/lifecycle';
import { startTestStack, workflowsCaughtUp } from '../../harness/local-stack';

// Case 1 of the source document: "no signal for two weeks, and the hotline never answers".
// Monday 30 Nov 2026, 10:00 in Shanghai. With a first response due within 1 working day,
// it is due at the end of Tuesday 1 Dec (15:59:59.999Z); three quarters of that time
// have gone at 06:29:59.999Z on 1 Dec; a quarter of its span after the due instant
// (9.5 hours) is 01:29:59.999Z on Wednesday 2 Dec.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const FIRST_RESPONSE_DUE = '2026-12-01T15:59:59.999Z';

const handlerA = person('h-zhao', '赵敏');
const handlerB = person('h-qian', '钱伟');
const supervisor = person('sup-sun', '孙丽');
const manager = person('mgr-li', '李强');

const ESCALATED_QUEUE = `query($atLeast: EscalationLevel) {
  escalatedComplaints(atLeast: $atLeast, first: 100) { edges { node { id reference escalation { level reason } } } }
}`;

async function escalatedQueue(stack: LocalStack, atLeast: string, asStaff: string): Promise<Array<{ id: string; escalation: { level: string } }>> {
  const page = await ok<{ edges: Array<{ node: { id: string; escalation: { level: string } } }> }>(gql(stack, ESCALATED_QUEUE, { atLeast }, asStaff));
  return page.edges.map((e) => e.node);
}

const time = new FakeClock(RECEIVED);
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ clock: time, waitPollMs: 25 });
  await configure(stack, {
    staff: [handlerA, handlerB, supervisor, manager],
    teams: [{ id: 'telecom', name: '通信服务组', memberIds: [handlerA.id, handlerB.id], supervisorId: supervisor.id }],
    routingRules: [{ category: 'Mobile network', teamId: 'telecom' }],
    managerId: manager.id,
    slaTargets: [
      {
        category: 'Mobile network',
        priority: 'NORMAL',
        firstResponse: { amount: 1, unit: 'WORKING_DAYS' },
        acceptanceDecision: { amount: 3, unit: 'WORKING_DAYS' },
        resolution: { amount: 5, unit: 'WORKING_DAYS' },
      },
    ],
  });
});
afterAll(() => stack?.stop());

describe('a telecom complaint that nobody answers (case 1)', () => {
  let telecom: Submitted;

  beforeAll(async () => {
    telecom = await submit(stack, {
      category: 'Mobile network',
      respondent: { name: '某移动通信有限公司' },
      facts: '家中两周没有信号，客服热线一直无人接听。',
    });
    await waitForComplaint(stack, telecom.id, 'the acknowledgement to be sent', allSent);
  });

  it('is acknowledged, and its SLA and statutory clocks start at receipt', async () => {
    const c = await complaint(stack, telecom.id);
    expect(c.status).toBe('RECEIVED');
    expect(c.escalation.level).toBe('NONE');
    expect(c.clocks.map((k) => [k.id, k.dueAt, k.state])).toEqual(
      expect.arrayContaining([
        ['SLA_FIRST_RESPONSE', FIRST_RESPONSE_DUE, 'ON_TRACK'],
        ['SLA_ACCEPTANCE', '2026-12-03T15:59:59.999Z', 'ON_TRACK'],
        ['SLA_RESOLUTION', '2026-12-07T15:59:59.999Z', 'ON_TRACK'],
        ['CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', 'ON_TRACK'],
      ]),
    );
    expect(await mailAbout(stack, telecom.reference, telecom.email)).toHaveLength(1);
  });

  it('does nothing while less than three quarters of the first-response time has gone', async () => {
    time.set('2026-12-01T06:29:00.000Z');
    await workflowsCaughtUp(stack);
    const c = await complaint(stack, telecom.id);
    expect(c.history.map((h) => h.action)).toEqual(['COMPLAINT_RECEIVED']);
    expect(c.escalation.level).toBe('NONE');
  });

  it('records the first-response clock at risk and escalates to the handler level once three quarters of its time has gone', async () => {
    time.set('2026-12-01T07:00:00.000Z');
    const c = await waitForComplaint(stack, telecom.id, 'the handler-level escalation to be sent', (x) => count(x, 'ESCALATED') === 1 && allSent(x));
    expect(clock(c, 'SLA_FIRST_RESPONSE').state).toBe('AT_RISK');
    expect(c.escalation).toEqual({ level: 'HANDLER', at: '2026-12-01T07:00:00.000Z', reason: 'SLA_FIRST_RESPONSE' });
    expect(c.history.map((h) => [h.action, h.actor.kind])).toEqual([
      ['COMPLAINT_RECEIVED', 'COMPLAINANT'],
      ['CLOCK_AT_RISK', 'SYSTEM'],
      ['ESCALATED', 'SYSTEM'],
    ]);
    expect(notices(c, 'ESCALATION')).toHaveLength(1);
    const mail = await escalationMail(stack, telecom.reference, 1);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe(`[Escalation L1] ${telecom.reference} overdue`);
    // Staff emails carry no personal data of the complainant.
    expect(mail[0].body.text).not.toContain(telecom.input.complainant.name);
    expect(mail[0].body.text).toContain('Reason: clock "First response" was due');
    // Handler level is not yet in the supervisor's escalation queue, but is at HANDLER and above.
    expect((await escalatedQueue(stack, 'SUPERVISOR', supervisor.id)).map((n) => n.id)).not.toContain(telecom.id);
    expect((await escalatedQueue(stack, 'HANDLER', supervisor.id)).map((n) => n.id)).toContain(telecom.id);
  });

  it('does not breach the clock at its last millisecond', async () => {
    time.set('2026-12-01T15:59:59.999Z');
    await workflowsCaughtUp(stack);
    const c = await complaint(stack, telecom.id);
    expect(count(c, 'CLOCK_BREACHED')).toBe(0);
    expect(c.escalation.level).toBe('HANDLER');
  });

  it('records the breach and escalates to the supervisor when the first-response deadline passes', async () => {
    time.set('2026-12-01T16:00:00.000Z');
    const c = await waitForComplaint(stack, telecom.id, 'the supervisor-level escalation to be sent', (x) => count(x, 'ESCALATED') === 2 && allSent(x));
    expect(clock(c, 'SLA_FIRST_RESPONSE').state).toBe('BREACHED');
    expect(c.escalation).toEqual({ level: 'SUPERVISOR', at: '2026-12-01T16:00:00.000Z', reason: 'SLA_FIRST_RESPONSE' });
    expect(c.history.slice(3).map((h) => [h.action, h.actor.kind])).toEqual([
      ['CLOCK_BREACHED', 'SYSTEM'],
      ['ESCALATED', 'SYSTEM'],
    ]);
    expect(await escalationMail(stack, telecom.reference, 2)).toHaveLength(1);
    const queue = await escalatedQueue(stack, 'SUPERVISOR', supervisor.id);
    expect(queue.find((n) => n.id === telecom.id)?.escalation.level).toBe('SUPERVISOR');
  });

  it('waits a quarter of the clock span after the breach before involving the manager', async () => {
    time.set('2026-12-02T01:29:59.000Z');
    await workflowsCaughtUp(stack);
    const c = await complaint(stack, telecom.id);
    expect(c.escalation.level).toBe('SUPERVISOR');
    expect(count(c, 'ESCALATED')).toBe(2);
  });

  it('escalates to the manager a quarter of the clock span after the breach', async () => {
    time.set('2026-12-02T01:30:00.000Z');
    const c = await waitForComplaint(stack, telecom.id, 'the manager-level escalation to be sent', (x) => count(x, 'ESCALATED') === 3 && allSent(x));
    expect(c.escalation).toEqual({ level: 'MANAGER', at: '2026-12-02T01:30:00.000Z', reason: 'SLA_FIRST_RESPONSE' });
    expect(c.history.at(-1)).toEqual({ at: '2026-12-02T01:30:00.000Z', action: 'ESCALATED', actor: { kind: 'SYSTEM', id: null } });
    expect(await escalationMail(stack, telecom.reference, 3)).toHaveLength(1);
    expect(await mailAbout(stack, telecom.reference, manager.email)).toEqual(
      expect.arrayContaining([expect.objectContaining({ subject: `[Escalation L3] ${telecom.reference} overdue` })]),
    );
    const queue = await escalatedQueue(stack, 'MANAGER', manager.id);
    expect(queue.find((n) => n.id === telecom.id)?.escalation.level).toBe('MANAGER');
  });

  it('records each clock change and each level exactly once, and writes to the complainant only the acknowledgement', async () => {
    // Give the workflow several more wake-ups to repeat itself if it were going to.
    for (let i = 0; i < 3; i += 1) await workflowsCaughtUp(stack);
    const c = await complaint(stack, telecom.id);
    expect(c.history.map((h) => h.action)).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'ESCALATED', 'CLOCK_BREACHED', 'ESCALATED', 'ESCALATED']);
    expect(c.version).toBe(6);
    expect(c.status).toBe('RECEIVED');
    expect(notices(c, 'ESCALATION')).toHaveLength(3);
    expect(notices(c, 'ESCALATION').every((n) => n.state === 'SENT' && n.attempts === 1)).toBe(true);
    const escalations = await escalationMail(stack, telecom.reference);
    expect(escalations.map((e) => e.subject).sort()).toEqual([1, 2, 3].map((n) => `[Escalation L${n}] ${telecom.reference} overdue`));
    expect(await mailAbout(stack, telecom.reference, telecom.email)).toHaveLength(1);
  });

  // docs/ARCHITECTURE.md, "Clocks and escalation": before acceptance there is no handler and
  // no team yet, so the team the routing rules would choose stands in: its supervisor hears of
  // the first two levels, the manager of the third.
  it('before acceptance reaches the supervisor of the team the routing rules choose, then the manager', async () => {
    const c = await complaint(stack, telecom.id);
    expect(c.handler).toBeNull();
    expect(c.teamId).toBeNull();
    expect(notices(c, 'ESCALATION').map((n) => n.recipient)).toEqual([supervisor.id, supervisor.id, manager.id]);
    const toSupervisor = await mailAbout(stack, telecom.reference, supervisor.email);
    expect(toSupervisor.map((e) => e.subject).sort()).toEqual([1, 2].map((n) => `[Escalation L${n}] ${telecom.reference} overdue`));
    const toManager = await mailAbout(stack, telecom.reference, manager.email);
    expect(toManager.map((e) => e.subject)).toEqual([`[Escalation L3] ${telecom.reference} overdue`]);
  });
});

describe('a manual escalation of another telecom complaint (the complainant calls again)', () => {
  it('goes one level up each time and emails whoever that level reaches', async () => {
    time.set('2026-12-02T02:00:00.000Z');
    const s = await submit(stack, { category: 'Mobile network' });
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    const assigned = await act(stack, supervisor.id, 'accept', s.id);
    expect(assigned.status).toBe('ASSIGNED');
    expect(assigned.handler?.id).toBe(handlerA.id);
    expect(assigned.teamId).toBe('telecom');
    await waitForComplaint(stack, s.id, 'the acceptance emails', (c) => allSent(c) && c.notifications.length === 3);

    const first = await act(stack, supervisor.id, 'escalate', s.id, { reason: 'The complainant called three times today' });
    expect(first.escalation).toEqual({ level: 'HANDLER', at: time.now().toISOString(), reason: 'The complainant called three times today' });
    expect(first.history.at(-1)).toMatchObject({ action: 'ESCALATED', actor: { kind: 'STAFF', id: supervisor.id } });
    const toHandler = await waitForComplaint(stack, s.id, 'the handler to be told', allSent);
    expect(notices(toHandler, 'ESCALATION').map((n) => n.recipient)).toEqual([handlerA.id]);
    const mail = await mailAbout(stack, s.reference, handlerA.email);
    expect(mail.map((e) => e.subject)).toEqual([`[Escalation L1] ${s.reference} escalated`]);
    expect(mail[0].body.text).toContain('The complainant called three times today');

    const second = await act(stack, handlerA.id, 'escalate', s.id, { reason: 'Network team does not answer' });
    expect(second.escalation.level).toBe('SUPERVISOR');
    const toSupervisor = await waitForComplaint(stack, s.id, 'the supervisor to be told', allSent);
    expect(notices(toSupervisor, 'ESCALATION').map((n) => n.recipient)).toEqual([handlerA.id, supervisor.id]);
    expect((await mailAbout(stack, s.reference, supervisor.email)).map((e) => e.subject)).toEqual([`[Escalation L2] ${s.reference} escalated`]);
    expect(count(toSupervisor, 'ESCALATED')).toBe(2);
    expect(toSupervisor.status).toBe('ASSIGNED');
  });
});
