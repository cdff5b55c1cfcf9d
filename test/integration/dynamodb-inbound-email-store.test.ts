import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbInboundEmailStore } from '../../functions/adapters/dynamodb/inbound-email-store';
import type { InboundEmailRecord } from '../../functions/core/inbound/inbound-email';
import { complainantKey, ERASED } from '../../functions/core/data-protection';
import { ensureTable, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';

let db: DynamoDbLocal;
let client: DynamoDBClient;
let store: DynamoDbInboundEmailStore;

beforeAll(async () => {
  db = await startDynamoDbLocal(await freePort());
  client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  await ensureTable(client, 'complaints');
  store = new DynamoDbInboundEmailStore(client, 'complaints');
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});

const record = (n: number, overrides: Partial<InboundEmailRecord> = {}): InboundEmailRecord => ({
  id: String(n).padStart(64, '0'),
  organizationId: 'org-a',
  receivedAt: `2026-12-0${n}T08:00:00.000Z`,
  state: 'UNPROCESSED',
  reason: 'PROCESSING',
  from: `sender${n}@example.com`,
  verdicts: { spf: 'PASS', dkim: 'FAIL' },
  authenticationFailed: true,
  rawKey: `inbound/${n}.eml`,
  size: 100 + n,
  attempts: 0,
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...overrides,
});

describe('the DynamoDB inbound email store', () => {
  it('writes a message once: the same id again is refused and the first record stays', async () => {
    expect(await store.putNew(record(1))).toBe(true);
    expect(await store.putNew(record(1, { from: 'other@example.com' }))).toBe(false);
    expect(await store.get('org-a', record(1).id)).toEqual(record(1));
    expect(await store.get('org-b', record(1).id)).toBeNull();
  });

  it('lists newest first, one page at a time, and by state after a save moves a record to another', async () => {
    for (const n of [2, 3, 4]) await store.putNew(record(n));
    await store.save({ ...record(3), state: 'NEW_COMPLAINT', complaintId: 'c-3', attempts: 1 });
    const first = await store.list('org-a', { first: 2 });
    expect(first.items.map((r) => r.id)).toEqual([record(4).id, record(3).id]);
    const second = await store.list('org-a', { first: 2, after: first.endCursor });
    expect(second.items.map((r) => r.id)).toEqual([record(2).id, record(1).id]);
    // A full last page says it is the last: no cursor to an empty page.
    expect(second.endCursor).toBeUndefined();
    expect((await store.list('org-a', { state: 'NEW_COMPLAINT', first: 10 })).items).toEqual([{ ...record(3), state: 'NEW_COMPLAINT', complaintId: 'c-3', attempts: 1 }]);
    expect((await store.list('org-a', { state: 'UNPROCESSED', first: 10 })).items.map((r) => r.id)).toEqual([4, 2, 1].map((n) => record(n).id));
    expect((await store.list('org-b', { first: 10 })).items).toEqual([]);
  });

  it('lets one claim of a record read at the same moment through and refuses the other', async () => {
    const read = record(7);
    await store.putNew(read);
    const claimed = (at: string) => ({ ...read, attempts: read.attempts + 1, updatedAt: at });
    expect(await store.claim(claimed('2026-12-05T09:00:00.000Z'), read)).toBe(true);
    expect(await store.claim(claimed('2026-12-05T09:00:00.001Z'), read)).toBe(false);
    expect(await store.get('org-a', read.id)).toMatchObject({ attempts: 1, updatedAt: '2026-12-05T09:00:00.000Z' });
  });

  it('refuses a cursor it did not make', async () => {
    await expect(store.list('org-a', { first: 2, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('finds the messages of a sender by the hash of their address, until their sender is erased', async () => {
    await store.putNew(record(5, { from: 'erase.me@example.com' }));
    await store.putNew(record(6, { from: 'erase.me@example.com', organizationId: 'org-b' }));
    expect(await store.idsFromSender('org-a', complainantKey('erase.me@example.com'))).toEqual([record(5).id]);
    await store.save({ ...record(5), from: ERASED });
    expect(await store.idsFromSender('org-a', complainantKey('erase.me@example.com'))).toEqual([]);
  });

  it("counts a sender's messages per window", async () => {
    const count = () => store.countFromSender('org-a', 'hash-1', '2026-12-01T08:00:00.000Z', 1_900_000_000);
    expect([await count(), await count(), await count()]).toEqual([1, 2, 3]);
    expect(await store.countFromSender('org-a', 'hash-1', '2026-12-01T09:00:00.000Z', 1_900_000_000)).toBe(1);
  });
});
