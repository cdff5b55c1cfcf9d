import { performStep } from '../../../functions/core/lifecycle/service';
import * as steps from '../../../functions/core/lifecycle/steps';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger, SETTINGS } from '../core/test-policy';
import { receivedComplaint } from './fixtures';

const STAFF = { kind: 'STAFF', id: 'sup' } as const;

/** A received complaint whose epoch 1 execution runs, and a starter that records what the service asks of Step Functions. */
async function running() {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const c = receivedComplaint({ category: 'Mobile network' });
  await store.create({ complaint: c, audit: { complaintId: c.id, version: 1, at: c.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
  const calls: string[] = [];
  const workflow = {
    start: async (id: string, epoch: number, wakeAt?: string) => void calls.push(`start ${id}-${epoch} until ${wakeAt}`),
    stop: async (id: string, epoch: number) => void calls.push(`stop ${id}-${epoch}`),
  };
  const clock = new FakeClock('2026-11-30T03:00:00Z');
  const deps = { store, logger: recordingLogger(), clock, workflow, settingsDefaults: DEFAULTS };
  const act = async (decide: Parameters<typeof performStep>[4]) => performStep(deps, c.id, (await store.get(c.id))!.version, STAFF, decide, Promise.resolve(SETTINGS));
  return { store, calls, act, id: c.id, deps };
}

describe('workflow executions started by a person’s change', () => {
  it('starts a new execution waiting for the new next deadline, and stops the one it replaces', async () => {
    const { calls, act, id, store } = await running();
    const accepted = await act((c, ctx) => steps.accept(c, undefined, ctx));
    expect(accepted.workflowEpoch).toBe(2);
    expect(calls).toEqual([`start ${id}-2 until 2026-12-16T06:29:59.999Z`, `stop ${id}-1`]);
    // The marker moved to the new epoch: a restart resumes that one.
    expect(await store.openWorkflows()).toEqual([{ complaintId: id, epoch: 2 }]);
  });

  it('starts nothing when the change leaves the next deadline where it was: the running execution reads the change when it wakes', async () => {
    const { calls, act, id, store } = await running();
    await act((c, ctx) => steps.accept(c, undefined, ctx));
    calls.length = 0;
    const assigned = await act((c, ctx) => steps.assign(c, 'h1', 'mobile', ctx));
    const investigating = await act((c, ctx) => steps.startInvestigation(c, ctx));
    expect(calls).toEqual([]);
    expect([assigned.workflowEpoch, investigating.workflowEpoch]).toEqual([2, 2]);
    expect(investigating.version).toBe(4);
    // The email the assignment queued waits for the outbox, not for an execution.
    expect((await store.getRecord(id))!.notifications.map((n) => [n.kind, n.state])).toEqual([['ACCEPTED', 'PENDING'], ['HANDLER_ASSIGNED', 'PENDING']]);
  });

  it('starts an execution that looks at once when a system step is due straight after the change (the feedback survey after the final response)', async () => {
    const { calls, act, id, deps } = await running();
    await act((c, ctx) => steps.accept(c, undefined, ctx));
    await act((c, ctx) => steps.assign(c, 'h1', 'mobile', ctx));
    await act((c, ctx) => steps.startInvestigation(c, ctx));
    calls.length = 0;
    const response = { outcome: 'UPHELD', reasons: 'r', remedies: ['REFUND'], followUpMeasures: 'f', rootCause: 'BILLING' } as const;
    await act((c, ctx) => steps.resolve(c, response as never, 'the ombudsman', ctx));
    expect(calls).toEqual([`start ${id}-5 until ${deps.clock.now().toISOString()}`, `stop ${id}-2`]);
  });
});
