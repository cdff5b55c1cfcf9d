import type { DynamoDBRecord } from 'aws-lambda';
import { keys } from '../../../functions/adapters/dynamodb/table-design';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import type { EmailMessage } from '../../../functions/core/ports';
import { createOutboxStreamHandler, isResendRequest, resendNotifications } from '../../../functions/streams/outbox-stream';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, recordingLogger, SETTINGS } from '../core/test-policy';

/** The stream record of a notification item written, as Lambda delivers it. */
function written(complaintId: string, sequence: string, eventName: 'INSERT' | 'MODIFY' = 'INSERT'): DynamoDBRecord {
  const key = keys.notification(complaintId, 1, 'ACKNOWLEDGEMENT', 'COMPLAINANT');
  return { eventName, dynamodb: { SequenceNumber: sequence, Keys: { PK: { S: key.PK }, SK: { S: key.SK } } } };
}

async function setup(failures: number) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const sent: EmailMessage[] = [];
  let toFail = failures;
  const mailer = {
    send: async (m: EmailMessage) => {
      if (toFail-- > 0) throw Object.assign(new Error('unreachable'), { name: 'TimeoutError' });
      sent.push(m);
      return { messageId: `m-${sent.length}` };
    },
  };
  const logger = recordingLogger();
  const deps = { store, clock: new FakeClock('2026-11-30T02:00:00Z'), logger, mailer, settingsDefaults: DEFAULTS, trackingUrl: 'https://track.example/' };
  const { complaint } = await submitComplaint({ ...deps, workflow: { start: async () => undefined } }, sampleSubmission(), { kind: 'COMPLAINANT' });
  const send = (id: string) => sendPendingNotifications(deps, id);
  const outbox = createOutboxStreamHandler(send, logger);
  const acknowledgement = async () => (await store.getRecord(complaint.id))!.notifications[0];
  return { outbox, send, sent, complaint, acknowledgement, logger };
}

describe('the notification outbox on the table stream', () => {
  it('sends an email a change queued once, even when the stream delivers its record again', async () => {
    const { outbox, sent, complaint, acknowledgement } = await setup(0);
    expect(await outbox({ Records: [written(complaint.id, '1')] })).toEqual({ batchItemFailures: [] });
    expect(await outbox({ Records: [written(complaint.id, '1')] })).toEqual({ batchItemFailures: [] });
    expect(sent.map((m) => m.to)).toEqual([complaint.complainant.email]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 1 });
  });

  it('reports the record failed when the send fails, and sends it exactly once when the stream delivers it again', async () => {
    const { outbox, sent, complaint, acknowledgement, logger } = await setup(1);
    expect(await outbox({ Records: [written(complaint.id, '7')] })).toEqual({ batchItemFailures: [{ itemIdentifier: '7' }] });
    expect(await acknowledgement()).toMatchObject({ state: 'FAILED', attempts: 1 });
    expect(sent).toEqual([]);
    expect(logger.lines.join('\n')).toContain('outbox.send_failed');
    expect(logger.lines.join('\n')).not.toContain(complaint.complainant.email!);

    expect(await outbox({ Records: [written(complaint.id, '7')] })).toEqual({ batchItemFailures: [] });
    expect(await outbox({ Records: [written(complaint.id, '7')] })).toEqual({ batchItemFailures: [] });
    expect(sent.map((m) => m.to)).toEqual([complaint.complainant.email]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('leaves alone what is not a notification newly written: its own claims and outcomes do not send again', async () => {
    const { outbox, sent, complaint } = await setup(0);
    expect(await outbox({ Records: [written(complaint.id, '1', 'MODIFY')] })).toEqual({ batchItemFailures: [] });
    expect(sent).toEqual([]);
  });
});

describe('an operator\'s resend through the outbox function', () => {
  it('sends what is still waiting, once, and names the complaints it could not send for', async () => {
    const { send, sent, complaint, acknowledgement, logger } = await setup(1);
    expect(isResendRequest({ resend: [complaint.id] })).toBe(true);
    expect(isResendRequest({ Records: [] })).toBe(false);
    expect(await resendNotifications(send, { resend: [complaint.id] }, logger)).toEqual({ sent: [], failed: [complaint.id] });
    expect(await resendNotifications(send, { resend: [complaint.id, 'no-such-complaint'] }, logger)).toEqual({ sent: [complaint.id], failed: ['no-such-complaint'] });
    expect(await resendNotifications(send, { resend: [complaint.id] }, logger)).toEqual({ sent: [complaint.id], failed: [] });
    expect(sent.map((m) => m.to)).toEqual([complaint.complainant.email]);
    expect(await acknowledgement()).toMatchObject({ state: 'SENT', attempts: 2 });
  });
});
