import { breachDueDeadlines, breachIfDue } from '../../../functions/core/deadlines/breach-due-deadlines';
import { deadlinesAt, nextRunningDeadline } from '../../../functions/core/deadlines/deadlines';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { POLICY, recordingLogger } from './test-policy';

async function received() {
  const store = new InMemoryStore();
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const logger = recordingLogger();
  const { complaint } = await submitComplaint({ store, clock, policy: POLICY, logger, workflow: { start: async () => undefined } }, sampleSubmission(), { kind: 'COMPLAINANT' });
  return { store, clock, logger, complaint };
}

const DUE = '2026-12-09T15:59:59.999Z';

describe('the acceptance-decision clock', () => {
  it('is the next running deadline of a received complaint', async () => {
    const { complaint } = await received();
    expect(nextRunningDeadline(complaint)).toEqual({ kind: 'ACCEPTANCE_DECISION', dueAt: DUE, state: 'ON_TRACK' });
  });

  it('stops running once the complaint is no longer awaiting the decision', async () => {
    const { complaint } = await received();
    expect(nextRunningDeadline({ ...complaint, status: 'ACCEPTED' })).toBeUndefined();
    expect(breachIfDue({ ...complaint, status: 'REJECTED' }, new Date('2027-01-01T00:00:00Z'))).toBeNull();
  });

  it('is not breached a millisecond before it falls due', async () => {
    const { complaint } = await received();
    expect(breachIfDue(complaint, new Date('2026-12-09T15:59:59.998Z'))).toBeNull();
    expect(deadlinesAt(complaint, new Date('2026-12-09T15:59:59.998Z'))[0].state).toBe('ON_TRACK');
  });

  it('marks the complaint overdue for acceptance when the deadline passes, once', async () => {
    const { store, clock, logger, complaint } = await received();
    clock.set('2026-12-10T00:00:00Z');
    expect(await breachDueDeadlines({ store, clock, logger }, complaint.id)).toBe(1);
    expect(await breachDueDeadlines({ store, clock, logger }, complaint.id)).toBe(0);
    const record = await store.getRecord(complaint.id);
    expect(record?.complaint.deadlines[0].state).toBe('BREACHED');
    expect(record?.history.filter((h) => h.action === 'DEADLINE_BREACHED')).toHaveLength(1);
    expect(nextRunningDeadline(record!.complaint)).toBeUndefined();
  });

  it('shows as breached to readers as soon as it passes, before the workflow records it', async () => {
    const { complaint } = await received();
    expect(deadlinesAt(complaint, new Date('2026-12-10T00:00:00Z'))[0].state).toBe('BREACHED');
    expect(complaint.deadlines[0].state).toBe('ON_TRACK');
  });
});
