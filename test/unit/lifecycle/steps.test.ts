import * as steps from '../../../functions/core/lifecycle/steps';
import { SETTINGS } from '../core/test-policy';
import { receivedComplaint, staff } from './fixtures';

const state = (c: { clocks: Array<{ id: string; state: string }> }) => Object.fromEntries(c.clocks.map((k) => [k.id, k.state]));

describe('lifecycle steps', () => {
  it('accepts: meets the acceptance and first-response clocks, starts mediation, tells the complainant', () => {
    const change = steps.accept(receivedComplaint(), 'Within our remit', staff('2026-12-01T02:00:00Z'));
    expect(change.complaint).toMatchObject({ status: 'ACCEPTED', version: 2, workflowEpoch: 2, decision: { accepted: true, explanation: 'Within our remit' } });
    expect(state(change.complaint)).toEqual({ CN_ACCEPTANCE: 'MET', SLA_FIRST_RESPONSE: 'MET', SLA_ACCEPTANCE: 'MET', SLA_RESOLUTION: 'ON_TRACK', CN_MEDIATION: 'ON_TRACK' });
    expect(change.audit).toMatchObject({ version: 2, action: 'ACCEPTED', actor: { kind: 'STAFF', id: 'h1' } });
    expect(change.notifications?.map((n) => [n.kind, n.recipient, n.version])).toEqual([['ACCEPTED', 'COMPLAINANT', 2]]);
  });

  it('records a late acceptance as a breached statutory clock', () => {
    const change = steps.accept(receivedComplaint(), undefined, staff('2026-12-10T02:00:00Z'));
    expect(state(change.complaint).CN_ACCEPTANCE).toBe('BREACHED');
  });

  it('rejects with a reason code and stops every clock', () => {
    const change = steps.reject(receivedComplaint(), 'DUPLICATE', 'Same as CP-20261120-XXXXXX', staff('2026-12-01T02:00:00Z'));
    expect(change.complaint).toMatchObject({ status: 'REJECTED', decision: { accepted: false, reason: 'DUPLICATE' } });
    expect(change.complaint.clocks.every((k) => k.stoppedAt)).toBe(true);
  });

  it('designates a handler once accepted, and a reassignment is not news to the complainant', () => {
    const accepted = steps.accept(receivedComplaint(), undefined, staff('2026-12-01T02:00:00Z')).complaint;
    const designated = steps.assign(accepted, 'h1', 'mobile', staff('2026-12-01T03:00:00Z'));
    expect(designated.complaint).toMatchObject({ status: 'ASSIGNED', handlerId: 'h1', teamId: 'mobile' });
    expect(designated.notifications?.map((n) => n.kind)).toEqual(['HANDLER_ASSIGNED']);
    const reassigned = steps.assign(designated.complaint, 'h2', 'mobile', staff('2026-12-01T04:00:00Z'));
    expect(reassigned.complaint).toMatchObject({ status: 'ASSIGNED', handlerId: 'h2' });
    expect(reassigned.notifications).toEqual([]);
    expect(reassigned.audit.action).toBe('HANDLER_ASSIGNED');
  });

  it('keeps internal notes internal: no email, no new workflow epoch', () => {
    const c = receivedComplaint();
    const change = steps.addInternalNote(c, 'Caller sounded upset', staff('2026-12-01T02:00:00Z'));
    expect(change.entries?.map((e) => [e.kind, e.text])).toEqual([['INTERNAL_NOTE', 'Caller sounded upset']]);
    expect(change.notifications).toBeUndefined();
    expect(change.complaint.workflowEpoch).toBe(c.workflowEpoch);
  });

  it('pauses the SLA clocks while awaiting the complainant, and resumes them later by the working days waited', () => {
    let c = steps.accept(receivedComplaint(), undefined, staff('2026-12-01T02:00:00Z')).complaint;
    c = steps.assign(c, 'h1', 'mobile', staff('2026-12-01T02:00:00Z')).complaint;
    c = steps.startInvestigation(c, staff('2026-12-01T02:00:00Z')).complaint;
    const dueBefore = c.clocks.find((k) => k.id === 'SLA_RESOLUTION')!.dueAt;
    const asked = steps.requestInformation(c, 'Which address?', staff('2026-12-01T02:00:00Z'));
    expect(asked.complaint.status).toBe('AWAITING_COMPLAINANT');
    expect(state(asked.complaint)).toMatchObject({ SLA_RESOLUTION: 'PAUSED', CN_MEDIATION: 'ON_TRACK' });
    expect(asked.notifications?.map((n) => [n.kind, n.detail?.text])).toEqual([['INFORMATION_REQUESTED', 'Which address?']]);
    // Answered Thursday 3 Dec: two working days later.
    const answered = steps.provideInformation(asked.complaint, 'Room 12', staff('2026-12-03T02:00:00Z'));
    expect(answered.complaint).toMatchObject({ status: 'INVESTIGATING', pendingRequest: undefined });
    expect(answered.audit.actor).toEqual({ kind: 'COMPLAINANT' });
    const dueAfter = answered.complaint.clocks.find((k) => k.id === 'SLA_RESOLUTION')!.dueAt;
    expect(dueBefore).toBe('2026-12-21T15:59:59.999Z');
    expect(dueAfter).toBe('2026-12-23T15:59:59.999Z');
  });

  it('reopens on a low rating and escalates to the supervisor; closes on a good one', () => {
    const c = { ...receivedComplaint(), status: 'FEEDBACK_PENDING' as const, teamId: 'mobile', handlerId: 'h1' };
    const unhappy = steps.receiveFeedback(c, { rating: SETTINGS.reopenAtOrBelowRating, resolved: true }, staff('2026-12-20T02:00:00Z'));
    expect(unhappy.complaint).toMatchObject({ status: 'REOPENED', escalation: { level: 'SUPERVISOR', reason: 'FEEDBACK' } });
    expect(unhappy.notifications?.map((n) => [n.kind, n.recipient])).toEqual([['REOPENED', 'COMPLAINANT'], ['ESCALATION', 'sup']]);
    const notResolved = steps.receiveFeedback(c, { rating: 5, resolved: false }, staff('2026-12-20T02:00:00Z'));
    expect(notResolved.complaint.status).toBe('REOPENED');
    const happy = steps.receiveFeedback(c, { rating: 4, resolved: true }, staff('2026-12-20T02:00:00Z'));
    expect(happy.complaint).toMatchObject({ status: 'CLOSED', feedback: { rating: 4, resolved: true } });
    expect(happy.audit.action).toBe('FEEDBACK_RECEIVED');
  });

  it('counts each reopening, so analytics can tell reopened complaints from the rest', () => {
    const c = { ...receivedComplaint(), status: 'FEEDBACK_PENDING' as const, teamId: 'mobile', handlerId: 'h1' };
    const once = steps.receiveFeedback(c, { rating: 1, resolved: false }, staff('2026-12-20T02:00:00Z')).complaint;
    expect(once.reopenCount).toBe(1);
    const twice = steps.receiveFeedback({ ...once, status: 'FEEDBACK_PENDING' }, { rating: 1, resolved: false }, staff('2026-12-28T02:00:00Z')).complaint;
    expect(twice.reopenCount).toBe(2);
    expect(steps.receiveFeedback(c, { rating: 5, resolved: true }, staff('2026-12-20T02:00:00Z')).complaint.reopenCount).toBeUndefined();
  });

  it('escalates one level at a time to the next person up', () => {
    const c = { ...receivedComplaint(), teamId: 'mobile', handlerId: 'h1' };
    const toHandler = steps.escalate(c, steps.nextLevel(c.escalation.level), 'Customer called again', staff('2026-12-01T02:00:00Z', 'sup'));
    expect(toHandler.complaint.escalation.level).toBe('HANDLER');
    expect(toHandler.notifications?.map((n) => [n.kind, n.recipient])).toEqual([['ESCALATION', 'h1']]);
    expect(steps.nextLevel('HANDLER')).toBe('SUPERVISOR');
    expect(steps.nextLevel('SUPERVISOR')).toBe('MANAGER');
    expect(steps.nextLevel('MANAGER')).toBe('MANAGER');
  });
});
