import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, startTestStack, SUBMIT } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Partner API keys through the local HTTP endpoint: administrators issue, list, rotate
 * and revoke them; a partner's key lets it submit and read back only what it submitted,
 * in its own organization.
 */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const ADMIN = asStaff('admin-1');
const OTHER_ADMIN = asStaff('admin-9', 'ADMIN', 'other');
const asPartner = (apiKey: string) => ({ 'x-api-key': apiKey });

const KEY_FIELDS = 'id partnerId name status createdAt rotatedAt revokedAt';
const CREATE = `mutation($p: ID!, $n: String!) { createPartnerApiKey(partnerId: $p, name: $n) { apiKey key { ${KEY_FIELDS} } } }`;
const ROTATE = `mutation($id: ID!) { rotatePartnerApiKey(id: $id) { apiKey key { ${KEY_FIELDS} } } }`;
const REVOKE = `mutation($id: ID!) { revokePartnerApiKey(id: $id) { ${KEY_FIELDS} } }`;
const LIST = `{ partnerApiKeys { ${KEY_FIELDS} } }`;
const VIEWER = '{ viewer { kind organizationId id role } }';
const READ = 'query($id: ID!) { complaint(id: $id) { id reference submittedHistory: history { action actor { kind id } } } }';

async function issue(partnerId: string, headers = ADMIN): Promise<{ apiKey: string; id: string }> {
  const res = await graphql(stack, CREATE, { p: partnerId, n: `${partnerId} integration` }, headers);
  expect(res.errors).toBeUndefined();
  return { apiKey: res.data!.createPartnerApiKey.apiKey, id: res.data!.createPartnerApiKey.key.id };
}

async function submitAs(headers: Record<string, string>, overrides: Parameters<typeof sampleSubmission>[0] = {}) {
  const res = await graphql(stack, SUBMIT, { input: sampleSubmission({ channel: 'PARTNER_API', ...overrides }) }, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.submitComplaint as { reference: string; accessCode: string; complaint: { id: string } };
}

const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

describe('partner API keys, managed by administrators', () => {
  it('issues <id>.<secret>, shown once: listed afterwards without the secret, stored as a hash', async () => {
    const res = await graphql(stack, CREATE, { p: 'shop-1', n: 'Shop one' }, ADMIN);
    expect(res.errors).toBeUndefined();
    const { apiKey, key } = res.data!.createPartnerApiKey;
    expect(apiKey).toMatch(/^pk_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({ id: apiKey.split('.')[0], partnerId: 'shop-1', name: 'Shop one', status: 'ACTIVE', rotatedAt: null, revokedAt: null });
    const secret = apiKey.split('.')[1];

    const list = await graphql(stack, LIST, {}, ADMIN);
    expect(list.data!.partnerApiKeys).toContainEqual(key);
    expect(list.raw).not.toContain(secret);

    const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: 'us-east-1' });
    const item = unmarshall((await client.send(new GetItemCommand({ TableName: stack.config.tableName, Key: { PK: { S: `APIKEY#${key.id}` }, SK: { S: 'APIKEY' } } }))).Item!);
    client.destroy();
    expect(item).toMatchObject({ organizationId: 'default', partnerId: 'shop-1', status: 'ACTIVE', secretHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(item)).not.toContain(secret);
  });

  it('are for administrators only: other roles are FORBIDDEN, a partner too, nobody UNAUTHENTICATED', async () => {
    const { apiKey } = await issue('shop-roles');
    for (const role of ['SUPERVISOR', 'HANDLER', 'ANALYST'] as const) {
      expect(code(await graphql(stack, CREATE, { p: 'x', n: 'x' }, asStaff('s', role)))).toBe('FORBIDDEN');
      expect(code(await graphql(stack, LIST, {}, asStaff('s', role)))).toBe('FORBIDDEN');
    }
    expect(code(await graphql(stack, CREATE, { p: 'x', n: 'x' }, asPartner(apiKey)))).toBe('FORBIDDEN');
    expect(code(await graphql(stack, CREATE, { p: 'x', n: 'x' }))).toBe('UNAUTHENTICATED');
  });

  it('rotate: the old secret stops working at once, the new one works', async () => {
    const { apiKey, id } = await issue('shop-rotate');
    expect((await graphql(stack, VIEWER, {}, asPartner(apiKey))).data!.viewer).toEqual({ kind: 'PARTNER', organizationId: 'default', id: 'shop-rotate', role: null });
    const rotated = await graphql(stack, ROTATE, { id }, ADMIN);
    const next = rotated.data!.rotatePartnerApiKey;
    expect(next.key).toMatchObject({ id, status: 'ACTIVE', rotatedAt: expect.any(String) });
    expect(next.apiKey.split('.')[0]).toBe(id);
    const old = await graphql(stack, VIEWER, {}, asPartner(apiKey));
    expect(old.status).toBe(401);
    expect(code(old)).toBe('UNAUTHENTICATED');
    expect((await graphql(stack, VIEWER, {}, asPartner(next.apiKey))).data!.viewer.id).toBe('shop-rotate');
  });

  it('revoke: the key stops working; a revoked key cannot be rotated', async () => {
    const { apiKey, id } = await issue('shop-revoke');
    const revoked = await graphql(stack, REVOKE, { id }, ADMIN);
    expect(revoked.data!.revokePartnerApiKey).toMatchObject({ id, status: 'REVOKED', revokedAt: expect.any(String) });
    expect((await graphql(stack, VIEWER, {}, asPartner(apiKey))).status).toBe(401);
    expect(code(await graphql(stack, SUBMIT, { input: sampleSubmission() }, asPartner(apiKey)))).toBe('UNAUTHENTICATED');
    expect(code(await graphql(stack, ROTATE, { id }, ADMIN))).toBe('INVALID_TRANSITION');
  });

  it('belong to their organization: another organization\'s administrator can neither see, rotate nor revoke them', async () => {
    const { id } = await issue('shop-org');
    expect((await graphql(stack, LIST, {}, OTHER_ADMIN)).data!.partnerApiKeys.map((k: { id: string }) => k.id)).not.toContain(id);
    expect(code(await graphql(stack, ROTATE, { id }, OTHER_ADMIN))).toBe('NOT_FOUND');
    expect(code(await graphql(stack, REVOKE, { id }, OTHER_ADMIN))).toBe('NOT_FOUND');
  });

  it('refuses a malformed or unknown key with 401, never as anonymous', async () => {
    const { apiKey } = await issue('shop-typo');
    const tampered = apiKey.slice(0, -1) + (apiKey.endsWith('A') ? 'B' : 'A');
    for (const bad of ['nonsense', tampered, `pk_unknown.${apiKey.split('.')[1]}`]) {
      const res = await graphql(stack, VIEWER, {}, asPartner(bad));
      expect(res.status).toBe(401);
      expect(code(res)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a bad partner id with BAD_USER_INPUT on the field', async () => {
    const res = await graphql(stack, CREATE, { p: 'not valid!', n: 'x' }, ADMIN);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
  });
});

describe('what a partner key may do', () => {
  let shop: string;
  let rival: string;
  let foreign: string;
  beforeAll(async () => {
    shop = (await issue('scope-shop')).apiKey;
    rival = (await issue('scope-rival')).apiKey;
    foreign = (await issue('scope-foreign', OTHER_ADMIN)).apiKey;
  });

  it('submits, recorded as the partner, and reads back what it submitted', async () => {
    const { complaint, reference } = await submitAs(asPartner(shop));
    const read = await graphql(stack, READ, { id: complaint.id }, asPartner(shop));
    expect(read.errors).toBeUndefined();
    expect(read.data!.complaint).toMatchObject({ id: complaint.id, reference, submittedHistory: [{ action: 'COMPLAINT_RECEIVED', actor: { kind: 'PARTNER', id: 'scope-shop' } }] });
    const byRef = await graphql(stack, 'query($r: String!) { complaintByReference(reference: $r) { id } }', { r: reference }, asPartner(shop));
    expect(byRef.data!.complaintByReference).toEqual({ id: complaint.id });
    // Staff of the organization see it too.
    expect((await graphql(stack, READ, { id: complaint.id }, ADMIN)).data!.complaint.id).toBe(complaint.id);
  });

  it('reads back its complaint without what is internal to the organization', async () => {
    const { complaint } = await submitAs(asPartner(shop));
    const noted = await graphql(stack, 'mutation($id: ID!) { addInternalNote(id: $id, expectedVersion: 1, text: "Partner is difficult") { version } }', { id: complaint.id }, ADMIN);
    expect(noted.errors).toBeUndefined();
    const escalated = await graphql(stack, 'mutation($id: ID!) { escalateComplaint(id: $id, expectedVersion: 2, reason: "Called twice") { version } }', { id: complaint.id }, ADMIN);
    expect(escalated.errors).toBeUndefined();
    const VIEW = 'query($id: ID!) { complaint(id: $id) { entries { kind text } history { action } escalation { level reason } notifications { kind } clocks { id } } }';
    const staffView = (await graphql(stack, VIEW, { id: complaint.id }, ADMIN)).data!.complaint;
    expect(staffView.entries).toEqual([{ kind: 'INTERNAL_NOTE', text: 'Partner is difficult' }]);
    expect(staffView.escalation).toEqual({ level: 'HANDLER', reason: 'Called twice' });
    const partnerView = (await graphql(stack, VIEW, { id: complaint.id }, asPartner(shop))).data!.complaint;
    expect(partnerView.entries).toEqual([]);
    expect(partnerView.history).toEqual([{ action: 'COMPLAINT_RECEIVED' }]);
    expect(partnerView.escalation).toEqual({ level: 'NONE', reason: null });
    expect(partnerView.notifications).toEqual([]);
    expect(partnerView.clocks.every((k: { id: string }) => !k.id.startsWith('SLA_'))).toBe(true);
  });

  it('does not see another partner\'s complaints, a complainant\'s, or another organization\'s', async () => {
    const { complaint: ofShop, reference } = await submitAs(asPartner(shop));
    const anonymous = (await graphql(stack, SUBMIT, { input: sampleSubmission() })).data!.submitComplaint.complaint.id;
    expect((await graphql(stack, READ, { id: ofShop.id }, asPartner(rival))).data!.complaint).toBeNull();
    expect((await graphql(stack, 'query($r: String!) { complaintByReference(reference: $r) { id } }', { r: reference }, asPartner(rival))).data!.complaintByReference).toBeNull();
    expect((await graphql(stack, READ, { id: anonymous }, asPartner(shop))).data!.complaint).toBeNull();
    expect((await graphql(stack, READ, { id: ofShop.id }, asPartner(foreign))).data!.complaint).toBeNull();
    expect((await graphql(stack, READ, { id: ofShop.id }, OTHER_ADMIN)).data!.complaint).toBeNull();
  });

  it('submits into its own organization', async () => {
    const { complaint } = await submitAs(asPartner(foreign));
    expect((await graphql(stack, READ, { id: complaint.id }, OTHER_ADMIN)).data!.complaint.id).toBe(complaint.id);
    expect((await graphql(stack, READ, { id: complaint.id }, ADMIN)).data!.complaint).toBeNull();
  });

  it('may not list, act on complaints, read settings or manage keys', async () => {
    const { complaint } = await submitAs(asPartner(shop));
    expect(code(await graphql(stack, '{ complaints { edges { node { id } } } }', {}, asPartner(shop)))).toBe('FORBIDDEN');
    expect(code(await graphql(stack, 'mutation($id: ID!) { acceptComplaint(id: $id, expectedVersion: 1) { id } }', { id: complaint.id }, asPartner(shop)))).toBe('FORBIDDEN');
    expect(code(await graphql(stack, '{ organizationSettings { version } }', {}, asPartner(shop)))).toBe('FORBIDDEN');
    expect(code(await graphql(stack, LIST, {}, asPartner(shop)))).toBe('FORBIDDEN');
  });

  it('tracks like a complainant with the reference and access code', async () => {
    const { reference, accessCode } = await submitAs(asPartner(shop));
    const res = await graphql(stack, 'query($r: String!, $c: String!) { trackComplaint(reference: $r, accessCode: $c) { reference status } }', { r: reference, c: accessCode }, asPartner(shop));
    expect(res.data!.trackComplaint).toEqual({ reference, status: 'RECEIVED' });
  });
});
