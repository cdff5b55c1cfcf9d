import { complaintFacts } from '../../../functions/core/analytics/facts';
import { COMPLAINANT, type Complaint, type ComplaintChange } from '../../../functions/core/complaint';
import { erasure } from '../../../functions/core/data-protection';
import { FULL_EXPORT_HEADER, fullExportRow } from '../../../functions/core/exports/full-export';
import { nextSystemStep } from '../../../functions/core/lifecycle/advance';
import * as steps from '../../../functions/core/lifecycle/steps';
import { publicTimeline } from '../../../functions/core/public-timeline';
import type { FinalResponseInput } from '../../../functions/graphql/generated/types';
import { VersionConflict } from '../../../functions/core/errors';
import { InMemoryStore } from '../../harness/in-memory-store';
import { SETTINGS } from '../core/test-policy';
import { receivedComplaint, staff } from './fixtures';

const FIRST: FinalResponseInput = {
  outcome: 'PARTLY_UPHELD',
  reasons: 'The log shows one missed day.',
  remedies: ['APOLOGY'],
  followUpMeasures: 'Daily checks.',
  rootCause: 'SERVICE_QUALITY',
};
const SECOND: FinalResponseInput = {
  outcome: 'UPHELD',
  reasons: 'On review, all three days were missed.',
  remedies: ['REFUND', 'APOLOGY'],
  remedyDetails: 'One night refunded.',
  followUpMeasures: 'Supervisors sign off every room.',
  rootCause: 'SERVICE_QUALITY',
};
const LOW = { rating: 1, resolved: false, comment: 'An apology is not enough.' };
const GOOD = { rating: 4, resolved: true, comment: 'Thank you.' };

/** Commits each step to the in-memory store, as the service would, and returns the stored record. */
async function reopenedAndResolvedAgain(language: 'EN' | 'ZH_CN' = 'EN') {
  const store = new InMemoryStore();
  let c: Complaint = receivedComplaint({ complainant: { name: 'Alice Martin', email: 'alice@example.com', preferredLanguage: language } });
  // The store seals what it writes: each step goes on from the stored complaint and its audit head.
  const stored = async () => (c = (await store.get(c.id))!);
  await store.create({ complaint: c, audit: { complaintId: c.id, version: 1, at: c.receivedAt, actor: COMPLAINANT, action: 'COMPLAINT_RECEIVED' } });
  await stored();
  const apply = async (change: ComplaintChange) => {
    await store.commit(change);
    await stored();
    return change;
  };
  const survey = (at: string) => apply(nextSystemStep(c, new Date(at), SETTINGS)!);
  await apply(steps.accept(c, undefined, staff('2026-11-30T03:00:00Z')));
  await apply(steps.assign(c, 'h1', 'mobile', staff('2026-11-30T03:00:00Z')));
  await apply(steps.startInvestigation(c, staff('2026-11-30T04:00:00Z')));
  await apply(steps.resolve(c, FIRST, 'Ombudsman A.', staff('2026-12-01T02:00:00Z')));
  await survey('2026-12-01T02:01:00Z');
  const reopening = await apply(steps.receiveFeedback(c, LOW, staff('2026-12-02T02:00:00Z')));
  await apply(steps.startInvestigation(c, staff('2026-12-02T03:00:00Z')));
  await apply(steps.resolve(c, SECOND, 'Ombudsman B.', staff('2026-12-03T02:00:00Z')));
  await survey('2026-12-03T02:01:00Z');
  await apply(steps.receiveFeedback(c, GOOD, staff('2026-12-04T02:00:00Z')));
  return { store, record: (await store.getRecord(c.id))!, reopening };
}

describe('reopening a complaint keeps everything', () => {
  it('records a low rating as feedback received, then reopened: two versions, one change', () => {
    const pending = { ...receivedComplaint(), status: 'FEEDBACK_PENDING' as const, teamId: 'mobile', handlerId: 'h1', version: 7, workflowEpoch: 6 };
    const change = steps.receiveFeedback(pending, LOW, staff('2026-12-20T02:00:00Z'));
    expect(change.precedingAudits).toEqual([{ complaintId: 'c1', version: 8, at: '2026-12-20T02:00:00.000Z', actor: COMPLAINANT, action: 'FEEDBACK_RECEIVED' }]);
    expect(change.audit).toEqual({ complaintId: 'c1', version: 9, at: '2026-12-20T02:00:00.000Z', actor: COMPLAINANT, action: 'REOPENED' });
    expect(change.complaint).toMatchObject({ version: 9, workflowEpoch: 9, status: 'REOPENED', feedback: { ...LOW, at: '2026-12-20T02:00:00.000Z' } });
    expect(change.notifications?.map((n) => [n.kind, n.version])).toEqual([['REOPENED', 9], ['ESCALATION', 9]]);
  });

  it('keeps a satisfied rating one version, FEEDBACK_RECEIVED, that closes the complaint', () => {
    const pending = { ...receivedComplaint(), status: 'FEEDBACK_PENDING' as const, version: 7 };
    const change = steps.receiveFeedback(pending, GOOD, staff('2026-12-20T02:00:00Z'));
    expect(change.precedingAudits).toBeUndefined();
    expect(change.audit).toMatchObject({ version: 8, action: 'FEEDBACK_RECEIVED' });
    expect(change.complaint.status).toBe('CLOSED');
  });

  it('keeps every final response and every feedback, oldest first, with the latest as before', async () => {
    const { record } = await reopenedAndResolvedAgain();
    const c = record.complaint;
    expect(c.earlierFinalResponses).toEqual([{ ...FIRST, remedyDetails: undefined, furtherRecourse: 'Ombudsman A.', at: '2026-12-01T02:00:00.000Z' }]);
    expect(c.finalResponse).toMatchObject({ outcome: 'UPHELD', furtherRecourse: 'Ombudsman B.', at: '2026-12-03T02:00:00.000Z' });
    expect(c.earlierFeedback).toEqual([{ ...LOW, at: '2026-12-02T02:00:00.000Z' }]);
    expect(c.feedback).toEqual({ ...GOOD, at: '2026-12-04T02:00:00.000Z' });
  });

  it('writes both audit entries of the reopening, in order, in the history', async () => {
    const { record } = await reopenedAndResolvedAgain();
    expect(record.history.map((h) => [h.version, h.action])).toEqual([
      [1, 'COMPLAINT_RECEIVED'],
      [2, 'ACCEPTED'],
      [3, 'HANDLER_ASSIGNED'],
      [4, 'INVESTIGATION_STARTED'],
      [5, 'RESOLVED'],
      [6, 'FEEDBACK_REQUESTED'],
      [7, 'FEEDBACK_RECEIVED'],
      [8, 'REOPENED'],
      [9, 'INVESTIGATION_STARTED'],
      [10, 'RESOLVED'],
      [11, 'FEEDBACK_REQUESTED'],
      [12, 'FEEDBACK_RECEIVED'],
    ]);
    expect(record.complaint.version).toBe(12);
  });

  it('refuses a two-version change unless the store holds the version before its first entry', async () => {
    const { store, reopening } = await reopenedAndResolvedAgain();
    await expect(store.commit(reopening)).rejects.toBeInstanceOf(VersionConflict);
  });

  it("shows the complainant each answer in their words and each feedback as they gave it, on the step that recorded it", async () => {
    const { record } = await reopenedAndResolvedAgain();
    const timeline = publicTimeline(record);
    const resolved = timeline.filter((t) => t.action === 'RESOLVED');
    expect(resolved.map((t) => t.finalResponse?.outcome)).toEqual(['PARTLY_UPHELD', 'UPHELD']);
    expect(resolved[0].text).toBe(
      ['Outcome: your complaint is partly upheld.', 'Our reasons: The log shows one missed day.', 'What we offer: an apology.', 'What we are changing so that it does not happen again: Daily checks.', 'Ombudsman A.'].join('\n'),
    );
    expect(resolved[1].text).toContain('Details: One night refunded.');
    const feedback = timeline.filter((t) => t.action === 'FEEDBACK_RECEIVED');
    expect(feedback.map((t) => [t.feedback?.rating, t.feedback?.resolved, t.text])).toEqual([
      [1, false, 'An apology is not enough.'],
      [4, true, 'Thank you.'],
    ]);
    expect(timeline.find((t) => t.action === 'REOPENED')).toEqual({ at: '2026-12-02T02:00:00.000Z', action: 'REOPENED', text: undefined, finalResponse: undefined, feedback: undefined });
  });

  it('writes the answer on the timeline in Chinese for a complainant who reads Chinese', async () => {
    const { record } = await reopenedAndResolvedAgain('ZH_CN');
    expect(publicTimeline(record).find((t) => t.action === 'RESOLVED')?.text).toContain('理由：The log shows one missed day.');
  });

  it('gives a complaint stored before earlier answers were kept its one response on its latest RESOLVED step', async () => {
    const { record } = await reopenedAndResolvedAgain();
    const legacy = { ...record.complaint, earlierFinalResponses: undefined, earlierFeedback: undefined };
    const resolved = publicTimeline({ ...record, complaint: legacy }).filter((t) => t.action === 'RESOLVED' || t.action === 'FEEDBACK_RECEIVED');
    expect(resolved.map((t) => [t.action, t.finalResponse?.outcome, t.feedback?.rating])).toEqual([
      ['RESOLVED', undefined, undefined],
      ['FEEDBACK_RECEIVED', undefined, undefined],
      ['RESOLVED', 'UPHELD', undefined],
      ['FEEDBACK_RECEIVED', undefined, 4],
    ]);
  });

  it('shows the low rating of a complaint reopened before, when REOPENED alone recorded it, on that step', async () => {
    const { record } = await reopenedAndResolvedAgain();
    // Stored before: the low rating was one REOPENED step; the later rating came after the change.
    const legacy = { ...record, history: record.history.filter((h) => !(h.action === 'FEEDBACK_RECEIVED' && h.version === 7)) };
    const rated = publicTimeline(legacy).filter((t) => t.feedback !== undefined);
    expect(rated.map((t) => [t.action, t.feedback?.rating, t.text])).toEqual([
      ['REOPENED', 1, 'An apology is not enough.'],
      ['FEEDBACK_RECEIVED', 4, 'Thank you.'],
    ]);
  });

  it('erases every feedback comment, not only the last', async () => {
    const { record } = await reopenedAndResolvedAgain();
    const erased = erasure(record, { kind: 'STAFF', id: 'admin' }, new Date('2026-12-10T00:00:00Z')).complaint;
    expect([...erased.earlierFeedback!, erased.feedback!].map((f) => [f.rating, f.comment])).toEqual([
      [1, undefined],
      [4, undefined],
    ]);
    expect(JSON.stringify(erased)).not.toContain('apology is not enough');
  });

  it('counts every rating in the satisfaction figures, the one that reopened it too', async () => {
    const { record } = await reopenedAndResolvedAgain();
    expect(complaintFacts(record.complaint).counters).toMatchObject({ rated: 2, ratingSum: 5, rating1: 1, rating4: 1, saidResolved: 1, resolved: 1, reopened: 1 });
  });

  it('exports every answer and every rating in order, without the comments', async () => {
    const { record } = await reopenedAndResolvedAgain();
    const row = Object.fromEntries(FULL_EXPORT_HEADER.map((h, i) => [h, fullExportRow(record.complaint)[i]]));
    expect(row).toMatchObject({
      outcome: 'UPHELD',
      rating: '4',
      reopenCount: '1',
      responseCount: '2',
      responseOutcomes: 'PARTLY_UPHELD;UPHELD',
      respondedAt: '2026-12-01T02:00:00.000Z;2026-12-03T02:00:00.000Z',
      feedbackCount: '2',
      feedbackRatings: '1;4',
      feedbackResolved: 'false;true',
      feedbackAt: '2026-12-02T02:00:00.000Z;2026-12-04T02:00:00.000Z',
    });
    expect(fullExportRow(record.complaint).join(',')).not.toMatch(/apology is not enough|Thank you/);
  });
});
