import { createHash } from 'node:crypto';
import { apiKeyVerifier, createPartnerApiKey, listPartnerApiKeys, revokePartnerApiKey, rotatePartnerApiKey } from '../../../functions/core/partners/api-key-service';
import { hashSecret, issueApiKey, parseApiKey, publicApiKey, secretMatches } from '../../../functions/core/partners/api-keys';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryPartnerStore } from '../../harness/in-memory-partner-store';

const ADMIN = { organizationId: 'acme', staffId: 'admin-1' };

function setup() {
  const keys = new InMemoryPartnerStore();
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  return { keys, clock, deps: { keys, clock }, verifier: apiKeyVerifier(keys) };
}

describe('partner API keys', () => {
  it('are <id>.<secret>: a public pk_ id and 32 random bytes in base64url', () => {
    const { key, apiKey } = issueApiKey({ organizationId: 'acme', partnerId: 'shop-1', name: 'Shop' }, new Date());
    expect(apiKey).toMatch(/^pk_[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/);
    const [id, secret] = apiKey.split('.');
    expect(key.id).toBe(id);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(parseApiKey(apiKey)).toEqual({ id, secret });
  });

  it('are stored as the SHA-256 of the secret only, never the secret', async () => {
    const { deps, keys } = setup();
    const { key, apiKey } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    const secret = apiKey.split('.')[1];
    const stored = JSON.stringify([...keys.keys.values()]);
    expect(stored).not.toContain(secret);
    expect(keys.keys.get(key.id)!.secretHash).toBe(createHash('sha256').update(`${key.id}:${secret}`).digest('hex'));
    expect(Object.keys(publicApiKey(key))).not.toContain('secretHash');
  });

  it('verify to the partner and organization of an active key', async () => {
    const { deps, verifier } = setup();
    const { key, apiKey } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    expect(await verifier.verify(apiKey)).toEqual({ organizationId: 'acme', partnerId: 'shop-1', keyId: key.id });
  });

  it('do not verify with a wrong secret, an unknown id or a malformed value', async () => {
    const { deps, verifier } = setup();
    const { key, apiKey } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    const other = issueApiKey({ organizationId: 'acme', partnerId: 'x', name: 'x' }, new Date()).apiKey;
    expect(await verifier.verify(`${key.id}.${other.split('.')[1]}`)).toBeNull();
    expect(await verifier.verify(other)).toBeNull();
    for (const bad of ['', 'nodot', `${key.id}.`, `.${apiKey.split('.')[1]}`, `${apiKey}x`, `x${apiKey}`, apiKey.replace('.', '..')]) {
      expect(await verifier.verify(bad)).toBeNull();
    }
    expect(secretMatches({ id: key.id, secretHash: 'abcd' }, apiKey.split('.')[1])).toBe(false);
  });

  it('rotate: the new secret works at once and the old one stops', async () => {
    const { deps, verifier, clock } = setup();
    const first = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    clock.advance(60_000);
    const rotated = await rotatePartnerApiKey(deps, ADMIN, first.key.id);
    expect(rotated.key).toMatchObject({ id: first.key.id, status: 'ACTIVE', rotatedAt: '2026-11-30T02:01:00.000Z', rotatedBy: 'admin-1', version: 2 });
    expect(rotated.apiKey.split('.')[0]).toBe(first.key.id);
    expect(await verifier.verify(first.apiKey)).toBeNull();
    expect(await verifier.verify(rotated.apiKey)).toMatchObject({ partnerId: 'shop-1' });
  });

  it('revoke: the key stops working, revoking again changes nothing, and a revoked key cannot be rotated', async () => {
    const { deps, verifier } = setup();
    const { key, apiKey } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    const revoked = await revokePartnerApiKey(deps, ADMIN, key.id);
    expect(revoked).toMatchObject({ status: 'REVOKED', revokedBy: 'admin-1', version: 2 });
    expect(await verifier.verify(apiKey)).toBeNull();
    expect(await revokePartnerApiKey(deps, ADMIN, key.id)).toEqual(revoked);
    await expect(rotatePartnerApiKey(deps, ADMIN, key.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('belong to one organization: another organization\'s admin finds no such key and lists none of them', async () => {
    const { deps } = setup();
    const { key } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    const other = { organizationId: 'globex', staffId: 'admin-9' };
    await expect(rotatePartnerApiKey(deps, other, key.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(revokePartnerApiKey(deps, other, key.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await listPartnerApiKeys(deps.keys, other)).toEqual([]);
    expect((await listPartnerApiKeys(deps.keys, ADMIN)).map((k) => k.id)).toEqual([key.id]);
  });

  it('refuse a bad partner id or name, naming the fields', async () => {
    const { deps } = setup();
    await expect(createPartnerApiKey(deps, ADMIN, 'has space', '')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ field: 'partnerId' }), expect.objectContaining({ field: 'name' })],
    });
    await expect(createPartnerApiKey(deps, ADMIN, 'ok', 'x'.repeat(201))).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'name' })] });
  });

  it('of a concurrent rotation and revocation, one wins: a revoked key is never brought back', async () => {
    const { deps, keys } = setup();
    const { key } = await createPartnerApiKey(deps, ADMIN, 'shop-1', 'Shop');
    const read = keys.getApiKey.bind(keys);
    // Both read version 1 before either writes.
    const stale = (await read(key.id))!;
    keys.getApiKey = async () => stale;
    const results = await Promise.allSettled([rotatePartnerApiKey(deps, ADMIN, key.id), revokePartnerApiKey(deps, ADMIN, key.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });

  it('hash with the id, so the same secret under two ids hashes differently', () => {
    expect(hashSecret('pk_a', 's')).not.toBe(hashSecret('pk_b', 's'));
  });
});
