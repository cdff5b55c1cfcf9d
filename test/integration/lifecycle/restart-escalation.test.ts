import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LocalStack, LocalStackOptions } from '../../../local/stack';
import { freePort } from '../../../local/preflight';
import { FakeClock } from '../../harness/fake-clock';
import { actions, allSent, clock, complaint, configure, count, escalationMail, mailAbout, person, submit, waitForComplaint, type Submitted } from '../../harness/lifecycle';
import { startTestStack, workflowsCaughtUp } from '../../harness/local-stack';

// Two complaints arrive on Monday 30 Nov 2026 at 10:00 in Shanghai, a third a day later.
// Each must get a first response within 1 working day: the first two are due at the end of
// Tuesday 1 Dec (manager level from 01:29:59.999Z on 2 Dec), the third at the end of
// Wednesday 2 Dec (at risk from 06:29:59.999Z on 2 Dec).
const MONDAY = '2026-11-30T02:00:00.000Z';
const TUESDAY = '2026-12-01T02:00:00.000Z';

const handler = person('rs-zhou', 'Zhou Yi');
const supervisor = person('rs-sup', 'Wang Hua');
const manager = person('rs-mgr', 'Liu Dan');

const ESCALATED = /^\[Escalation L(\d)\]/;

async function levelsMailed(stack: LocalStack, s: Submitted): Promise<number[]> {
  return (await escalationMail(stack, s.reference)).map((e) => Number(ESCALATED.exec(e.subject)![1])).sort();
}

describe('the workflow keeps its promises across restarts of the local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-lifecycle-restart-'));
  const time = new FakeClock(MONDAY);
  let options: LocalStackOptions;
  let stack: LocalStack | undefined;
  let early: Submitted[];
  let late: Submitted;

  beforeAll(async () => {
    options = { clock: time, dataDir, waitPollMs: 25, ports: { api: 0, ses: 0, workflow: 0, dynamodb: await freePort() } };
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // A clock makes the stack build its handlers afresh (the exported modules, once loaded,
  // keep the first stack's environment); SES local keeps one store across the stacks.
  const restart = async () => {
    await stack?.stop();
    stack = undefined;
    stack = await startTestStack(options);
    return stack;
  };

  it('stops with three workflows waiting on their clocks', async () => {
    const first = await restart();
    await configure(first, {
      staff: [handler, supervisor, manager],
      teams: [{ id: 'mobile', name: 'Mobile', memberIds: [handler.id], supervisorId: supervisor.id }],
      routingRules: [{ category: 'Mobile network', teamId: 'mobile' }],
      managerId: manager.id,
      slaTargets: [
        {
          category: 'Mobile network',
          priority: 'NORMAL',
          firstResponse: { amount: 1, unit: 'WORKING_DAYS' },
          acceptanceDecision: { amount: 3, unit: 'WORKING_DAYS' },
          resolution: { amount: 5, unit: 'WORKING_DAYS' },
        },
      ],
    });
    early = [await submit(first, { category: 'Mobile network' }), await submit(first, { category: 'Mobile network' })];
    time.set(TUESDAY);
    late = await submit(first, { category: 'Mobile network' });
    for (const s of [...early, late]) {
      const c = await waitForComplaint(first, s.id, 'the acknowledgement', allSent);
      expect(actions(c)).toEqual(['COMPLAINT_RECEIVED']);
      expect(await mailAbout(first, s.reference, s.email)).toHaveLength(1);
    }
    expect(clock(await complaint(first, early[0].id), 'SLA_FIRST_RESPONSE').dueAt).toBe('2026-12-01T15:59:59.999Z');
    expect(clock(await complaint(first, late.id), 'SLA_FIRST_RESPONSE').dueAt).toBe('2026-12-02T15:59:59.999Z');
    expect(first.runner.running()).toBe(3);
    await first.stop();
    stack = undefined;
  });

  it('after a restart past the breach, records the missed at-risk and breach and escalates to the supervisor level, each once', async () => {
    // While the stack is down, the first two complaints' first-response deadline passes.
    time.set('2026-12-01T18:00:00.000Z');
    const second = await restart();
    for (const s of early) {
      const c = await waitForComplaint(second, s.id, 'the missed steps', (x) => count(x, 'ESCALATED') === 2 && allSent(x));
      // Both clock changes are recorded first, then the escalation climbs one level at a time.
      expect(actions(c)).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'CLOCK_BREACHED', 'ESCALATED', 'ESCALATED']);
      expect(c.history.slice(1).every((h) => h.actor.kind === 'SYSTEM' && h.at === '2026-12-01T18:00:00.000Z')).toBe(true);
      expect(c.escalation.level).toBe('SUPERVISOR');
      expect(clock(c, 'SLA_FIRST_RESPONSE').state).toBe('BREACHED');
    }
    await workflowsCaughtUp(second);
    for (const s of early) {
      const c = await complaint(second, s.id);
      expect(c.version).toBe(5);
      expect(await levelsMailed(second, s)).toEqual([1, 2]);
      // The acknowledgement is not sent again.
      expect(await mailAbout(second, s.reference, s.email)).toHaveLength(1);
    }
    const untouched = await complaint(second, late.id);
    expect(actions(untouched)).toEqual(['COMPLAINT_RECEIVED']);
    expect(await mailAbout(second, late.reference, late.email)).toHaveLength(1);
  });

  it('goes on waiting after the restart: the manager level comes a quarter of the span after the breach', async () => {
    const second = stack!;
    time.set('2026-12-02T02:00:00.000Z');
    for (const s of early) {
      const c = await waitForComplaint(second, s.id, 'the manager level', (x) => x.escalation.level === 'MANAGER' && allSent(x));
      expect(count(c, 'ESCALATED')).toBe(3);
    }
    await workflowsCaughtUp(second);
    for (const s of early) expect(await levelsMailed(second, s)).toEqual([1, 2, 3]);
    expect(actions(await complaint(second, late.id))).toEqual(['COMPLAINT_RECEIVED']);
  });

  it('after another restart, does what has come due since and repeats nothing already done', async () => {
    await stack!.stop();
    stack = undefined;
    // The third complaint's clock is now at risk; nothing new is due for the first two.
    time.set('2026-12-02T07:00:00.000Z');
    const third = await restart();
    const c = await waitForComplaint(third, late.id, 'the third complaint at risk', (x) => count(x, 'ESCALATED') === 1 && allSent(x));
    expect(actions(c)).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'ESCALATED']);
    expect(c.escalation.level).toBe('HANDLER');
    await workflowsCaughtUp(third);
    expect(await levelsMailed(third, late)).toEqual([1]);
    for (const s of early) {
      const again = await complaint(third, s.id);
      expect(actions(again)).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK', 'CLOCK_BREACHED', 'ESCALATED', 'ESCALATED', 'ESCALATED']);
      expect(await levelsMailed(third, s)).toEqual([1, 2, 3]);
      expect(await mailAbout(third, s.reference, s.email)).toHaveLength(1);
    }
  });
});
