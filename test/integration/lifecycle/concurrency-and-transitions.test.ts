import type { LocalStack } from '../../../local/stack';
import { complaintStore } from '../../../functions/wiring/dynamodb';
import { FakeClock } from '../../harness/fake-clock';
import {
  allSent,
  attempt,
  complaint,
  COMPLAINANT_MUTATIONS,
  errorCode,
  gql,
  ok,
  submit,
  track,
  waitForComplaint,
  type Submitted,
  type TrackingView,
} from '../../harness/lifecycle';
import { startTestStack } from '../../harness/local-stack';

// Monday 30 Nov 2026, 10:00 in Shanghai; the clock stays put, so the workflow has nothing to do.
const RECEIVED = '2026-11-30T02:00:00.000Z';
const STAFF = 'ops-ma';
const CALLERS = 50;
const MAX_TRIES = 20;

const VERSION = `query($id: ID!) { complaint(id: $id) { version } }`;
const readVersion = async (stack: LocalStack, id: string) => (await ok<{ version: number }>(gql(stack, VERSION, { id }, 'admin'))).version;

const RESOLUTION = {
  outcome: 'NOT_UPHELD',
  reasons: 'Nothing was found to be wrong.',
  remedies: [],
  followUpMeasures: 'None needed.',
  rootCause: 'NONE_FOUND',
};

describe('many members of staff changing one complaint at once', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;
  let s: Submitted;
  let successes = 0;

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
    s = await submit(stack);
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
  });
  afterAll(() => stack?.stop());

  it('lets exactly one of 50 notes written on the same version through, and refuses the rest with CONFLICT', async () => {
    const seen = await readVersion(stack, s.id);
    expect(seen).toBe(1);
    const results = await Promise.all(
      Array.from({ length: CALLERS }, (_, i) => attempt(stack, `${STAFF}-${i}`, 'addInternalNote', s.id, seen, { text: `first round, caller ${i}` })),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data!.addInternalNote.version).toBe(2);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(Array(CALLERS - 1).fill('CONFLICT'));
    successes += 1;
    expect(await readVersion(stack, s.id)).toBe(2);
  });

  it('loses no note and writes none twice when every caller reads afresh and retries on CONFLICT', async () => {
    const callers = await Promise.all(
      Array.from({ length: CALLERS }, async (_, i) => {
        for (let tries = 1; tries <= MAX_TRIES; tries += 1) {
          const version = await readVersion(stack, s.id);
          const res = await attempt(stack, `${STAFF}-${i}`, 'addInternalNote', s.id, version, { text: `second round, caller ${i}` });
          if (!res.errors) return { caller: i, succeeded: true, tries, version: res.data!.addInternalNote.version as number };
          expect(errorCode(res)).toBe('CONFLICT');
        }
        return { caller: i, succeeded: false, tries: MAX_TRIES, version: 0 };
      }),
    );
    const won = callers.filter((c) => c.succeeded);
    expect(won.length).toBeGreaterThan(0);
    successes += won.length;

    // Every successful change produced the next version: 3, 4, … with no version given out twice.
    expect(won.map((c) => c.version).sort((a, b) => a - b)).toEqual(Array.from({ length: won.length }, (_, k) => 3 + k));

    const c = await complaint(stack, s.id);
    expect(c.version).toBe(1 + successes);
    expect(c.history).toHaveLength(1 + successes);
    expect(c.history.filter((h) => h.action === 'INTERNAL_NOTE_ADDED')).toHaveLength(successes);
    const notes = c.entries.filter((e) => e.kind === 'INTERNAL_NOTE').map((e) => e.text);
    expect(notes).toHaveLength(successes);
    expect(notes.filter((t) => t!.startsWith('second round')).sort()).toEqual(won.map((w) => `second round, caller ${w.caller}`).sort());
    // Each note is attributed to the caller who wrote it.
    for (const w of won) {
      const entry = c.entries.find((e) => e.text === `second round, caller ${w.caller}`)!;
      expect(entry.author).toEqual({ kind: 'STAFF', id: `${STAFF}-${w.caller}` });
    }

    // The stored history: versions 1..N, one entry each, no gaps.
    const record = await complaintStore(stack.config).getRecord(s.id);
    expect(record!.history.map((h) => h.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 1 + successes }, (_, k) => k + 1));
  });
});

describe('steps the status model does not allow', () => {
  const time = new FakeClock(RECEIVED);
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startTestStack({ clock: time, waitPollMs: 25 });
  });
  afterAll(() => stack?.stop());

  it('refuses to resolve a complaint that was only received, and changes nothing', async () => {
    const s = await submit(stack);
    const before = await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    const res = await attempt(stack, STAFF, 'resolve', s.id, before.version, { response: RESOLUTION });
    expect(errorCode(res)).toBe('INVALID_TRANSITION');
    expect(res.data?.resolveComplaint ?? null).toBeNull();
    const after = await complaint(stack, s.id);
    expect(after).toEqual(before);
    expect(after.version).toBe(1);
    expect(after.history.map((h) => h.action)).toEqual(['COMPLAINT_RECEIVED']);
  });

  it('refuses a second acceptance: CONFLICT on the stale version, INVALID_TRANSITION on the fresh one', async () => {
    const s = await submit(stack);
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    const first = await attempt(stack, STAFF, 'accept', s.id, 1);
    expect(first.errors).toBeUndefined();
    expect(first.data!.acceptComplaint).toMatchObject({ status: 'ACCEPTED', version: 2 });

    const stale = await attempt(stack, `${STAFF}-2`, 'accept', s.id, 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    const fresh = await attempt(stack, `${STAFF}-2`, 'accept', s.id, 2);
    expect(errorCode(fresh)).toBe('INVALID_TRANSITION');

    const c = await complaint(stack, s.id);
    expect(c.version).toBe(2);
    expect(c.history.map((h) => [h.action, h.actor.id])).toEqual([
      ['COMPLAINT_RECEIVED', null],
      ['ACCEPTED', STAFF],
    ]);
  });

  it('lets the complainant withdraw, after which the complaint can no longer be accepted', async () => {
    const s = await submit(stack);
    await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    const seen = await ok<TrackingView>(gql(stack, COMPLAINANT_MUTATIONS.withdraw, { reference: s.reference, accessCode: s.accessCode, reason: '问题已自行解决。' }));
    expect(seen).toMatchObject({ status: 'WITHDRAWN', canWithdraw: false, canAnswerRequest: false, canGiveFeedback: false });
    expect(seen.timeline.at(-1)).toMatchObject({ action: 'WITHDRAWN', text: '问题已自行解决。' });

    const withdrawn = await waitForComplaint(stack, s.id, 'the withdrawal email', (c) => allSent(c) && c.notifications.some((n) => n.kind === 'WITHDRAWN'));
    expect(withdrawn.clocks.every((k) => k.state === 'MET')).toBe(true);
    const accept = await attempt(stack, STAFF, 'accept', s.id, withdrawn.version);
    expect(errorCode(accept)).toBe('INVALID_TRANSITION');
    expect((await complaint(stack, s.id)).version).toBe(withdrawn.version);
    expect((await track(stack, s)).status).toBe('WITHDRAWN');

    const twice = await gql(stack, COMPLAINANT_MUTATIONS.withdraw, { reference: s.reference, accessCode: s.accessCode });
    expect(errorCode(twice)).toBe('INVALID_TRANSITION');
  });

  it('refuses staff steps from someone not signed in, and changes nothing', async () => {
    const s = await submit(stack);
    const before = await waitForComplaint(stack, s.id, 'the acknowledgement', allSent);
    for (const [step, args] of [
      ['accept', {}],
      ['addInternalNote', { text: 'anonymous note' }],
      ['escalate', { reason: 'anonymous escalation' }],
    ] as const) {
      const res = await attempt(stack, undefined, step, s.id, before.version, args);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const settings = await gql(stack, `mutation { updateOrganizationSettings(input: { expectedVersion: 0, feedbackWindowDays: 30 }) { version } }`);
    expect(errorCode(settings)).toBe('UNAUTHENTICATED');
    expect(await complaint(stack, s.id)).toEqual(before);
  });
});
