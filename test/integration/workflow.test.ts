import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalStack } from '../../local/stack';
import { complaintStore } from '../../functions/wiring/dynamodb';
import { freePort } from '../../local/preflight';
import { FakeClock } from '../harness/fake-clock';
import { asStaff, graphql, mailTo, RECORD, startTestStack, SUBMIT, waitFor, workflowsCaughtUp, ADMIN } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

// Monday 30 Nov 2026, 10:00 in Shanghai; the statutory acceptance decision is due at the end of Wed 9 Dec.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const DUE = '2026-12-09T15:59:59.999Z';

/** Only the statutory clocks run: the organization sets SLA targets for low-priority complaints alone. */
async function statutoryOnly(stack: LocalStack) {
  const res = await graphql(
    stack,
    `mutation { updateOrganizationSettings(input: { expectedVersion: 0, jurisdictions: [CN],
      slaTargets: [{ priority: LOW, resolution: { amount: 30, unit: WORKING_DAYS } }] }) { version } }`,
    {},
    asStaff('admin'),
  );
  expect(res.errors).toBeUndefined();
}

async function record(stack: LocalStack, id: string) {
  return (await graphql(stack, RECORD, { id }, ADMIN)).data!.complaint;
}

async function submitted(stack: LocalStack) {
  const input = sampleSubmission();
  const res = await graphql(stack, SUBMIT, { input });
  return { input, id: res.data!.submitComplaint.complaint.id as string };
}

async function acknowledged(stack: LocalStack, id: string) {
  return waitFor('the acknowledgement to be recorded', async () => (await record(stack, id)).notifications[0].state === 'SENT');
}

const actions = (r: { history: Array<{ action: string }> }) => r.history.map((h) => h.action);

describe('the complaint workflow on the local state machine runner', () => {
  let stack: LocalStack;
  const clock = new FakeClock(RECEIVED);

  beforeAll(async () => {
    stack = await startTestStack({ clock, waitPollMs: 25 });
    await statutoryOnly(stack);
  });
  afterAll(() => stack?.stop());

  it('waits until the acceptance deadline, then records the complaint overdue for acceptance', async () => {
    const { id } = await submitted(stack);
    await acknowledged(stack, id);
    expect((await record(stack, id)).clocks).toEqual([{ id: 'CN_ACCEPTANCE', dueAt: DUE, state: 'ON_TRACK' }]);

    clock.set('2026-12-09T15:59:59.000Z');
    await workflowsCaughtUp(stack);
    expect(actions(await record(stack, id))).not.toContain('CLOCK_BREACHED');

    clock.set('2026-12-09T16:00:00.000Z');
    // Once the workflow has caught up with the clock, the breach and the supervisor-level escalation are recorded.
    await workflowsCaughtUp(stack);
    const overdue = await record(stack, id);
    expect(overdue.clocks).toEqual([{ id: 'CN_ACCEPTANCE', dueAt: DUE, state: 'BREACHED' }]);
    expect(overdue.history.map((h: { action: string; actor: { kind: string } }) => [h.action, h.actor.kind])).toEqual([
      ['COMPLAINT_RECEIVED', 'COMPLAINANT'],
      ['CLOCK_AT_RISK', 'SYSTEM'],
      ['ESCALATED', 'SYSTEM'],
      ['CLOCK_BREACHED', 'SYSTEM'],
      ['ESCALATED', 'SYSTEM'],
    ]);
  });
});

describe('pending workflows across a restart of the local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resume after a restart: each due breach is recorded exactly once and no acknowledgement is sent twice', async () => {
    const clock = new FakeClock(RECEIVED);
    const ports = { api: 0, ses: 0, workflow: 0, dynamodb: await freePort() };
    const first = await startTestStack({ clock, dataDir, ports, waitPollMs: 25 });
    await statutoryOnly(first);
    const complaints = [await submitted(first), await submitted(first), await submitted(first)];
    for (const c of complaints) await acknowledged(first, c.id);
    for (const c of complaints) expect(await mailTo(first, c.input.complainant.email!)).toHaveLength(1);
    expect(first.runner.running()).toBe(3);
    await first.stop();

    // While the stack is down, the deadline passes.
    clock.set('2026-12-10T09:00:00.000Z');
    const second = await startTestStack({ clock, dataDir, ports, waitPollMs: 25 });
    try {
      await waitFor('the resumed workflows to record the breaches', async () => {
        const all = await Promise.all(complaints.map((c) => record(second, c.id)));
        return all.every((r) => actions(r).filter((a: string) => a === 'ESCALATED').length === 2);
      });
      const store = complaintStore(second.config);
      await workflowsCaughtUp(second);
      for (const c of complaints) {
        const r = await record(second, c.id);
        expect(actions(r).filter((a: string) => a === 'CLOCK_BREACHED')).toHaveLength(1);
        expect(r.clocks[0].state).toBe('BREACHED');
        // SES local keeps its store in this process across both stacks: one acknowledgement in all.
        expect(await mailTo(second, c.input.complainant.email!)).toHaveLength(1);
      }
      // Still undecided: each waits, open, for the manager escalation a quarter of the clock's span after the breach.
      expect((await store.openWorkflows()).map((w) => w.complaintId).sort()).toEqual(complaints.map((c) => c.id).sort());
    } finally {
      await second.stop();
    }
    // Two stack starts, each with its data on disk.
  }, 120_000);
});
