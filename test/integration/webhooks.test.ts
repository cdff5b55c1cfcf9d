import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, startTestStack, SUBMIT, waitFor } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/** A receiver on 127.0.0.1 that records every delivery and refuses the first. */
interface Delivery {
  body: string;
  headers: IncomingHttpHeaders;
  answered: number;
}

function startReceiver(failFirst: number): Promise<{ server: Server; url: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answered = deliveries.length < failFirst ? 500 : 204;
      deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, answered });
      res.writeHead(answered);
      res.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/complaints`, deliveries })));
}

const SECRET = 'receiver-secret-0123456789';
/** What a partner does on receipt: the README's TypeScript example, with the standardwebhooks package. */
function verified(d: Delivery, secret = SECRET): unknown {
  const wh = new Webhook(new TextEncoder().encode(secret), { format: 'raw' });
  return wh.verify(d.body, d.headers as Record<string, string>);
}

let stack: LocalStack;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver(1);
  // The definition's backoff (10 s, doubling) shortened, as in the other retry tests.
  stack = await startTestStack({ retryIntervalMs: 50 });
});
afterAll(async () => {
  await stack?.stop();
  await new Promise((r) => receiver?.server.close(r));
});

const ADMIN = asStaff('admin-1');
const REGISTER = 'mutation($u: String!, $s: String!) { registerWebhook(url: $u, secret: $s) { partnerId url createdAt } }';
const REGISTER_FOR = 'mutation($p: ID, $u: String!, $s: String!) { registerWebhook(partnerId: $p, url: $u, secret: $s) { partnerId url createdAt } }';
const LIST = '{ webhooks { partnerId url createdAt } }';
const DELETE = 'mutation($p: ID!) { deleteWebhook(partnerId: $p) }';
const NOTIFICATIONS = 'query($id: ID!) { complaint(id: $id) { reference status notifications { kind recipient state attempts } } }';
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

async function partnerKey(partnerId: string): Promise<Record<string, string>> {
  const res = await graphql(stack, 'mutation($p: ID!) { createPartnerApiKey(partnerId: $p, name: "webhook test") { apiKey } }', { p: partnerId }, ADMIN);
  return { 'x-api-key': res.data!.createPartnerApiKey.apiKey };
}

describe('webhooks', () => {
  it('posts a partner\'s status change signed; a refused delivery is FAILED, retried by the outbox, delivered once more and recorded SENT', async () => {
    const partner = await partnerKey('hook-shop');
    const registered = await graphql(stack, REGISTER, { u: receiver.url, s: SECRET }, partner);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerWebhook).toEqual({ partnerId: 'hook-shop', url: receiver.url, createdAt: expect.any(String) });
    expect(registered.raw).not.toContain(SECRET);

    const submitted = (await graphql(stack, SUBMIT, { input: sampleSubmission({ channel: 'PARTNER_API' }) }, partner)).data!.submitComplaint;
    const id = submitted.complaint.id;
    // Submission is the partner's own request: it is not posted back.
    await waitFor('the acknowledgement to be sent', async () => (await graphql(stack, NOTIFICATIONS, { id }, ADMIN)).data!.complaint.notifications[0].state === 'SENT');
    expect(receiver.deliveries).toEqual([]);

    const accepted = await graphql(stack, 'mutation($id: ID!) { acceptComplaint(id: $id, expectedVersion: 1) { status notifications { kind recipient state } } }', { id }, ADMIN);
    expect(accepted.data!.acceptComplaint.status).toBe('ACCEPTED');
    // Queued in the same transaction as the change.
    expect(accepted.data!.acceptComplaint.notifications).toContainEqual({ kind: 'WEBHOOK', recipient: 'hook-shop', state: 'PENDING' });

    const done = await waitFor('the webhook to be recorded as sent', async () => {
      const c = (await graphql(stack, NOTIFICATIONS, { id }, ADMIN)).data!.complaint;
      return c.notifications.find((n: { kind: string; state: string }) => n.kind === 'WEBHOOK' && n.state === 'SENT') ? c : undefined;
    });
    expect(done.notifications).toContainEqual({ kind: 'WEBHOOK', recipient: 'hook-shop', state: 'SENT', attempts: 2 });
    expect(done.notifications).toContainEqual({ kind: 'ACCEPTED', recipient: 'COMPLAINANT', state: 'SENT', attempts: 1 });

    expect(receiver.deliveries.map((d) => d.answered)).toEqual([500, 204]);
    const [first, second] = receiver.deliveries;
    for (const d of receiver.deliveries) expect(verified(d)).toEqual({ reference: submitted.reference, status: 'ACCEPTED', at: expect.any(String), event: 'complaint.status_changed' });
    expect(() => verified(first, 'another-secret-0123456789')).toThrow('No matching signature found');
    // The retry is the same delivery: same id, same body, signed at its own time.
    expect(second.body).toBe(first.body);
    expect(first.headers['webhook-id']).toBe(`${id}/2/WEBHOOK/hook-shop`);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
  });

  it('posts nothing for a complaint of a partner without a webhook, or of nobody\'s key', async () => {
    const silent = await partnerKey('silent-shop');
    const before = receiver.deliveries.length;
    const ids = [
      (await graphql(stack, SUBMIT, { input: sampleSubmission() }, silent)).data!.submitComplaint.complaint.id,
      (await graphql(stack, SUBMIT, { input: sampleSubmission() })).data!.submitComplaint.complaint.id,
    ];
    for (const id of ids) {
      const accepted = await graphql(stack, 'mutation($id: ID!) { acceptComplaint(id: $id, expectedVersion: 1) { notifications { kind } } }', { id }, ADMIN);
      expect(accepted.data!.acceptComplaint.notifications.map((n: { kind: string }) => n.kind)).not.toContain('WEBHOOK');
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.deliveries.length).toBe(before);
  });

  it('is registered by partners (and admins for them), to https (or http on 127.0.0.1 / localhost in the local stack), with a secret of 16 characters or more', async () => {
    const partner = await partnerKey('strict-shop');
    expect(code(await graphql(stack, REGISTER, { u: receiver.url, s: SECRET }))).toBe('UNAUTHENTICATED');
    expect(code(await graphql(stack, REGISTER, { u: receiver.url, s: SECRET }, asStaff('handler-1', 'HANDLER')))).toBe('FORBIDDEN');
    // An admin names the partner; a partner may not name another.
    expect((await graphql(stack, REGISTER, { u: receiver.url, s: SECRET }, ADMIN)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
    expect(code(await graphql(stack, REGISTER_FOR, { p: 'hook-shop', u: receiver.url, s: SECRET }, partner))).toBe('FORBIDDEN');
    const plainHttp = await graphql(stack, REGISTER, { u: 'http://partner.example/hook', s: SECRET }, partner);
    expect(plainHttp.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    // The local stack's exception is http to exactly 127.0.0.1 or localhost, not a switch that lets internal addresses through.
    for (const u of ['https://10.0.0.1/hook', 'http://127.0.0.2:9000/hook', 'https://169.254.169.254/latest']) {
      expect((await graphql(stack, REGISTER, { u, s: SECRET }, partner)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const short = await graphql(stack, REGISTER, { u: 'https://partner.example/hook', s: 'short' }, partner);
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secret' });
    expect((await graphql(stack, REGISTER, { u: 'https://partner.example/hook', s: SECRET }, partner)).data!.registerWebhook.url).toBe('https://partner.example/hook');
  });

  it("is registered, listed without its secret and deleted by an admin for a partner, in the admin's organization only", async () => {
    const registered = await graphql(stack, REGISTER_FOR, { p: 'admin-shop', u: 'https://admin-shop.example/hook', s: SECRET }, ADMIN);
    expect(registered.data!.registerWebhook).toEqual({ partnerId: 'admin-shop', url: 'https://admin-shop.example/hook', createdAt: expect.any(String) });

    const listed = await graphql(stack, LIST, {}, ADMIN);
    expect(listed.data!.webhooks).toContainEqual({ partnerId: 'admin-shop', url: 'https://admin-shop.example/hook', createdAt: expect.any(String) });
    expect(listed.raw).not.toContain(SECRET);
    expect((await graphql(stack, LIST, {}, asStaff('admin-9', 'ADMIN', 'another-org'))).data!.webhooks).toEqual([]);
    expect(code(await graphql(stack, LIST, {}, asStaff('supervisor-1', 'SUPERVISOR')))).toBe('FORBIDDEN');

    expect((await graphql(stack, DELETE, { p: 'admin-shop' }, asStaff('admin-9', 'ADMIN', 'another-org'))).data!.deleteWebhook).toBe(false);
    expect((await graphql(stack, DELETE, { p: 'admin-shop' }, ADMIN)).data!.deleteWebhook).toBe(true);
    expect((await graphql(stack, DELETE, { p: 'admin-shop' }, ADMIN)).data!.deleteWebhook).toBe(false);
    expect((await graphql(stack, LIST, {}, ADMIN)).data!.webhooks.map((w: { partnerId: string }) => w.partnerId)).not.toContain('admin-shop');
  });
});
