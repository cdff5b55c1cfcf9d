import { recordDeliveryEvent } from '../../functions/core/delivery-events';
import { deliveryEventDependencies } from '../../functions/wiring/delivery-events';
import type { LocalStack } from '../../local/stack';
import { ADMIN, graphql, mailTo, startTestStack, SUBMIT, TRACK, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

const EMAILS = `query($id: ID!) { complaint(id: $id) { status complainantEmailUndeliverable notifications { kind state } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptComplaint(id: $id, expectedVersion: $v) { version } }`;

interface Emails {
  status: string;
  complainantEmailUndeliverable: boolean;
  notifications: Array<{ kind: string; state: string }>;
}

describe('what the email provider says became of the emails (SES mailbox simulator addresses, locally)', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, 120_000);
  afterAll(() => stack?.stop());

  /** Each test its own simulator address (SES allows a +label), so one test's suppression is not another's. */
  const simulator = (name: string) => `${name}+${process.pid}-${Math.random().toString(36).slice(2, 8)}@simulator.amazonses.com`;

  async function submit(email: string) {
    const res = await graphql(stack, SUBMIT, { input: sampleSubmission({ complainant: { ...sampleSubmission().complainant, email } }) });
    expect(res.errors).toBeUndefined();
    return res.data!.submitComplaint as { reference: string; accessCode: string; complaint: { id: string; version: number } };
  }

  const emailsOf = async (id: string) => (await graphql(stack, EMAILS, { id }, ADMIN)).data!.complaint as Emails;
  const once = (what: string, id: string, done: (c: Emails) => boolean) =>
    waitFor(what, async () => {
      const c = await emailsOf(id);
      return done(c) ? c : undefined;
    });

  it('marks a hard-bounced acknowledgement BOUNCED, shows staff the address is undeliverable, sends it nothing more, and the portal still tracks the complaint', async () => {
    const address = simulator('bounce');
    const { reference, accessCode, complaint } = await submit(address);
    const bounced = await once('the bounce to be recorded', complaint.id, (c) => c.notifications[0]?.state === 'BOUNCED');
    expect(bounced.notifications).toEqual([{ kind: 'ACKNOWLEDGEMENT', state: 'BOUNCED' }]);
    expect(bounced.complainantEmailUndeliverable).toBe(true);

    // A later email to the complainant is not sent.
    const version = (await graphql(stack, `query($id: ID!) { complaint(id: $id) { version } }`, { id: complaint.id }, ADMIN)).data!.complaint.version;
    expect((await graphql(stack, ACCEPT, { id: complaint.id, v: version }, ADMIN)).errors).toBeUndefined();
    const accepted = await once('the acceptance to be settled', complaint.id, (c) => c.notifications.some((n) => n.kind === 'ACCEPTED' && n.state !== 'PENDING' && n.state !== 'SENDING'));
    expect(accepted.notifications).toContainEqual({ kind: 'ACCEPTED', state: 'SUPPRESSED' });

    // Nor is any email of another complaint of the same address in the organization.
    const second = await submit(address);
    const quiet = await once('the second acknowledgement to be settled', second.complaint.id, (c) => c.notifications[0]?.state !== 'PENDING' && c.notifications[0]?.state !== 'SENDING');
    expect(quiet.notifications).toEqual([{ kind: 'ACKNOWLEDGEMENT', state: 'SUPPRESSED' }]);
    expect(quiet.complainantEmailUndeliverable).toBe(true);
    expect(await mailTo(stack, address)).toHaveLength(1);

    const tracked = await graphql(stack, TRACK, { reference, accessCode });
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data!.trackComplaint.status).toBe('ACCEPTED');
  });

  it('records a delivery then a spam complaint as COMPLAINED, and stops emailing the address', async () => {
    const { complaint } = await submit(simulator('complaint'));
    const complained = await once('the complaint to be recorded', complaint.id, (c) => c.notifications[0]?.state === 'COMPLAINED');
    expect(complained.complainantEmailUndeliverable).toBe(true);
  });

  it('records a delivery as DELIVERED and keeps emailing the address', async () => {
    const { complaint } = await submit(simulator('success'));
    const delivered = await once('the delivery to be recorded', complaint.id, (c) => c.notifications[0]?.state === 'DELIVERED');
    expect(delivered.complainantEmailUndeliverable).toBe(false);
  });

  it('takes an event twice or late without undoing what it recorded: a delivery after the bounce leaves it BOUNCED', async () => {
    const address = simulator('bounce');
    const { complaint } = await submit(address);
    await once('the bounce to be recorded', complaint.id, (c) => c.notifications[0]?.state === 'BOUNCED');
    const [sent] = await mailTo(stack, address);
    const deps = deliveryEventDependencies(stack.config);
    expect(await recordDeliveryEvent(deps, { messageId: sent.messageId, type: 'BOUNCE', bounceType: 'Permanent', at: new Date().toISOString() })).toBe('UNCHANGED');
    expect(await recordDeliveryEvent(deps, { messageId: sent.messageId, type: 'DELIVERY', at: new Date().toISOString() })).toBe('UNCHANGED');
    expect(await recordDeliveryEvent(deps, { messageId: 'not-one-of-ours', type: 'DELIVERY', at: new Date().toISOString() })).toBe('UNKNOWN_MESSAGE');
    const after = await emailsOf(complaint.id);
    expect(after.notifications).toEqual([{ kind: 'ACKNOWLEDGEMENT', state: 'BOUNCED' }]);
    expect(after.complainantEmailUndeliverable).toBe(true);
  });
});
