import { nextSystemStep, nextSystemWake } from '../../../functions/core/lifecycle/advance';
import { advanceComplaint } from '../../../functions/core/lifecycle/advance-complaint';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import type { Complaint } from '../../../functions/core/complaint';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';
import { receivedComplaint } from './fixtures';

async function stored(complaint: Complaint) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  await store.create({ complaint, audit: { complaintId: complaint.id, version: complaint.version, at: complaint.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
  const clock = new FakeClock(complaint.receivedAt);
  const deps = { store, clock, logger: recordingLogger(), settingsDefaults: DEFAULTS };
  const history = async () => (await store.getRecord(complaint.id))!.history.map((h) => h.action);
  const notices = async () => (await store.getRecord(complaint.id))!.notifications.map((n) => `${n.kind}:${n.recipient}`);
  return { store, clock, deps, history, notices };
}

// The default NORMAL SLA wants a first response within 1 working day: received Mon 30 Nov 10:00 Shanghai,
// due at the end of Tue 1 Dec (15:59:59.999Z), at risk from 75% of that span.
const FIRST_RESPONSE_DUE = '2026-12-01T15:59:59.999Z';

describe('the system steps of a complaint nobody acts on', () => {
  it('sleeps until the first clock comes at risk', async () => {
    const { deps, history } = await stored({ ...receivedComplaint(), teamId: 'mobile' });
    const result = await advanceComplaint(deps, 'c1', 1);
    expect(await history()).toEqual(['COMPLAINT_RECEIVED']);
    expect(result.wakeAt).toBe('2026-12-01T06:29:59.999Z');
  });

  it('records the clock at risk and tells the handler level (here the supervisor, as no handler is designated yet)', async () => {
    const { deps, clock, history, notices } = await stored({ ...receivedComplaint(), teamId: 'mobile' });
    clock.set('2026-12-01T09:00:00Z');
    const result = await advanceComplaint(deps, 'c1', 1);
    expect(await history()).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'ESCALATED']);
    expect(await notices()).toEqual(['ESCALATION:sup']);
    expect(result).toEqual({ superseded: false, wakeAt: '2026-12-01T16:00:00.000Z' });
  });

  it('escalates level by level: handler at risk, supervisor at the breach, manager a quarter of the span later; each once', async () => {
    const { deps, clock, history, notices, store } = await stored({ ...receivedComplaint(), teamId: 'mobile', handlerId: 'h1', status: 'ASSIGNED' });
    clock.set('2026-12-01T09:00:00Z');
    await advanceComplaint(deps, 'c1', 1);
    clock.set('2026-12-01T16:00:00Z');
    await advanceComplaint(deps, 'c1', 1);
    expect((await store.get('c1'))!.escalation.level).toBe('SUPERVISOR');
    // About 38 h from receipt to due: the manager is told 9.5 h after the due instant.
    clock.set('2026-12-02T01:29:59Z');
    await advanceComplaint(deps, 'c1', 1);
    expect((await store.get('c1'))!.escalation.level).toBe('SUPERVISOR');
    clock.set('2026-12-02T01:30:00Z');
    await advanceComplaint(deps, 'c1', 1);
    await advanceComplaint(deps, 'c1', 1);
    expect(await notices()).toEqual(['ESCALATION:h1', 'ESCALATION:sup', 'ESCALATION:mgr']);
    expect((await history()).filter((a) => a === 'ESCALATED')).toHaveLength(3);
    expect((await store.get('c1'))!.escalation.level).toBe('MANAGER');
  });

  it('takes every level in turn when it wakes only after the breach', async () => {
    const { deps, clock, history } = await stored({ ...receivedComplaint(), teamId: 'mobile', handlerId: 'h1', status: 'ASSIGNED' });
    clock.set('2026-12-01T17:00:00Z');
    await advanceComplaint(deps, 'c1', 1);
    expect(await history()).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'CLOCK_BREACHED', 'ESCALATED', 'ESCALATED']);
  });

  it('stops when a newer epoch has taken over', async () => {
    const { deps, store } = await stored({ ...receivedComplaint(), workflowEpoch: 3 });
    expect(await advanceComplaint(deps, 'c1', 1)).toEqual({ superseded: true });
    expect((await store.getRecord('c1'))!.history).toHaveLength(1);
  });

  it('has nothing to wait for once every clock stopped and the complaint is closed', () => {
    const c = receivedComplaint();
    const closed = { ...c, status: 'CLOSED' as const, clocks: c.clocks.map((k) => ({ ...k, stoppedAt: '2026-12-01T00:00:00.000Z', state: 'MET' as const })) };
    expect(nextSystemStep(closed, new Date('2027-06-01T00:00:00Z'), SETTINGS)).toBeNull();
    expect(nextSystemWake(closed, new Date('2027-06-01T00:00:00Z'), SETTINGS)).toBeUndefined();
  });
});

describe('after the final response', () => {
  const resolved = () => {
    const c = receivedComplaint();
    return { ...c, status: 'RESOLVED' as const, clocks: c.clocks.map((k) => ({ ...k, stoppedAt: '2026-12-02T00:00:00.000Z', state: 'MET' as const })) };
  };

  it('asks for feedback, open for the window the organization set', async () => {
    const { deps, clock, store } = await stored(resolved());
    clock.set('2026-12-02T00:00:00Z');
    const result = await advanceComplaint(deps, 'c1', 1);
    const record = (await store.getRecord('c1'))!;
    expect(record.complaint).toMatchObject({ status: 'FEEDBACK_PENDING', feedbackRequestedAt: '2026-12-02T00:00:00.000Z' });
    expect(record.notifications.map((n) => [n.kind, n.detail?.feedbackDueAt])).toEqual([['FEEDBACK_SURVEY', '2026-12-16T00:00:00.000Z']]);
    expect(result).toEqual({ superseded: false, wakeAt: '2026-12-16T00:00:00.001Z' });
  });

  it('closes the complaint when no feedback came within the window', async () => {
    const { deps, clock, store } = await stored(resolved());
    clock.set('2026-12-02T00:00:00Z');
    await advanceComplaint(deps, 'c1', 1);
    clock.set('2026-12-16T00:00:00.001Z');
    await advanceComplaint(deps, 'c1', 1);
    const record = (await store.getRecord('c1'))!;
    expect(record.complaint.status).toBe('CLOSED');
    expect(record.history.at(-1)).toMatchObject({ action: 'CLOSED', actor: { kind: 'SYSTEM' } });
    expect(record.notifications.map((n) => n.kind)).toEqual(['FEEDBACK_SURVEY', 'CLOSED']);
  });
});

describe('the first clock due', () => {
  it('is the first response of the default SLA', () => {
    expect(receivedComplaint().clocks.find((k) => k.id === 'SLA_FIRST_RESPONSE')!.dueAt).toBe(FIRST_RESPONSE_DUE);
  });
});

describe('a deployment serving several organizations', () => {
  it('escalates by the rules and to the staff of the complaint\'s own organization, not the deployment\'s', async () => {
    // Another organization, the deployment's default, has a member with the same staff id.
    const { deps, clock, store, notices } = await stored({ ...receivedComplaint(), teamId: 'mobile', handlerId: 'h1', status: 'ASSIGNED' });
    store.settings = { ...SETTINGS, organizationId: 'default', staff: [{ id: 'sup', name: 'Someone else', email: 'other-tenant@example.org' }], teams: [], managerId: undefined };
    const elsewhere = { ...deps, settingsDefaults: { ...DEFAULTS, organizationId: 'default' } };
    clock.set('2026-12-01T16:00:00Z');
    await advanceComplaint(elsewhere, 'c1', 1);
    expect(await notices()).toEqual(['ESCALATION:h1', 'ESCALATION:sup']);
    const sent: string[] = [];
    await sendPendingNotifications({ ...elsewhere, mailer: { send: async (m) => (sent.push(m.to), { messageId: 'm' }) }, trackingUrl: 'https://t.example/' }, 'c1');
    expect(sent).toEqual(['han@example.org', 'su@example.org']);
  });
});
