import { sendAcknowledgement } from '../../../functions/core/notifications/send-acknowledgement';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import type { EmailMessage } from '../../../functions/core/ports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { POLICY, recordingLogger } from './test-policy';

async function setup(overrides: Parameters<typeof sampleSubmission>[0] = {}, failures = 0) {
  const store = new InMemoryStore();
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const logger = recordingLogger();
  const sent: EmailMessage[] = [];
  let toFail = failures;
  const mailer = {
    send: async (m: EmailMessage) => {
      if (toFail > 0) {
        toFail -= 1;
        throw Object.assign(new Error(`cannot reach ${m.to}`), { name: 'TimeoutError' });
      }
      sent.push(m);
      return { messageId: `m-${sent.length}` };
    },
  };
  const { complaint } = await submitComplaint({ store, clock, policy: POLICY, logger, workflow: { start: async () => undefined } }, sampleSubmission(overrides), { kind: 'COMPLAINANT' });
  const deps = { store, mailer, clock, logger, email: { trackingUrl: 'https://track.example/', timeZone: POLICY.timeZone, acceptanceDecisionWorkingDays: 7 } };
  return { deps, store, sent, complaint, logger };
}

describe('sendAcknowledgement', () => {
  it('emails the complainant in Chinese with the reference, the decision date and how to track', async () => {
    const { deps, sent, complaint } = await setup();
    await sendAcknowledgement(deps, complaint.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe(complaint.complainant.email);
    expect(sent[0].subject).toContain(complaint.reference);
    expect(sent[0].text).toContain('7 个工作日内');
    expect(sent[0].text).toContain('2026年12月9日');
    expect(sent[0].text).toContain('https://track.example/');
  });

  it('emails in English when the complainant prefers it', async () => {
    const { deps, sent, complaint } = await setup({ complainant: { ...sampleSubmission().complainant, preferredLanguage: 'EN' } });
    await sendAcknowledgement(deps, complaint.id);
    expect(sent[0].subject).toBe(`We have received your complaint (reference ${complaint.reference})`);
    expect(sent[0].text).toContain('by 9 December 2026');
  });

  it('records the sent acknowledgement and its audit entry as the next version', async () => {
    const { deps, store, complaint } = await setup();
    await sendAcknowledgement(deps, complaint.id);
    const record = await store.getRecord(complaint.id);
    expect(record?.complaint.version).toBe(2);
    expect(record?.history.map((h) => [h.version, h.action, h.actor.kind])).toEqual([
      [1, 'COMPLAINT_RECEIVED', 'COMPLAINANT'],
      [2, 'ACKNOWLEDGEMENT_SENT', 'SYSTEM'],
    ]);
    expect(record?.notifications[0]).toMatchObject({ state: 'SENT', attempts: 1, messageId: 'm-1' });
  });

  it('sends nothing the second time it runs', async () => {
    const { deps, sent, store, complaint } = await setup();
    await sendAcknowledgement(deps, complaint.id);
    await sendAcknowledgement(deps, complaint.id);
    expect(sent).toHaveLength(1);
    expect((await store.getRecord(complaint.id))?.history).toHaveLength(2);
  });

  it('records a failed send, rethrows it for the retry, and sends once on the retry', async () => {
    const { deps, sent, store, complaint, logger } = await setup({}, 1);
    await expect(sendAcknowledgement(deps, complaint.id)).rejects.toThrow();
    expect(await store.getNotification(complaint.id, 'ACKNOWLEDGEMENT')).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'TimeoutError' });
    expect(logger.lines.join('\n')).not.toContain('@example.com');
    await sendAcknowledgement(deps, complaint.id);
    expect(sent).toHaveLength(1);
    expect(await store.getNotification(complaint.id, 'ACKNOWLEDGEMENT')).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('records the acknowledgement as skipped when there is no email address', async () => {
    const { deps, sent, store, complaint } = await setup({ complainant: { ...sampleSubmission().complainant, email: null } });
    await sendAcknowledgement(deps, complaint.id);
    expect(sent).toHaveLength(0);
    expect(await store.getNotification(complaint.id, 'ACKNOWLEDGEMENT')).toMatchObject({ state: 'SKIPPED' });
    expect((await store.getRecord(complaint.id))?.history.at(-1)?.action).toBe('ACKNOWLEDGEMENT_SKIPPED');
  });

  it('escapes the complainant\'s text in the HTML part', async () => {
    const { deps, sent, complaint } = await setup({ respondent: { name: '<script>x</script> Ltd' } });
    await sendAcknowledgement(deps, complaint.id);
    expect(sent[0].html).not.toContain('<script>');
    expect(sent[0].html).toContain('&lt;script&gt;');
  });
});
