import { parse } from 'csv-parse/sync';
import type { LocalStack } from '../../../local/stack';
import { FakeClock } from '../../harness/fake-clock';
import {
  act,
  actions,
  allSent,
  complaint,
  COMPLAINANT_MUTATIONS,
  configure,
  count,
  escalationMail,
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
import { startTestStack } from '../../harness/local-stack';

// Case 3 of the source document: a hotel room was not cleaned; the first answer does not
// satisfy the guest, so the complaint is reopened and goes to the supervisor.
// Monday 30 Nov 2026, 10:00 in Shanghai.
const RECEIVED = '2026-11-30T02:00:00.000Z';

const handler = person('ht-he', 'He Jun');
const colleague = person('ht-lv', 'Lv Na');
const supervisor = person('ht-sup', 'Shi Yan');
const manager = person('ht-mgr', 'Tang Bo');

const ESCALATED = `query { escalatedComplaints(atLeast: SUPERVISOR, first: 100) { edges { node { id status escalation { level reason } } } } }`;
const HANDLER_QUEUE = `query($handlerId: ID!) { handlerQueue(handlerId: $handlerId, first: 100) { edges { node { id status } } } }`;

async function supervisorQueue(stack: LocalStack): Promise<Array<{ id: string; status: string; escalation: { level: string; reason: string } }>> {
  return (await ok<{ edges: Array<{ node: any }> }>(gql(stack, ESCALATED, {}, supervisor.id))).edges.map((e) => e.node);
}

async function handlerQueue(stack: LocalStack, handlerId: string): Promise<string[]> {
  return (await ok<{ edges: Array<{ node: { id: string } }> }>(gql(stack, HANDLER_QUEUE, { handlerId }, handlerId))).edges.map((e) => e.node.id);
}

function feedback(stack: LocalStack, s: Submitted, given: { rating: number; resolved: boolean; comment?: string }) {
  return ok<TrackingView>(gql(stack, COMPLAINANT_MUTATIONS.feedback, { reference: s.reference, accessCode: s.accessCode, feedback: given }));
}

interface Answer {
  outcome: string;
  reasons: string;
  at: string;
}
interface Rating {
  rating: number;
  resolved: boolean;
  comment: string | null;
  at: string;
}
interface Step {
  at: string;
  action: string;
  text: string | null;
  finalResponse: Answer | null;
  feedback: Rating | null;
}
const ANSWER = 'outcome reasons at';
const RATING = 'rating resolved comment at';
const ANSWERS = `query($id: ID!) { complaint(id: $id) { finalResponse { ${ANSWER} } finalResponses { ${ANSWER} } feedback { ${RATING} } feedbackHistory { ${RATING} } } }`;
const TRACK_ANSWERS = `query($reference: String!, $accessCode: String!) { trackComplaint(reference: $reference, accessCode: $accessCode) {
  finalResponses { ${ANSWER} } feedbackHistory { ${RATING} } timeline { at action text finalResponse { ${ANSWER} } feedback { ${RATING} } } } }`;
const EXPORT = `query($period: PeriodInput!) { complaintExport(period: $period, format: FULL) { csv rows } }`;

const subjects = async (stack: LocalStack, s: Submitted) => (await mailAbout(stack, s.reference, s.email)).map((e) => e.subject);

describe('a hotel cleaning complaint that the guest is not satisfied with (case 3)', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;
  let guest: Submitted;

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    await configure(stack, {
      staff: [handler, colleague, supervisor, manager],
      teams: [{ id: 'hotels', name: 'Hotels', memberIds: [handler.id, colleague.id], supervisorId: supervisor.id }],
      routingRules: [{ category: 'Hotel cleanliness', teamId: 'hotels' }],
      managerId: manager.id,
    });
    guest = await submit(stack, {
      category: 'Hotel cleanliness',
      complainant: { name: 'Alice Martin', email: `alice-${process.pid}@example.com`, preferredLanguage: 'EN' },
      respondent: { name: 'Seaview Hotel Sanya' },
      product: 'Deluxe sea-view room, 3 nights',
      facts: 'The room was not cleaned during our three-night stay; towels were never changed and the bin was never emptied.',
      remedyRequested: 'A refund of one night and an apology.',
    });
    await waitForComplaint(stack, guest.id, 'the acknowledgement', allSent);
  });
  afterAll(() => stack?.stop());

  it('is accepted, handled, and answered with a final response and a feedback survey', async () => {
    time.set('2026-11-30T03:00:00.000Z');
    const assigned = await act(stack, supervisor.id, 'accept', guest.id);
    expect(assigned).toMatchObject({ status: 'ASSIGNED', handler: { id: handler.id }, teamId: 'hotels' });
    time.set('2026-11-30T05:00:00.000Z');
    await act(stack, handler.id, 'startInvestigation', guest.id);
    time.set('2026-12-01T02:00:00.000Z');
    await act(stack, handler.id, 'sendPublicReply', guest.id, { message: 'We have asked the hotel for its housekeeping log for your room.' });
    time.set('2026-12-02T02:00:00.000Z');
    const resolved = await act(stack, handler.id, 'resolve', guest.id, {
      response: {
        outcome: 'PARTLY_UPHELD',
        reasons: 'The housekeeping log shows the room was skipped on one of the three days.',
        remedies: ['APOLOGY'],
        followUpMeasures: 'The hotel now checks every occupied room against the housekeeping log at 16:00.',
        rootCause: 'SERVICE_QUALITY',
      },
    });
    expect(resolved.status).toBe('RESOLVED');
    const pending = await waitForComplaint(stack, guest.id, 'the feedback survey', (c) => c.status === 'FEEDBACK_PENDING' && allSent(c));
    expect(notices(pending, 'FEEDBACK_SURVEY')).toHaveLength(1);
    expect(await subjects(stack, guest)).toEqual(
      expect.arrayContaining([`Our final response to your complaint (reference ${guest.reference})`, `How did we handle your complaint? (reference ${guest.reference})`]),
    );
    expect(await handlerQueue(stack, handler.id)).not.toContain(guest.id);
  });

  it('reopens it when the guest says it is not resolved, escalates it to the supervisor, and tells both', async () => {
    time.set('2026-12-03T02:00:00.000Z');
    const seen = await feedback(stack, guest, { rating: 2, resolved: false, comment: 'One apology is not enough: the room was dirty for three days.' });
    expect(seen.status).toBe('REOPENED');
    expect(seen.canGiveFeedback).toBe(false);
    expect(seen.timeline.slice(-2).map((t) => t.action)).toEqual(['FEEDBACK_RECEIVED', 'REOPENED']);

    const reopened = await waitForComplaint(stack, guest.id, 'the reopening emails', (c) => allSent(c) && notices(c, 'REOPENED').length === 1);
    expect(reopened.escalation).toEqual({ level: 'SUPERVISOR', at: '2026-12-03T02:00:00.000Z', reason: 'FEEDBACK' });
    expect(reopened.history.at(-1)).toEqual({ at: '2026-12-03T02:00:00.000Z', action: 'REOPENED', actor: { kind: 'COMPLAINANT', id: null } });
    expect(reopened.feedback).toMatchObject({ rating: 2, resolved: false });
    expect(reopened.cfpb.consumerDisputed).toBe(true);
    expect(notices(reopened, 'ESCALATION')).toEqual([expect.objectContaining({ recipient: supervisor.id, state: 'SENT' })]);

    const toSupervisor = await mailAbout(stack, guest.reference, supervisor.email);
    expect(toSupervisor.map((e) => e.subject)).toEqual([`[Escalation L2] ${guest.reference} escalated`]);
    expect(toSupervisor[0].body.text).toContain('FEEDBACK');
    expect(toSupervisor[0].body.text).not.toContain('Alice Martin');
    expect(await subjects(stack, guest)).toContain(`We have reopened your complaint (reference ${guest.reference})`);

    expect((await supervisorQueue(stack)).find((n) => n.id === guest.id)).toEqual({ id: guest.id, status: 'REOPENED', escalation: { level: 'SUPERVISOR', reason: 'FEEDBACK' } });
    expect(await handlerQueue(stack, handler.id)).toContain(guest.id);
  });

  it('is investigated again from REOPENED, resolved again, and closed when the guest is satisfied', async () => {
    time.set('2026-12-03T06:00:00.000Z');
    const again = await act(stack, handler.id, 'startInvestigation', guest.id);
    expect(again.status).toBe('INVESTIGATING');
    expect(again.handler?.id).toBe(handler.id);

    time.set('2026-12-04T02:00:00.000Z');
    await act(stack, handler.id, 'resolve', guest.id, {
      response: {
        outcome: 'UPHELD',
        reasons: 'On review the room was not cleaned on any of the three days.',
        remedies: ['REFUND', 'APOLOGY'],
        remedyDetails: 'The hotel refunds one night (CNY 1,280) to the original card.',
        followUpMeasures: 'Housekeeping supervisors sign off every occupied room daily.',
        rootCause: 'SERVICE_QUALITY',
      },
    });
    const pending = await waitForComplaint(stack, guest.id, 'the second survey', (c) => c.status === 'FEEDBACK_PENDING' && allSent(c) && notices(c, 'FEEDBACK_SURVEY').length === 2);
    expect(pending.finalResponse).toMatchObject({ outcome: 'UPHELD', remedies: ['REFUND', 'APOLOGY'] });
    expect(count(pending, 'FEEDBACK_REQUESTED')).toBe(2);

    time.set('2026-12-05T02:00:00.000Z');
    const seen = await feedback(stack, guest, { rating: 4, resolved: true });
    expect(seen.status).toBe('CLOSED');
    const closed = await waitForComplaint(stack, guest.id, 'the closing email', (c) => allSent(c) && notices(c, 'CLOSED').length === 1);
    expect(closed.feedback).toMatchObject({ rating: 4, resolved: true });
    expect(closed.cfpb).toEqual({ timelyResponse: true, responseCategory: 'CLOSED_WITH_MONETARY_RELIEF', consumerDisputed: false });
    expect(await subjects(stack, guest)).toContain(`Your complaint is closed (reference ${guest.reference})`);
    expect((await supervisorQueue(stack)).map((n) => n.id)).not.toContain(guest.id);
    expect(await handlerQueue(stack, handler.id)).not.toContain(guest.id);
  });

  it('shows the whole story in order, to staff and (without internal steps) to the guest', async () => {
    const c = await complaint(stack, guest.id);
    expect(actions(c)).toEqual([
      'COMPLAINT_RECEIVED',
      'ACCEPTED',
      'HANDLER_ASSIGNED',
      'INVESTIGATION_STARTED',
      'PUBLIC_REPLY_SENT',
      'RESOLVED',
      'FEEDBACK_REQUESTED',
      'FEEDBACK_RECEIVED',
      'REOPENED',
      'INVESTIGATION_STARTED',
      'RESOLVED',
      'FEEDBACK_REQUESTED',
      'FEEDBACK_RECEIVED',
    ]);
    expect(c.version).toBe(13);
    expect(await escalationMail(stack, guest.reference)).toHaveLength(1);
    const seen = await track(stack, guest);
    expect(seen.timeline.map((t) => t.action)).toEqual(actions(c));
    expect(seen.timeline.find((t) => t.action === 'PUBLIC_REPLY_SENT')?.text).toBe('We have asked the hotel for its housekeeping log for your room.');
    expect(c.notifications.map((n) => n.kind).sort()).toEqual(
      [
        'ACKNOWLEDGEMENT',
        'ACCEPTED',
        'HANDLER_ASSIGNED',
        'PUBLIC_REPLY',
        'FINAL_RESPONSE',
        'FEEDBACK_SURVEY',
        'REOPENED',
        'ESCALATION',
        'FINAL_RESPONSE',
        'FEEDBACK_SURVEY',
        'CLOSED',
      ].sort(),
    );
  });

  it('keeps both answers and both ratings: in the record, on the guest\'s timeline and in the FULL export', async () => {
    const record = await ok<{ finalResponse: Answer; finalResponses: Answer[]; feedback: Rating; feedbackHistory: Rating[] }>(gql(stack, ANSWERS, { id: guest.id }, supervisor.id));
    expect(record.finalResponses.map((r) => [r.outcome, r.reasons, r.at])).toEqual([
      ['PARTLY_UPHELD', 'The housekeeping log shows the room was skipped on one of the three days.', '2026-12-02T02:00:00.000Z'],
      ['UPHELD', 'On review the room was not cleaned on any of the three days.', '2026-12-04T02:00:00.000Z'],
    ]);
    expect(record.finalResponse).toEqual(record.finalResponses[1]);
    expect(record.feedbackHistory).toEqual([
      { rating: 2, resolved: false, comment: 'One apology is not enough: the room was dirty for three days.', at: '2026-12-03T02:00:00.000Z' },
      { rating: 4, resolved: true, comment: null, at: '2026-12-05T02:00:00.000Z' },
    ]);
    expect(record.feedback).toEqual(record.feedbackHistory[1]);

    const seen = await ok<{ finalResponses: Answer[]; feedbackHistory: Rating[]; timeline: Step[] }>(
      gql(stack, TRACK_ANSWERS, { reference: guest.reference, accessCode: guest.accessCode }),
    );
    expect(seen.finalResponses.map((r) => r.outcome)).toEqual(['PARTLY_UPHELD', 'UPHELD']);
    expect(seen.feedbackHistory.map((f) => f.rating)).toEqual([2, 4]);
    const answers = seen.timeline.filter((t) => t.action === 'RESOLVED');
    expect(answers.map((t) => t.finalResponse?.outcome)).toEqual(['PARTLY_UPHELD', 'UPHELD']);
    expect(answers[0].text).toContain('Outcome: your complaint is partly upheld.');
    expect(answers[0].text).toContain('Our reasons: The housekeeping log shows the room was skipped on one of the three days.');
    expect(answers[1].text).toContain('Details: The hotel refunds one night (CNY 1,280) to the original card.');
    const ratings = seen.timeline.filter((t) => t.action === 'FEEDBACK_RECEIVED');
    expect(ratings.map((t) => [t.at, t.feedback?.rating, t.feedback?.resolved, t.text])).toEqual([
      ['2026-12-03T02:00:00.000Z', 2, false, 'One apology is not enough: the room was dirty for three days.'],
      ['2026-12-05T02:00:00.000Z', 4, true, null],
    ]);

    const page = await ok<{ csv: string; rows: number }>(gql(stack, EXPORT, { period: { from: '2026-11-30', to: '2026-12-01' } }, 'admin'));
    const rows = parse<Record<string, string>>(page.csv, { columns: true });
    expect(rows.find((r) => r.reference === guest.reference)).toMatchObject({
      outcome: 'UPHELD',
      rating: '4',
      reopenCount: '1',
      responseCount: '2',
      responseOutcomes: 'PARTLY_UPHELD;UPHELD',
      respondedAt: '2026-12-02T02:00:00.000Z;2026-12-04T02:00:00.000Z',
      feedbackCount: '2',
      feedbackRatings: '2;4',
      feedbackResolved: 'false;true',
    });
    expect(page.csv).not.toContain('One apology is not enough');
  });
});
