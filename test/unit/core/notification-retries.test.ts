import { retryDue, retryUnsettledNotifications, SCHEDULED_TRIES } from '../../../functions/core/notification-retries';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import type { EmailMessage } from '../../../functions/core/ports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, SETTINGS, recordingLogger } from './test-policy';

/** The stream's attempts before the schedule takes over, kept small here: the first and two retries. */
const STREAM_ATTEMPTS = 3;
const MINUTE = 60_000;

/** A complaint whose acknowledgement SES refused on every attempt the stream made; `down` says whether SES still refuses. */
async function refusedByTheStream() {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const clock = new FakeClock('2026-12-07T02:00:00Z');
  const logger = recordingLogger();
  const sent: EmailMessage[] = [];
  const ses = { down: true };
  const mailer = {
    send: async (m: EmailMessage) => {
      if (ses.down) throw Object.assign(new Error('unreachable'), { name: 'TimeoutError' });
      sent.push(m);
      return { messageId: `m-${sent.length}` };
    },
  };
  const counted: string[] = [];
  const metrics = { count: (name: string) => void counted.push(name) };
  const deps = { store, clock, logger, mailer, metrics, settingsDefaults: DEFAULTS, trackingUrl: 'https://track.example/' };
  const { complaint } = await submitComplaint({ ...deps, workflow: { start: async () => undefined } }, sampleSubmission(), { kind: 'COMPLAINANT' });
  for (let i = 0; i < STREAM_ATTEMPTS; i += 1) await sendPendingNotifications(deps, complaint.id).catch(() => undefined);
  const acknowledgement = async () => (await store.getRecord(complaint.id))!.notifications[0];
  const run = () => retryUnsettledNotifications(deps, STREAM_ATTEMPTS);
  return { deps, clock, ses, sent, complaint, acknowledgement, run, logger, counted };
}

describe('the outbox schedule: emails the stream gave up on', () => {
  it('sends the acknowledgement 15 minutes after the stream gave up, once SES answers again', async () => {
    const { clock, ses, sent, complaint, acknowledgement, run } = await refusedByTheStream();
    expect(await acknowledgement()).toMatchObject({ state: 'FAILED', attempts: STREAM_ATTEMPTS });
    ses.down = false;

    clock.advance(14 * MINUTE);
    expect(await run()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
    expect(sent).toEqual([]);

    clock.advance(1 * MINUTE);
    expect(await run()).toEqual({ sent: 1, failed: 0, givenUp: 0 });
    expect(sent.map((m) => m.to)).toEqual([complaint.complainant.email]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: STREAM_ATTEMPTS + 1 });

    clock.advance(60 * MINUTE);
    expect(await run()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
    expect(sent).toHaveLength(1);
  });

  it('waits twice as long after each failed try, up to 6 hours, and leaves it to an operator after about a day', async () => {
    const { clock, acknowledgement, run, logger, counted } = await refusedByTheStream();
    const waits: number[] = [];
    let waited = 0;
    for (let minutes = 0; minutes < 48 * 60; minutes += 15) {
      clock.advance(15 * MINUTE);
      waited += 15;
      const { failed } = await run();
      if (failed) {
        waits.push(waited);
        waited = 0;
        // Not counted as given up while it is still tried.
        expect(counted).not.toContain('NotificationsGivenUp');
      }
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 360, 360, 360]);
    expect(waits).toHaveLength(SCHEDULED_TRIES);
    expect(await acknowledgement()).toMatchObject({ state: 'FAILED', attempts: STREAM_ATTEMPTS + SCHEDULED_TRIES });
    const before = counted.length;
    expect(await run()).toEqual({ sent: 0, failed: 0, givenUp: 1 });
    expect(await run()).toEqual({ sent: 0, failed: 0, givenUp: 1 });
    // Counted on every run while it waits for an operator, so its alarm stays on.
    expect(counted.slice(before)).toEqual(['NotificationsGivenUp', 'NotificationsGivenUp']);
    // The log says which complaint and why, never to whom.
    expect(JSON.stringify(logger.lines)).not.toContain('@');
  });

  it('takes over a send cut off after its claim, once the 5-minute claim has passed', async () => {
    const { deps, clock, ses, sent, complaint, acknowledgement, run } = await refusedByTheStream();
    ses.down = false;
    const failed = await acknowledgement();
    // A function timed out between its claim and the send: SENDING, nothing sent.
    expect(await deps.store.claimNotification(failed, clock.now().toISOString(), new Date(clock.now().getTime() + 5 * MINUTE).toISOString())).toBe(true);

    clock.advance(4 * MINUTE);
    expect(await run()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
    clock.advance(2 * MINUTE);
    expect(await run()).toEqual({ sent: 1, failed: 0, givenUp: 0 });
    expect(sent.map((m) => m.to)).toEqual([complaint.complainant.email]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT' });
  });
});

describe('when a notification is due again', () => {
  const at = '2026-12-07T02:00:00.000Z';
  const base = { complaintId: 'c1', version: 1, kind: 'ACKNOWLEDGEMENT' as const, recipient: 'COMPLAINANT', updatedAt: at };
  const after = (minutes: number) => new Date(Date.parse(at) + minutes * MINUTE);

  it('leaves alone what is still the stream’s, settled, or still claimed', () => {
    expect(retryDue({ ...base, state: 'PENDING', attempts: 0 }, after(600), 11)).toBe('WAIT');
    expect(retryDue({ ...base, state: 'SENT', attempts: 1 }, after(600), 11)).toBe('WAIT');
    expect(retryDue({ ...base, state: 'SENDING', attempts: 11, claimedUntil: after(5).toISOString() }, after(4), 11)).toBe('WAIT');
  });

  it('counts only the tries after the stream’s', () => {
    expect(retryDue({ ...base, state: 'FAILED', attempts: 11 }, after(14), 11)).toBe('WAIT');
    expect(retryDue({ ...base, state: 'FAILED', attempts: 11 }, after(15), 11)).toBe('DUE');
    expect(retryDue({ ...base, state: 'FAILED', attempts: 13 }, after(59), 11)).toBe('WAIT');
    expect(retryDue({ ...base, state: 'FAILED', attempts: 13 }, after(60), 11)).toBe('DUE');
    expect(retryDue({ ...base, state: 'FAILED', attempts: 11 + SCHEDULED_TRIES }, after(10_000), 11)).toBe('GIVEN_UP');
  });
});
