import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { accessCodeMatches } from '../../../functions/core/intake/codes';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { POLICY, recordingLogger } from './test-policy';

function setup(workflowStart: (id: string) => Promise<void> = async () => undefined) {
  const store = new InMemoryStore();
  const started: string[] = [];
  const logger = recordingLogger();
  const deps = {
    store,
    clock: new FakeClock('2026-11-30T02:00:00Z'),
    policy: POLICY,
    logger,
    workflow: { start: async (id: string) => { started.push(id); await workflowStart(id); } },
  };
  return { deps, store, started, logger };
}

describe('submitComplaint', () => {
  it('stores the complaint as received, with its first audit entry, a pending acknowledgement and the acceptance clock', async () => {
    const { deps, store } = setup();
    const { complaint } = await submitComplaint(deps, sampleSubmission(), { kind: 'COMPLAINANT' });
    const record = await store.getRecord(complaint.id);
    expect(record?.complaint).toMatchObject({ status: 'RECEIVED', version: 1, organizationId: 'acme', receivedAt: '2026-11-30T02:00:00.000Z' });
    expect(record?.complaint.deadlines).toEqual([{ kind: 'ACCEPTANCE_DECISION', dueAt: '2026-12-09T15:59:59.999Z', state: 'ON_TRACK' }]);
    expect(record?.history).toEqual([{ complaintId: complaint.id, version: 1, at: '2026-11-30T02:00:00.000Z', actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' }]);
    expect(record?.notifications.map((n) => [n.kind, n.state])).toEqual([['ACKNOWLEDGEMENT', 'PENDING']]);
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
    expect(await store.openWorkflows()).toEqual([complaint.id]);
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
