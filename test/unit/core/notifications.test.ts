import { replyAddresses } from '../../../functions/core/inbound/reply-address';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import type { EmailMessage } from '../../../functions/core/ports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { FixedKeyring } from '../../harness/fixed-keyring';
import { DEFAULTS, SETTINGS, recordingLogger } from './test-policy';

async function setup(failures = 0) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const logger = recordingLogger();
  const sent: EmailMessage[] = [];
  let toFail = failures;
  const mailer = {
    send: async (m: EmailMessage) => {
      await new Promise((r) => setTimeout(r, 5));
      if (toFail > 0) {
        toFail -= 1;
        throw Object.assign(new Error(`cannot reach ${m.to}`), { name: 'TimeoutError' });
      }
      sent.push(m);
      return { messageId: `m-${sent.length}` };
    },
  };
  const deps = { store, clock, logger, mailer, settingsDefaults: DEFAULTS, trackingUrl: 'https://track.example/' };
  const { complaint } = await submitComplaint({ ...deps, workflow: { start: async () => undefined } }, sampleSubmission(), { kind: 'COMPLAINANT' });
  const acknowledgement = async () => (await store.getRecord(complaint.id))!.notifications[0];
  return { deps, sent, complaint, acknowledgement, logger };
}

describe('sending queued emails', () => {
  it('sends the acknowledgement and records it as sent', async () => {
    const { deps, sent, complaint, acknowledgement } = await setup();
    await sendPendingNotifications(deps, complaint.id);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([[complaint.complainant.email, `我们已收到您的投诉（编号 ${complaint.reference}）`]]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 1, messageId: 'm-1' });
  });

  it('sends nothing the second time it runs', async () => {
    const { deps, sent, complaint } = await setup();
    await sendPendingNotifications(deps, complaint.id);
    await sendPendingNotifications(deps, complaint.id);
    expect(sent).toHaveLength(1);
  });

  it('sends once when two executions run at the same moment', async () => {
    const { deps, sent, complaint, acknowledgement } = await setup();
    await Promise.all([sendPendingNotifications(deps, complaint.id), sendPendingNotifications(deps, complaint.id)]);
    expect(sent).toHaveLength(1);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 1 });
  });

  it('records a failed send, throws for the retry, and sends on the retry; the log names no address', async () => {
    const { deps, sent, complaint, acknowledgement, logger } = await setup(1);
    await expect(sendPendingNotifications(deps, complaint.id)).rejects.toThrow('1 notification(s) could not be sent');
    expect(await acknowledgement()).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'TimeoutError' });
    expect(logger.lines.join('\n')).not.toContain('@example.com');
    await sendPendingNotifications(deps, complaint.id);
    expect(sent).toHaveLength(1);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('takes over a claim left by an execution that crashed, once the claim expires', async () => {
    const { deps, sent, complaint, acknowledgement } = await setup();
    const stuck = { ...(await acknowledgement()), state: 'SENDING' as const, claimedUntil: '2026-11-30T02:05:00.000Z' };
    await deps.store.saveNotification(stuck);
    await sendPendingNotifications(deps, complaint.id);
    expect(sent).toHaveLength(0);
    deps.clock.set('2026-11-30T02:05:00.001Z');
    await sendPendingNotifications(deps, complaint.id);
    expect(sent).toHaveLength(1);
  });

  it('records an email with nobody to send to as skipped', async () => {
    const { deps, sent, complaint, acknowledgement } = await setup();
    await deps.store.commit({
      complaint: { ...complaint, complainant: { ...complaint.complainant, email: undefined }, version: 2 },
      audit: { complaintId: complaint.id, version: 2, at: '2026-11-30T02:00:00.000Z', actor: { kind: 'SYSTEM' }, action: 'ESCALATED' },
    });
    await sendPendingNotifications(deps, complaint.id);
    expect(sent).toHaveLength(0);
    expect(await acknowledgement()).toMatchObject({ state: 'SKIPPED' });
  });
});

describe('replies to the emails', () => {
  const addresses = replyAddresses('complaints@example.org', FixedKeyring.of('a-test-secret-of-at-least-32-characters!!'));

  it("gives an email to the complainant the complaint's reply address and says that a reply joins the complaint", async () => {
    const { deps, sent, complaint } = await setup();
    await sendPendingNotifications({ ...deps, replyAddresses: addresses }, complaint.id);
    expect(sent[0].replyTo).toBe(await addresses.forComplaint(complaint.reference));
    expect(await addresses.recipient(sent[0].replyTo!)).toEqual({ kind: 'REPLY', reference: complaint.reference });
    expect(sent[0].text).toContain('您可以直接回复此邮件：回复内容将加入您的投诉，由处理人查看。');
    expect(sent[0].text).not.toContain('请勿直接回复');
  });

  it('says replies are not read, and gives no reply address, where the deployment takes no email in', async () => {
    const { deps, sent, complaint } = await setup();
    await sendPendingNotifications(deps, complaint.id);
    expect(sent[0].replyTo).toBeUndefined();
    expect(sent[0].text).toContain('回复不会被处理');
  });
});
