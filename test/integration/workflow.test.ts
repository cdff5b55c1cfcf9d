import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalStack } from '../../local/stack';
import { complaintStore } from '../../functions/wiring/dynamodb';
import { freePort } from '../../local/preflight';
import { FakeClock } from '../harness/fake-clock';
import { graphql, mailTo, RECORD, startTestStack, SUBMIT, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

// Monday 30 Nov 2026, 10:00 in Shanghai; the acceptance decision is due at the end of Wed 9 Dec.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const DUE = '2026-12-09T15:59:59.999Z';

async function record(stack: LocalStack, id: string) {
  return (await graphql(stack, RECORD, { id })).data!.complaint;
}

async function submitted(stack: LocalStack) {
  const input = sampleSubmission();
  const res = await graphql(stack, SUBMIT, { input });
  return { input, id: res.data!.submitComplaint.complaint.id as string };
}

async function acknowledged(stack: LocalStack, id: string) {
  return waitFor('the acknowledgement to be recorded', async () => (await record(stack, id)).notifications[0].state === 'SENT');
}

describe('the complaint workflow on the local state machine runner', () => {
  let stack: LocalStack;
  const clock = new FakeClock(RECEIVED);

  beforeAll(async () => {
    stack = await startTestStack({ clock, waitPollMs: 25 });
  });
  afterAll(() => stack?.stop());

  it('waits until the acceptance deadline, then marks the complaint overdue for acceptance', async () => {
    const { id } = await submitted(stack);
    await acknowledged(stack, id);
    expect((await record(stack, id)).deadlines).toEqual([{ kind: 'ACCEPTANCE_DECISION', dueAt: DUE, state: 'ON_TRACK' }]);

    clock.set('2026-12-09T15:59:59.000Z');
    await new Promise((r) => setTimeout(r, 300));
    expect((await record(stack, id)).history.map((h: { action: string }) => h.action)).not.toContain('DEADLINE_BREACHED');

    clock.set('2026-12-09T16:00:00.000Z');
    const overdue = await waitFor('the breach to be recorded', async () => {
      const r = await record(stack, id);
      return r.history.some((h: { action: string }) => h.action === 'DEADLINE_BREACHED') ? r : undefined;
    });
    expect(overdue.deadlines).toEqual([{ kind: 'ACCEPTANCE_DECISION', dueAt: DUE, state: 'BREACHED' }]);
    expect(overdue.history.map((h: { action: string; actor: { kind: string } }) => [h.action, h.actor.kind])).toEqual([
      ['COMPLAINT_RECEIVED', 'COMPLAINANT'],
      ['ACKNOWLEDGEMENT_SENT', 'SYSTEM'],
      ['DEADLINE_BREACHED', 'SYSTEM'],
    ]);
    const store = complaintStore(stack.config);
    await waitFor('the workflow to close', async () => !(await store.openWorkflows()).includes(id));
  });
});

describe('pending workflows across a restart of the local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('resume after a restart: each due deadline is recorded exactly once and no acknowledgement is sent twice', async () => {
    const clock = new FakeClock(RECEIVED);
    const ports = { api: 0, ses: 0, workflow: 0, dynamodb: await freePort() };
    const first = await startTestStack({ clock, dataDir, ports, waitPollMs: 25 });
    const complaints = [await submitted(first), await submitted(first), await submitted(first)];
    for (const c of complaints) await acknowledged(first, c.id);
    for (const c of complaints) expect(await mailTo(first, c.input.complainant.email!)).toHaveLength(1);
    expect(first.runner.running()).toBe(3);
    await first.stop();

    // While the stack is down, the deadline passes.
    clock.set('2026-12-10T09:00:00.000Z');
    const second = await startTestStack({ clock, dataDir, ports, waitPollMs: 25 });
    try {
      const store = complaintStore(second.config);
      await waitFor('the resumed workflows to finish', async () => (await store.openWorkflows()).length === 0);
      for (const c of complaints) {
        const r = await record(second, c.id);
        expect(r.history.filter((h: { action: string }) => h.action === 'DEADLINE_BREACHED')).toHaveLength(1);
        expect(r.history.filter((h: { action: string }) => h.action === 'ACKNOWLEDGEMENT_SENT')).toHaveLength(1);
        expect(r.deadlines[0].state).toBe('BREACHED');
        // SES local keeps its store in this process across both stacks: one email in all.
        expect(await mailTo(second, c.input.complainant.email!)).toHaveLength(1);
      }
    } finally {
      await second.stop();
    }
  });
});
