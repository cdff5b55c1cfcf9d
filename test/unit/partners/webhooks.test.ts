import { Webhook as StandardWebhook } from 'standardwebhooks';
import { HttpWebhookPoster } from '../../../functions/adapters/http/webhook-poster';
import { sendPendingNotifications } from '../../../functions/core/notifications';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { advanceComplaint } from '../../../functions/core/lifecycle/advance-complaint';
import { performStep } from '../../../functions/core/lifecycle/service';
import * as steps from '../../../functions/core/lifecycle/steps';
import type { EmailMessage } from '../../../functions/core/ports';
import { deleteWebhook, listWebhooks, registerWebhook, webhookOwner } from '../../../functions/core/partners/webhook-service';
import { signedHeaders, validateWebhook, WEBHOOK_EVENT, withWebhookNotice } from '../../../functions/core/partners/webhooks';
import type { WebhookPoster } from '../../../functions/core/partners/ports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryPartnerStore } from '../../harness/in-memory-partner-store';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { receivedComplaint, staff } from '../lifecycle/fixtures';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

const CLOUD = { allowLocalHttp: false };
const LOCAL = { allowLocalHttp: true };
const SECRET = 'whsec-0123456789abcdef';

describe('registering a webhook', () => {
  it('takes an https URL and a secret of at least 16 characters', () => {
    expect(validateWebhook('https://partner.example/hooks/complaints', SECRET, CLOUD)).toEqual({ url: 'https://partner.example/hooks/complaints', secret: SECRET });
  });

  it('refuses http, other schemes, credentials in the URL and internal addresses in the cloud', () => {
    for (const url of ['http://partner.example/h', 'ftp://partner.example/h', 'https://user:pw@partner.example/h', 'not a url', 'https://127.0.0.1/h', 'https://169.254.169.254/latest', 'https://10.0.0.5/h', 'https://[::1]/h', 'https://localhost/h', 'http://127.0.0.1:9000/h']) {
      expect(() => validateWebhook(url, SECRET, CLOUD)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'url' })] }));
    }
  });

  it('allows http to 127.0.0.1 or localhost only in the local stack', () => {
    expect(validateWebhook('http://127.0.0.1:9000/h', SECRET, LOCAL).url).toBe('http://127.0.0.1:9000/h');
    expect(validateWebhook('http://localhost:9000/h', SECRET, LOCAL).url).toBe('http://localhost:9000/h');
    for (const url of ['http://partner.example/h', 'http://10.0.0.1/h', 'http://127.0.0.2/h', 'https://10.0.0.1/h']) {
      expect(() => validateWebhook(url, SECRET, LOCAL)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'url' })] }));
    }
  });

  it('refuses a short secret', () => {
    expect(() => validateWebhook('https://partner.example/h', 'x'.repeat(15), CLOUD)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field: 'secret' })] }));
  });

  it('stores the partner\'s webhook in its organization, replacing an earlier one', async () => {
    const webhooks = new InMemoryPartnerStore();
    const deps = { webhooks, clock: new FakeClock('2026-11-30T02:00:00Z') };
    await registerWebhook(deps, { organizationId: 'acme', partnerId: 'shop-1' }, 'https://a.example/h', SECRET, CLOUD);
    const second = await registerWebhook(deps, { organizationId: 'acme', partnerId: 'shop-1' }, 'https://b.example/h', SECRET, CLOUD);
    expect(await webhooks.getWebhook('acme', 'shop-1')).toEqual({ ...second, secret: SECRET, url: 'https://b.example/h' });
    expect(await webhooks.getWebhook('globex', 'shop-1')).toBeNull();
  });
});

describe("an administrator managing partners' webhooks", () => {
  const admin = { kind: 'STAFF' as const, organizationId: 'acme', staffId: 'a1', role: 'ADMIN' as const };
  const partner = { kind: 'PARTNER' as const, organizationId: 'acme', partnerId: 'shop-1', keyId: 'k1' };

  it('registers the webhook of the partner the administrator names, in the administrator\'s organization', () => {
    expect(webhookOwner(admin, 'shop-2')).toEqual({ organizationId: 'acme', partnerId: 'shop-2' });
  });

  it('asks the administrator which partner, next to partnerId', () => {
    expect(() => webhookOwner(admin, undefined)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'partnerId' })] }));
  });

  it('refuses a partner id no API key can have, which would be a webhook nothing ever posts to', () => {
    for (const id of ['Shop 2', 'shop#2', '-shop', 'x'.repeat(101)]) {
      expect(() => webhookOwner(admin, id)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'partnerId' })] }));
    }
    expect(webhookOwner(admin, ' shop-2 ')).toEqual({ organizationId: 'acme', partnerId: 'shop-2' });
  });

  it("lets a partner register its own webhook, naming itself or no one, and never another partner's", () => {
    expect(webhookOwner(partner, undefined)).toEqual({ organizationId: 'acme', partnerId: 'shop-1' });
    expect(webhookOwner(partner, 'shop-1')).toEqual({ organizationId: 'acme', partnerId: 'shop-1' });
    expect(() => webhookOwner(partner, 'shop-2')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it("lists the organization's webhooks by partner without their secrets, and deletes one", async () => {
    const webhooks = new InMemoryPartnerStore();
    const deps = { webhooks, clock: new FakeClock('2026-11-30T02:00:00Z') };
    await registerWebhook(deps, { organizationId: 'acme', partnerId: 'shop-2' }, 'https://b.example/h', SECRET, CLOUD);
    await registerWebhook(deps, { organizationId: 'acme', partnerId: 'shop-1' }, 'https://a.example/h', SECRET, CLOUD);
    await registerWebhook(deps, { organizationId: 'globex', partnerId: 'shop-9' }, 'https://g.example/h', SECRET, CLOUD);

    const listed = await listWebhooks(webhooks, 'acme');
    expect(listed).toEqual([
      { partnerId: 'shop-1', url: 'https://a.example/h', createdAt: '2026-11-30T02:00:00.000Z' },
      { partnerId: 'shop-2', url: 'https://b.example/h', createdAt: '2026-11-30T02:00:00.000Z' },
    ]);
    expect(JSON.stringify(listed)).not.toContain(SECRET);

    expect(await deleteWebhook(webhooks, 'acme', 'shop-1')).toBe(true);
    expect(await deleteWebhook(webhooks, 'acme', 'shop-1')).toBe(false);
    expect(await deleteWebhook(webhooks, 'acme', 'shop-9')).toBe(false);
    expect((await listWebhooks(webhooks, 'acme')).map((w) => w.partnerId)).toEqual(['shop-2']);
    expect(await webhooks.getWebhook('globex', 'shop-9')).not.toBeNull();
  });
});

describe('queueing webhook notices', () => {
  const partnerComplaint = () => ({ ...receivedComplaint(), submittedBy: 'shop-1' });

  it('adds a WEBHOOK notice for the submitting partner to a change of status', () => {
    const before = partnerComplaint();
    const change = withWebhookNotice(before, steps.accept(before, undefined, staff('2026-12-01T02:00:00Z')), true);
    expect(change.notifications?.map((n) => [n.kind, n.recipient, n.state, n.version])).toEqual([
      ['ACCEPTED', 'COMPLAINANT', 'PENDING', 2],
      ['WEBHOOK', 'shop-1', 'PENDING', 2],
    ]);
    expect(change.notifications![1].detail).toEqual({ status: 'ACCEPTED', at: '2026-12-01T02:00:00.000Z', event: WEBHOOK_EVENT });
  });

  it('adds none when the status stays, when nobody submitted it through the API, or when the partner has no webhook', () => {
    const before = partnerComplaint();
    const note = steps.addInternalNote(before, 'internal', staff('2026-12-01T02:00:00Z'));
    expect(withWebhookNotice(before, note, true)).toBe(note);
    const anonymous = receivedComplaint();
    const accepted = steps.accept(anonymous, undefined, staff('2026-12-01T02:00:00Z'));
    expect(withWebhookNotice(anonymous, accepted, true)).toBe(accepted);
    const ownAccepted = steps.accept(before, undefined, staff('2026-12-01T02:00:00Z'));
    expect(withWebhookNotice(before, ownAccepted, false)).toBe(ownAccepted);
  });
});

describe('delivering webhook notices', () => {
  async function setup(options: { webhook?: boolean; failures?: number; poster?: WebhookPoster } = {}) {
    const store = new InMemoryStore();
    store.settings = SETTINGS;
    const partners = new InMemoryPartnerStore();
    const clock = new FakeClock('2026-11-30T02:00:00Z');
    if (options.webhook ?? true) await partners.saveWebhook({ organizationId: 'acme', partnerId: 'shop-1', url: 'https://shop.example/hook', secret: SECRET, createdAt: clock.now().toISOString() });
    const posts: Array<{ url: string; body: string; headers: Record<string, string> }> = [];
    let failures = options.failures ?? 0;
    const poster = options.poster ?? {
      post: async (url: string, body: string, headers: Record<string, string>) => {
        posts.push({ url, body, headers });
        if (failures-- > 0) throw Object.assign(new Error('503'), { name: 'WebhookHttp503' });
      },
    };
    const mailer = { send: async (_: EmailMessage) => ({ messageId: 'm' }) };
    const deps = { store, clock, logger: recordingLogger(), settingsDefaults: DEFAULTS, workflow: { start: async () => undefined }, webhooks: partners, webhookPoster: poster, mailer, trackingUrl: 'https://t/' };
    const { complaint } = await submitComplaint(deps, sampleSubmission(), { kind: 'PARTNER', id: 'shop-1' }, 'shop-1');
    await sendPendingNotifications(deps, complaint.id);
    const readsBefore = partners.webhookReads;
    clock.advance(3_600_000);
    await performStep(deps, complaint.id, 1, { kind: 'STAFF', id: 'h1' }, (c, s) => steps.accept(c, undefined, s));
    const webhook = async () => (await store.getRecord(complaint.id))!.notifications.find((n) => n.kind === 'WEBHOOK');
    return { deps, posts, complaint, webhook, partners, readsBefore };
  }

  /** A receiver's check, with the Standard Webhooks library: the key is the UTF-8 bytes of the registered secret. */
  const receiver = (secret = SECRET) => new StandardWebhook(new TextEncoder().encode(secret), { format: 'raw' });

  it('posts { reference, status, at, event } signed as Standard Webhooks, with the notification key as webhook-id', async () => {
    const { deps, posts, complaint, webhook } = await setup();
    expect(await webhook()).toMatchObject({ recipient: 'shop-1', state: 'PENDING' });
    await sendPendingNotifications(deps, complaint.id);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post.url).toBe('https://shop.example/hook');
    expect(JSON.parse(post.body)).toEqual({ reference: complaint.reference, status: 'ACCEPTED', at: '2026-11-30T03:00:00.000Z', event: WEBHOOK_EVENT });
    expect(post.headers).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'webhook-id': `${complaint.id}/2/WEBHOOK/shop-1`,
      'webhook-timestamp': String(Date.parse('2026-11-30T03:00:00Z') / 1000),
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    expect(await webhook()).toMatchObject({ state: 'SENT', attempts: 1, messageId: `${complaint.id}/2/WEBHOOK/shop-1` });
  });

  it('signs what the standardwebhooks library verifies, and it refuses another secret, a changed body and an old timestamp', () => {
    const body = '{"reference":"CP-20261130-7K3M9Q","status":"ACCEPTED"}';
    const now = new Date();
    const headers = signedHeaders(SECRET, 'c-1/2/WEBHOOK/shop-1', now, body);
    expect(receiver().verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => receiver('another-secret-0123456789').verify(body, headers)).toThrow('No matching signature found');
    expect(() => receiver().verify(body.replace('ACCEPTED', 'RESOLVED'), headers)).toThrow('No matching signature found');
    const sixMinutesAgo = signedHeaders(SECRET, 'c-1/2/WEBHOOK/shop-1', new Date(now.getTime() - 6 * 60_000), body);
    expect(() => receiver().verify(body, sixMinutesAgo)).toThrow('Message timestamp too old');
  });

  it('keys the signature with the UTF-8 bytes of a secret that is not ASCII, as the whsec_ form of those bytes', () => {
    const secret = '密钥-webhook-secret-ü';
    const headers = signedHeaders(secret, 'd-1', new Date(), '{}');
    expect(receiver(secret).verify('{}', headers)).toEqual({});
    expect(new StandardWebhook(`whsec_${Buffer.from(secret, 'utf8').toString('base64')}`).verify('{}', headers)).toEqual({});
  });

  it('records a delivery to a host that now resolves to a loopback address as FAILED (WebhookTargetRefused), without logging the address', async () => {
    const rebinding = new HttpWebhookPoster(CLOUD, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const { deps, complaint, webhook } = await setup({ poster: rebinding });
    await expect(sendPendingNotifications(deps, complaint.id)).rejects.toThrow('1 notification(s) could not be sent');
    expect(await webhook()).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'WebhookTargetRefused' });
    const logged = deps.logger.lines.join('\n');
    expect(logged).toContain('WebhookTargetRefused');
    expect(logged).not.toContain('127.0.0.1');
  });

  it('reads the webhook once per status change, and not at all for changes that keep the status', async () => {
    const { deps, complaint, partners, readsBefore } = await setup();
    expect(partners.webhookReads - readsBefore).toBe(1);
    const reads = partners.webhookReads;
    await performStep(deps, complaint.id, 2, { kind: 'STAFF', id: 'h1' }, (c, s) => steps.addInternalNote(c, 'n', s));
    expect(partners.webhookReads).toBe(reads);
  });

  it('records a refused delivery as FAILED and throws so the workflow retries; the retry sends the same body and id, signed at its own time', async () => {
    const { deps, posts, complaint, webhook } = await setup({ failures: 1 });
    await expect(sendPendingNotifications(deps, complaint.id)).rejects.toThrow('1 notification(s) could not be sent');
    expect(await webhook()).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'WebhookHttp503' });
    deps.clock.advance(10 * 60_000);
    await sendPendingNotifications(deps, complaint.id);
    expect(await webhook()).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(posts).toHaveLength(2);
    expect(posts[1].body).toBe(posts[0].body);
    expect(posts[1].headers['webhook-id']).toBe(posts[0].headers['webhook-id']);
    expect(Number(posts[1].headers['webhook-timestamp']) - Number(posts[0].headers['webhook-timestamp'])).toBe(600);
    expect(posts[1].headers['webhook-signature']).toBe(signedHeaders(SECRET, posts[1].headers['webhook-id'], deps.clock.now(), posts[1].body)['webhook-signature']);
  });

  it('queues a notice for the system\'s status changes too: the feedback survey after resolution', async () => {
    const { deps, complaint } = await setup();
    const record = (await deps.store.getRecord(complaint.id))!;
    record.complaint = { ...record.complaint, status: 'RESOLVED', finalResponse: undefined };
    const next = record.complaint.version + 1;
    await advanceComplaint(deps, complaint.id, record.complaint.workflowEpoch);
    const queued = (await deps.store.getRecord(complaint.id))!.notifications.filter((n) => n.version === next);
    expect(queued.map((n) => [n.kind, n.recipient, n.detail?.status])).toEqual([
      ['FEEDBACK_SURVEY', 'COMPLAINANT', undefined],
      ['WEBHOOK', 'shop-1', 'FEEDBACK_PENDING'],
    ]);
  });

  it('queues nothing for a partner without a webhook', async () => {
    const { webhook } = await setup({ webhook: false });
    expect(await webhook()).toBeUndefined();
  });

  it('skips a notice whose webhook was removed before delivery', async () => {
    const { deps, complaint, webhook, partners, posts } = await setup();
    partners.webhooks.clear();
    await sendPendingNotifications(deps, complaint.id);
    expect(await webhook()).toMatchObject({ state: 'SKIPPED' });
    expect(posts).toEqual([]);
  });
});
