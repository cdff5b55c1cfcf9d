import { assignIfRouted } from '../../../functions/core/lifecycle/service';
import * as steps from '../../../functions/core/lifecycle/steps';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, recordingLogger, SETTINGS } from '../core/test-policy';
import { receivedComplaint, staff } from './fixtures';
import { sealed } from '../../../functions/core/audit/seal';

describe('routing right after acceptance', () => {
  async function accepted() {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const c = receivedComplaint();
    await store.create({ complaint: c, audit: { complaintId: c.id, version: 1, at: c.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
    // Decided on the stored complaint and sealed, as the service does: the next step chains to it.
    const change = sealed(steps.accept((await store.get(c.id))!, undefined, staff('2026-12-01T02:00:00Z')));
    await store.commit(change);
    const logger = recordingLogger();
    const deps = { store, logger, clock: new FakeClock('2026-12-01T02:00:00Z'), workflow: { start: async () => undefined }, settingsDefaults: DEFAULTS };
    return { store, logger, deps, complaint: change.complaint };
  }

  it('designates the least-loaded member of the routed team', async () => {
    const { deps, complaint } = await accepted();
    expect(await assignIfRouted(deps, complaint, { kind: 'STAFF', id: 'sup' }, SETTINGS)).toMatchObject({ status: 'ASSIGNED', handlerId: 'h1', teamId: 'mobile' });
  });

  it('leaves the complaint accepted, and says why in the log, when the assignment cannot be made', async () => {
    const { deps, store, logger, complaint } = await accepted();
    store.openComplaintCounts = async () => {
      throw Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
    };
    expect(await assignIfRouted(deps, complaint, { kind: 'STAFF', id: 'sup' }, SETTINGS)).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect((await store.get(complaint.id))!.status).toBe('ACCEPTED');
    expect(logger.lines.join()).toContain('routing.assignment_failed');
  });
});
