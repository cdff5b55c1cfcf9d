import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { accessCodeMatches } from '../../../functions/core/intake/codes';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, SETTINGS, recordingLogger } from './test-policy';

function setup(workflowStart: (id: string) => Promise<void> = async () => undefined) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const started: string[] = [];
  const logger = recordingLogger();
  const deps = {
    store,
    clock: new FakeClock('2026-11-30T02:00:00Z'),
    settingsDefaults: DEFAULTS,
    logger,
    workflow: { start: async (id: string) => { started.push(id); await workflowStart(id); } },
  };
  return { deps, store, started, logger };
}

describe('submitComplaint', () => {
  it('stores the complaint as received, with its first audit entry, a queued acknowledgement and its clocks', async () => {
    const { deps, store } = setup();
    const { complaint } = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    const record = await store.getRecord(complaint.id);
    expect(record?.complaint).toMatchObject({ status: 'RECEIVED', version: 1, organizationId: 'acme', priority: 'NORMAL', jurisdictions: ['CN'], receivedAt: '2026-11-30T02:00:00.000Z' });
    // Received Monday 30 Nov, 10:00 in Shanghai: the statutory decision is due at the end of Wed 9 Dec; the default SLA runs beside it.
    expect(record?.complaint.clocks.map((c) => [c.id, c.dueAt, c.state])).toEqual([
      ['CN_ACCEPTANCE', '2026-12-09T15:59:59.999Z', 'ON_TRACK'],
      ['SLA_FIRST_RESPONSE', '2026-12-01T15:59:59.999Z', 'ON_TRACK'],
      ['SLA_ACCEPTANCE', '2026-12-03T15:59:59.999Z', 'ON_TRACK'],
      ['SLA_RESOLUTION', '2026-12-21T15:59:59.999Z', 'ON_TRACK'],
    ]);
    expect(record?.history).toEqual([
      { complaintId: complaint.id, version: 1, at: '2026-11-30T02:00:00.000Z', actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED', stateDigest: expect.any(String), hash: expect.any(String) },
    ]);
    expect(record?.notifications.map((n) => [n.kind, n.recipient, n.state])).toEqual([['ACKNOWLEDGEMENT', 'COMPLAINANT', 'PENDING']]);
  });

  it('returns an access code that matches the stored hash and is not stored itself', async () => {
    const { deps, store } = setup();
    const { complaint, accessCode } = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    expect(accessCodeMatches(complaint.id, accessCode, complaint.accessCodeHash)).toBe(true);
    expect(JSON.stringify(store.records.get(complaint.id))).not.toContain(accessCode);
  });

  it('starts the complaint\'s workflow', async () => {
    const { deps, started } = setup();
    const { complaint } = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    expect(started).toEqual([complaint.id]);
  });

  it('keeps the complaint and its open workflow when the workflow cannot be started, logging no personal data', async () => {
    const { deps, store, logger } = setup(async () => {
      throw Object.assign(new Error('unreachable wang@example.com'), { name: 'ServiceUnavailable' });
    });
    const input = sampleSubmission();
    const { complaint } = await submitComplaint(deps, input, { kind: 'COMPLAINANT' });
    expect(await store.get(complaint.id)).not.toBeNull();
    expect(await store.openWorkflows()).toEqual([{ complaintId: complaint.id, epoch: 1 }]);
    expect(logger.lines.join('\n')).toContain('workflow.start_failed');
    expect(logger.lines.join('\n')).not.toContain('@example.com');
  });

  it('draws another reference when the first is taken', async () => {
    const { deps, store } = setup();
    const taken = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    const create = store.create.bind(store);
    let calls = 0;
    store.create = async (change) => {
      calls += 1;
      if (calls === 1) change.complaint.reference = taken.complaint.reference;
      return create(change);
    };
    const second = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    expect(calls).toBe(2);
    expect(second.complaint.reference).not.toBe(taken.complaint.reference);
  });

  it('writes nothing when the input is invalid', async () => {
    const { deps, store, started } = setup();
    await expect(submitComplaint(deps, sampleSubmission({ facts: '' }), { kind: 'COMPLAINANT' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(store.records.size).toBe(0);
    expect(started).toEqual([]);
  });
});
