import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../functions/core/clock';
import { freePort } from '../../local/preflight';
import { graphql, mailTo, RECORD, startTestStack, SUBMIT, waitFor, ADMIN } from '../harness/local-stack';
import { FakeClock } from '../harness/fake-clock';
import { sampleSubmission } from '../harness/sample';

describe('an acknowledgement that cannot be sent', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-failed-send-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loses neither the complaint nor the email: every attempt is recorded, and it is sent once SES is reachable', async () => {
    const ports = { api: 0, ses: 0, workflow: 0, dynamodb: await freePort() };
    const nobodyListens = `http://127.0.0.1:${await freePort()}`;
    // Frozen at the real time, so the test can move it past the schedule's first wait.
    const clock = new FakeClock(new Date());
    const broken = await startTestStack({ dataDir, ports, sesEndpointOverride: nobodyListens, retryIntervalMs: 5, clock });
    const input = sampleSubmission();
    let id: string;
    try {
      const res = await graphql(broken, SUBMIT, { input });
      expect(res.errors).toBeUndefined();
      id = res.data!.submitComplaint.complaint.id;
      // The outbox's stream mapping allows 10 retries after the first attempt; then the email waits for the schedule.
      const failed = await waitFor(
        'every attempt to fail',
        async () => {
          const c = (await graphql(broken, RECORD, { id }, ADMIN)).data!.complaint;
          return c.notifications[0].attempts === 11 ? c : undefined;
        },
        60_000,
      );
      expect(failed.notifications[0]).toEqual({ kind: 'ACKNOWLEDGEMENT', recipient: 'COMPLAINANT', state: 'FAILED', attempts: 11 });
      expect(failed.status).toBe('RECEIVED');
      expect(failed.history.map((h: { action: string }) => h.action)).toEqual(['COMPLAINT_RECEIVED']);

      // The outbox's schedule finds it in the table (the unsettled notifications' index) and tries again after 15 minutes.
      expect(await broken.outboxRetries.runNow()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
      clock.advance(15 * 60_000);
      expect(await broken.outboxRetries.runNow()).toEqual({ sent: 0, failed: 1, givenUp: 0 });
      const retried = (await graphql(broken, RECORD, { id }, ADMIN)).data!.complaint;
      expect(retried.notifications[0]).toEqual({ kind: 'ACKNOWLEDGEMENT', recipient: 'COMPLAINANT', state: 'FAILED', attempts: 12 });
    } finally {
      await broken.stop();
    }

    // A clock makes the stack build its handlers afresh: the exported modules, once
    // loaded in this process, keep the environment of the first stack.
    const mended = await startTestStack({ dataDir, ports, clock: systemClock });
    try {
      const sent = await waitFor('the resumed workflow to send it', async () => {
        const c = (await graphql(mended, RECORD, { id }, ADMIN)).data!.complaint;
        return c.notifications[0].state === 'SENT' ? c : undefined;
      });
      expect(sent.notifications[0]).toEqual({ kind: 'ACKNOWLEDGEMENT', recipient: 'COMPLAINANT', state: 'SENT', attempts: 13 });
      expect(sent.history.map((h: { action: string }) => h.action)).toEqual(['COMPLAINT_RECEIVED']);
      expect(await mailTo(mended, input.complainant.email!)).toHaveLength(1);
    } finally {
      await mended.stop();
    }
    // Two stack starts and up to a minute of failing sends: more than the default minute on a busy machine.
  }, 120_000);
});
