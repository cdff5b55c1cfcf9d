import { MAX_LOCAL_WAIT_MS, withCappedWait, type TaskHandlers } from '../../../local/workflow-runner';

const DAY = 86_400_000;

function advancingTo(wakeAt: string | undefined): TaskHandlers {
  const nothing = async () => ({});
  return { CloseWorkflow: nothing, Advance: async () => ({ superseded: false, ...(wakeAt ? { wakeAt } : {}) }) };
}

describe('the local runner\'s waits', () => {
  it('cut a wait beyond Node\'s timer limit (e.g. 45 working days of mediation) to 20 days', async () => {
    const before = Date.now();
    const result = (await withCappedWait(advancingTo(new Date(before + 60 * DAY).toISOString())).Advance({ complaintId: 'c', epoch: 1 })) as { wakeAt: string };
    expect(Date.parse(result.wakeAt) - before).toBeGreaterThanOrEqual(MAX_LOCAL_WAIT_MS);
    expect(Date.parse(result.wakeAt) - Date.now()).toBeLessThanOrEqual(MAX_LOCAL_WAIT_MS);
    expect(MAX_LOCAL_WAIT_MS).toBeLessThan(2 ** 31);
  });

  it('leave shorter waits and a finished workflow as they are', async () => {
    const soon = new Date(Date.now() + 3 * DAY).toISOString();
    expect(await withCappedWait(advancingTo(soon)).Advance({ complaintId: 'c', epoch: 1 })).toEqual({ superseded: false, wakeAt: soon });
    expect(await withCappedWait(advancingTo(undefined)).Advance({ complaintId: 'c', epoch: 1 })).toEqual({ superseded: false });
  });
});
