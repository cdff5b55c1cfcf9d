import { accessCodeMatches, hashAccessCode } from '../../../functions/core/intake/codes';
import { submitComplaint } from '../../../functions/core/intake/submit-complaint';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import { IdempotencyKeyTaken } from '../../../functions/core/errors';
import {
  callerScope,
  canonicalJson,
  IDEMPOTENCY_TTL_SECONDS,
  idempotentAccessCode,
  submissionHash,
  validateIdempotencyKey,
  type IdempotencyScope,
} from '../../../functions/core/partners/idempotency';
import { rotated } from '../../../functions/core/secrets/keyring';
import { FakeClock } from '../../harness/fake-clock';
import { FixedKeyring } from '../../harness/fixed-keyring';
import { InMemoryStore } from '../../harness/in-memory-store';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

const SECRET = 'a-test-secret-that-is-long-enough-000';
const SCOPE: IdempotencyScope = { organizationId: 'acme', caller: 'partner:shop-1', key: 'order-42' };
const PARTNER = { kind: 'PARTNER' as const, id: 'shop-1' };

function setup(secret: string | null = SECRET) {
  const store = new InMemoryStore();
  store.settings = SETTINGS;
  const clock = new FakeClock('2026-11-30T02:00:00Z');
  const started: string[] = [];
  const keys = secret === null ? undefined : FixedKeyring.of(secret);
  const deps = { store, clock, settingsDefaults: DEFAULTS, logger: recordingLogger(), accessCodeKeys: keys, workflow: { start: async (id: string) => void started.push(id) } };
  return { deps, store, clock, started, keys };
}

describe('idempotent submission: the pure parts', () => {
  it('scopes keys to the caller: partner, staff or anonymous', () => {
    expect(callerScope({ kind: 'PARTNER', organizationId: 'acme', partnerId: 'p1', keyId: 'pk_1' })).toBe('partner:p1');
    expect(callerScope({ kind: 'STAFF', organizationId: 'acme', staffId: 's1', role: 'HANDLER' })).toBe('staff:s1');
    expect(callerScope({ kind: 'ANONYMOUS' })).toBe('anonymous');
  });

  it('accepts keys of 1 to 100 characters without control characters', () => {
    expect(validateIdempotencyKey('x')).toBe('x');
    expect(validateIdempotencyKey('键'.repeat(100))).toBe('键'.repeat(100));
    for (const bad of ['', 'x'.repeat(101), 'a\nb']) expect(() => validateIdempotencyKey(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ field: 'idempotencyKey' })] }));
  });

  it('hashes the canonical submission: key order and whitespace around values do not matter, values do', () => {
    const now = new Date('2026-11-30T02:00:00Z');
    const input = sampleSubmission();
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as typeof input;
    const padded = { ...input, facts: `  ${input.facts}  ` };
    const hash = (i: typeof input) => submissionHash(validateSubmission(i, now, 'Asia/Shanghai'));
    expect(hash(reordered)).toBe(hash(input));
    expect(hash(padded)).toBe(hash(input));
    expect(hash({ ...input, facts: `${input.facts}!` })).not.toBe(hash(input));
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe('{"a":[{"c":2}],"b":1}');
  });

  it('derives the access code from the secret and the scope, in the access-code alphabet', () => {
    const code = idempotentAccessCode(SECRET, SCOPE);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(idempotentAccessCode(SECRET, { ...SCOPE })).toBe(code);
    expect(idempotentAccessCode(SECRET, { ...SCOPE, key: 'order-43' })).not.toBe(code);
    expect(idempotentAccessCode(SECRET, { ...SCOPE, caller: 'partner:shop-2' })).not.toBe(code);
    expect(idempotentAccessCode(SECRET, { ...SCOPE, organizationId: 'globex' })).not.toBe(code);
    expect(idempotentAccessCode(`${SECRET}x`, SCOPE)).not.toBe(code);
  });
});

describe('idempotent submission with the store', () => {
  it('a retry with the same key and input answers the same complaint, reference and access code, storing one', async () => {
    const { deps, store, started } = setup();
    const input = sampleSubmission();
    const first = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    const retry = await submitComplaint(deps, structuredClone(input), PARTNER, 'shop-1', SCOPE);
    expect(retry.complaint.id).toBe(first.complaint.id);
    expect(retry.complaint.reference).toBe(first.complaint.reference);
    expect(retry.accessCode).toBe(first.accessCode);
    expect(first.complaint.accessCodeHash).toBe(hashAccessCode(first.complaint.id, first.accessCode));
    expect(store.records.size).toBe(1);
    expect(started).toEqual([first.complaint.id]);
  });

  it('answers a retry the same access code after the secret rotated, and the code still opens the complaint', async () => {
    const { deps, store, clock, keys } = setup();
    const input = sampleSubmission();
    const first = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    // Two rotations: the first publishes the next key, the second makes it current and retires the one the code was made with.
    keys!.value = rotated(rotated(keys!.value, clock.now(), 'n'.repeat(43)), clock.now(), 'p'.repeat(43));
    clock.advance(3600 * 1000);
    const retry = await submitComplaint(deps, structuredClone(input), PARTNER, 'shop-1', SCOPE);
    expect(retry.accessCode).toBe(first.accessCode);
    expect(accessCodeMatches(retry.complaint.id, retry.accessCode, store.records.get(first.complaint.id)!.complaint.accessCodeHash)).toBe(true);
    // A new key makes a new complaint whose code comes from the new current key.
    const another = await submitComplaint(deps, input, PARTNER, 'shop-1', { ...SCOPE, key: 'order-43' });
    expect(another.accessCode).toBe(idempotentAccessCode('n'.repeat(43), { ...SCOPE, key: 'order-43' }));
  });

  it('answers a retry the same code from a function still holding the keyring it cached before a rotation', async () => {
    const { deps, keys, clock } = setup();
    const cachedBefore = rotated(keys!.value, clock.now(), 'n'.repeat(43));
    // The complaint was made by a function that already read the rotated keyring ('n…' current)...
    keys!.value = rotated(cachedBefore, clock.now(), 'p'.repeat(43));
    const input = sampleSubmission();
    const first = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    // ...and the retry reaches one that still holds the keyring from before, where 'n…' was published as next.
    keys!.value = cachedBefore;
    expect((await submitComplaint(deps, structuredClone(input), PARTNER, 'shop-1', SCOPE)).accessCode).toBe(first.accessCode);
  });

  it('stores the record with the complaint: hash of the input, the complaint id and a 24-hour expiry', async () => {
    const { deps, store, clock } = setup();
    const { complaint } = await submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1', SCOPE);
    expect(await store.getIdempotencyRecord(SCOPE)).toEqual({
      ...SCOPE,
      requestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      complaintId: complaint.id,
      createdAt: clock.now().toISOString(),
      expiresAt: clock.now().getTime() / 1000 + IDEMPOTENCY_TTL_SECONDS,
    });
  });

  it('refuses the same key with another input with CONFLICT, storing nothing', async () => {
    const { deps, store } = setup();
    await submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1', SCOPE);
    await expect(submitComplaint(deps, sampleSubmission({ facts: 'Something else' }), PARTNER, 'shop-1', SCOPE)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('different input'),
    });
    expect(store.records.size).toBe(1);
  });

  it('keeps callers apart: the same key from another caller is another complaint', async () => {
    const { deps, store } = setup();
    const input = sampleSubmission();
    const a = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    const b = await submitComplaint(deps, input, { kind: 'PARTNER', id: 'shop-2' }, 'shop-2', { ...SCOPE, caller: 'partner:shop-2' });
    expect(b.complaint.id).not.toBe(a.complaint.id);
    expect(store.records.size).toBe(2);
  });

  it('forgets a key after 24 hours: the same key then makes a new complaint', async () => {
    const { deps, store, clock } = setup();
    const input = sampleSubmission();
    const first = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    clock.advance(IDEMPOTENCY_TTL_SECONDS * 1000);
    const later = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    expect(later.complaint.id).not.toBe(first.complaint.id);
    expect(store.records.size).toBe(2);
  });

  it('answers the winner\'s complaint when a concurrent request takes the key between the read and the write', async () => {
    const { deps, store } = setup();
    const input = sampleSubmission();
    const winner = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    const read = store.getIdempotencyRecord.bind(store);
    let reads = 0;
    // The first read misses (as if it came before the winner's write); the write then finds the key taken.
    store.getIdempotencyRecord = async (scope) => (++reads === 1 ? null : read(scope));
    const loser = await submitComplaint(deps, input, PARTNER, 'shop-1', SCOPE);
    expect(reads).toBe(2);
    expect(loser).toEqual({ complaint: winner.complaint, accessCode: winner.accessCode });
    expect(store.records.size).toBe(1);
  });

  it('gives up with CONFLICT when the key stays held by a transaction that never lands', async () => {
    const { deps, store } = setup();
    store.create = async () => {
      throw new IdempotencyKeyTaken();
    };
    await expect(submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1', SCOPE)).rejects.toMatchObject({ code: 'CONFLICT' });
  }, 10_000);

  it('refuses idempotent submissions with NOT_CONFIGURED when there is no secret, and stores nothing', async () => {
    const { deps, store } = setup(null);
    await expect(submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1', SCOPE)).rejects.toMatchObject({
      code: 'NOT_CONFIGURED',
      message: expect.stringContaining('ACCESS_CODE_SECRET_ARN'),
    });
    expect(store.records.size).toBe(0);
    // Without a key the secret is not needed, and the code is random.
    const a = await submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1');
    const b = await submitComplaint(deps, sampleSubmission(), PARTNER, 'shop-1');
    expect(a.accessCode).not.toBe(b.accessCode);
  });
});
