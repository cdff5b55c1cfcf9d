import type { LocalStack } from '../../../local/stack';
import { FakeClock } from '../../harness/fake-clock';
import {
  act,
  actions,
  allSent,
  clock,
  complaint,
  COMPLAINANT_MUTATIONS,
  configure,
  count,
  errorCode,
  gql,
  mailAbout,
  notices,
  ok,
  person,
  submit,
  track,
  waitForComplaint,
  type Submitted,
  type TrackingView,
} from '../../harness/lifecycle';
import { startTestStack, workflowsCaughtUp } from '../../harness/local-stack';

// Monday 30 Nov 2026, 10:00 in Shanghai. The broadband SLA resolves within 5 working days:
// due at the end of Monday 7 Dec, at risk from 18:30Z on Saturday 5 Dec.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const RESOLUTION_DUE = '2026-12-07T15:59:59.999Z';
const QUESTION = "Please send the modem's serial number and the dates on which the connection dropped.";
const ANSWER = 'Serial HG8245-77120; it dropped on 20, 22 and 25 November.';

const handler = person('bb-gao', 'Gao Lin');
const supervisor = person('bb-sup', 'Xu Mei');

describe('a request for information to the complainant', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;
  let s: Submitted;
  let mediationDue: string;

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    await configure(stack, {
      staff: [handler, supervisor],
      teams: [{ id: 'broadband', name: 'Broadband', memberIds: [handler.id], supervisorId: supervisor.id }],
      routingRules: [{ category: 'Broadband', teamId: 'broadband' }],
      slaTargets: [
        {
          category: 'Broadband',
          priority: 'NORMAL',
          firstResponse: { amount: 1, unit: 'WORKING_DAYS' },
          acceptanceDecision: { amount: 3, unit: 'WORKING_DAYS' },
          resolution: { amount: 5, unit: 'WORKING_DAYS' },
        },
      ],
    });
    s = await submit(stack, {
      category: 'Broadband',
      complainant: { name: 'Li Wei', email: `li-wei-${process.pid}@example.com`, preferredLanguage: 'EN' },
      respondent: { name: 'City Broadband Co.' },
      facts: 'My home broadband keeps dropping several times a day.',
      remedyRequested: 'A stable connection and a refund of this month.',
    });
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    time.set('2026-11-30T03:00:00.000Z');
    await act(stack, supervisor.id, 'accept', s.id);
    time.set('2026-11-30T04:00:00.000Z');
    const investigating = await act(stack, handler.id, 'startInvestigation', s.id);
    expect(investigating.status).toBe('INVESTIGATING');
    mediationDue = clock(investigating, 'CN_MEDIATION').dueAt;
    await waitForComplaint(stack, s.id, 'the acceptance emails', (c) => allSent(c) && c.notifications.length === 3);
  });
  afterAll(() => stack?.stop());

  it('pauses the SLA clocks while the statutory clocks keep running, and emails the question', async () => {
    time.set('2026-12-01T02:00:00.000Z');
    const waiting = await act(stack, handler.id, 'requestInformation', s.id, { question: QUESTION });
    expect(waiting.status).toBe('AWAITING_COMPLAINANT');
    expect(waiting.pendingRequest).toBe(QUESTION);
    expect(clock(waiting, 'SLA_RESOLUTION')).toMatchObject({ state: 'PAUSED', dueAt: RESOLUTION_DUE });
    expect(clock(waiting, 'CN_MEDIATION')).toMatchObject({ state: 'ON_TRACK', dueAt: mediationDue });
    expect(waiting.clocks.filter((k) => k.source === 'CN').every((k) => k.state !== 'PAUSED')).toBe(true);

    const sent = await waitForComplaint(stack, s.id, 'the question to be emailed', (c) => allSent(c) && notices(c, 'INFORMATION_REQUESTED').length === 1);
    expect(sent.entries.at(-1)).toMatchObject({ kind: 'INFORMATION_REQUEST', text: QUESTION, author: { kind: 'STAFF', id: handler.id } });
    const mail = (await mailAbout(stack, s.reference, s.email)).filter((e) => e.subject === `We need more information about your complaint (reference ${s.reference})`);
    expect(mail).toHaveLength(1);
    expect(mail[0].body.text).toContain(QUESTION);
  });

  it('shows the complainant the question and lets them answer while it is open', async () => {
    const seen = await track(stack, s);
    expect(seen).toMatchObject({ status: 'AWAITING_COMPLAINANT', pendingRequest: QUESTION, canAnswerRequest: true });
    expect(seen.timeline.at(-1)).toMatchObject({ action: 'INFORMATION_REQUESTED', text: QUESTION, at: '2026-12-01T02:00:00.000Z' });
    // The complainant sees the statutory clocks, not the organization's SLA.
    expect(seen.clocks.map((k) => k.source)).not.toContain('SLA');
    expect(seen.clocks.find((k) => k.id === 'CN_MEDIATION')?.state).toBe('ON_TRACK');
  });

  it('neither puts the paused clock at risk nor breaches it while the complainant takes their time', async () => {
    // Past the SLA clock's at-risk instant and its original due instant.
    time.set('2026-12-08T01:00:00.000Z');
    await workflowsCaughtUp(stack);
    const c = await complaint(stack, s.id);
    expect(count(c, 'CLOCK_AT_RISK') + count(c, 'CLOCK_BREACHED')).toBe(0);
    expect(clock(c, 'SLA_RESOLUTION').state).toBe('PAUSED');
    expect(c.escalation.level).toBe('NONE');
  });

  it('resumes the investigation on the answer, moving the SLA resolution due date by the working days of the pause', async () => {
    // Asked Tuesday 1 Dec, answered Tuesday 8 Dec (10:00 local): 2, 3, 4, 7 and 8 Dec are 5 working days.
    time.set('2026-12-08T02:00:00.000Z');
    const seen = await ok<TrackingView>(gql(stack, COMPLAINANT_MUTATIONS.answer, { reference: s.reference, accessCode: s.accessCode, answer: ANSWER }));
    expect(seen).toMatchObject({ status: 'INVESTIGATING', pendingRequest: null, canAnswerRequest: false });
    expect(seen.timeline.slice(-2)).toEqual([
      { at: '2026-12-01T02:00:00.000Z', action: 'INFORMATION_REQUESTED', text: QUESTION },
      { at: '2026-12-08T02:00:00.000Z', action: 'INFORMATION_PROVIDED', text: ANSWER },
    ]);

    const c = await complaint(stack, s.id);
    expect(clock(c, 'SLA_RESOLUTION')).toMatchObject({ state: 'ON_TRACK', dueAt: '2026-12-14T15:59:59.999Z' });
    expect(clock(c, 'CN_MEDIATION')).toMatchObject({ state: 'ON_TRACK', dueAt: mediationDue });
    expect(c.history.at(-1)).toMatchObject({ action: 'INFORMATION_PROVIDED', actor: { kind: 'COMPLAINANT' } });
    expect(c.entries.at(-1)).toMatchObject({ kind: 'INFORMATION_RESPONSE', text: ANSWER, author: { kind: 'COMPLAINANT' } });

    const again = await gql(stack, COMPLAINANT_MUTATIONS.answer, { reference: s.reference, accessCode: s.accessCode, answer: 'Once more.' });
    expect(errorCode(again)).toBe('INVALID_TRANSITION');
    await workflowsCaughtUp(stack);
    const after = await complaint(stack, s.id);
    expect(count(after, 'CLOCK_AT_RISK') + count(after, 'CLOCK_BREACHED')).toBe(0);
  });

  it('closes by itself when the complainant gives no feedback within the feedback window', async () => {
    time.set('2026-12-09T02:00:00.000Z');
    await act(stack, handler.id, 'resolve', s.id, {
      response: {
        outcome: 'UPHELD',
        reasons: 'The line card serving your street was faulty.',
        remedies: ['REPAIR', 'REFUND'],
        followUpMeasures: 'Line cards in the district are monitored for drop rates.',
        rootCause: 'SYSTEM_FAILURE',
      },
    });
    const pending = await waitForComplaint(stack, s.id, 'the feedback survey', (c) => c.status === 'FEEDBACK_PENDING' && allSent(c));
    expect(pending.history.at(-1)).toEqual({ at: '2026-12-09T02:00:00.000Z', action: 'FEEDBACK_REQUESTED', actor: { kind: 'SYSTEM', id: null } });

    // The default window is 14 days from the survey: still open at its last minute.
    time.set('2026-12-23T01:59:00.000Z');
    await workflowsCaughtUp(stack);
    expect((await complaint(stack, s.id)).status).toBe('FEEDBACK_PENDING');
    expect((await track(stack, s)).canGiveFeedback).toBe(true);

    time.set('2026-12-23T02:01:00.000Z');
    const closed = await waitForComplaint(stack, s.id, 'the complaint to close itself', (c) => c.status === 'CLOSED' && allSent(c));
    expect(closed.history.at(-1)).toEqual({ at: '2026-12-23T02:01:00.000Z', action: 'CLOSED', actor: { kind: 'SYSTEM', id: null } });
    expect(closed.feedback).toBeNull();
    expect(closed.cfpb.consumerDisputed).toBeNull();
    const closing = (await mailAbout(stack, s.reference, s.email)).filter((e) => e.subject === `Your complaint is closed (reference ${s.reference})`);
    expect(closing).toHaveLength(1);
    expect(closing[0].body.text).not.toContain('Thank you for your feedback');

    const seen = await track(stack, s);
    expect(seen).toMatchObject({ status: 'CLOSED', canGiveFeedback: false, feedback: null });
    const late = await gql(stack, COMPLAINANT_MUTATIONS.feedback, { reference: s.reference, accessCode: s.accessCode, feedback: { rating: 5, resolved: true } });
    expect(errorCode(late)).toBe('INVALID_TRANSITION');
    expect(actions(await complaint(stack, s.id))).toEqual([
      'COMPLAINT_RECEIVED',
      'ACCEPTED',
      'HANDLER_ASSIGNED',
      'INVESTIGATION_STARTED',
      'INFORMATION_REQUESTED',
      'INFORMATION_PROVIDED',
      'RESOLVED',
      'FEEDBACK_REQUESTED',
      'CLOSED',
    ]);
  });
});
