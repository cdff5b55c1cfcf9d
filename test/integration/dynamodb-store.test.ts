import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import { COMPLAINANT, followedBy, nextVersion, SYSTEM } from '../../functions/core/complaint';
import { VersionConflict } from '../../functions/core/errors';
import { erasure } from '../../functions/core/data-protection';
import { receiveComplaint } from '../../functions/core/intake/receive-complaint';
import { validateSubmission } from '../../functions/core/intake/validate-submission';
import { createTableInput, ensureTable, startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { freePort } from '../../local/preflight';
import { SETTINGS } from '../unit/core/test-policy';
import { sampleSubmission } from '../harness/sample';
import { sealed } from '../../functions/core/audit/seal';
import { verifyHistory } from '../../functions/core/audit/verify-history';
import { DynamoDbChainHeadStore } from '../../functions/adapters/dynamodb/chain-head-store';

let db: DynamoDbLocal;
let client: DynamoDBClient;
let store: DynamoDbComplaintStore;
const operations: string[] = [];

beforeAll(async () => {
  db = await startDynamoDbLocal(await freePort());
  client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      operations.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordOperations' },
  );
  await ensureTable(client, 'complaints');
  store = new DynamoDbComplaintStore(client, 'complaints');
});
afterAll(async () => {
  client?.destroy();
  await db?.stop();
});
beforeEach(() => operations.splice(0));

let n = 0;
function newComplaint(existingReference?: string) {
  n += 1;
  const reference = existingReference ?? `CP-20261130-T${String(n).padStart(5, '0')}`;
  const receivedAt = new Date(Date.UTC(2026, 10, 30, 2, 0, n));
  // Sealed, as intake seals it: a next version decided on this complaint chains to its head.
  return sealed(receiveComplaint(validateSubmission(sampleSubmission(), receivedAt, SETTINGS.timeZone), { id: `c-${n}`, reference, accessCode: 'AAAAA-BBBBB', receivedAt, actor: { kind: 'COMPLAINANT' } }, SETTINGS));
}

describe('the DynamoDB complaint store', () => {
  it('writes a submission as one transaction and reads it back whole with one query', async () => {
    const change = newComplaint();
    await store.create(change);
    expect(operations).toEqual(['TransactWriteItemsCommand']);
    operations.splice(0);
    const record = await store.getRecord(change.complaint.id);
    expect(operations).toEqual(['QueryCommand']);
    expect(record).toEqual({ complaint: change.complaint, history: [change.audit], entries: [], notifications: change.notifications, files: [] });
  });

  it('refuses a second complaint with the same reference and writes none of it', async () => {
    const first = newComplaint();
    await store.create(first);
    const clash = newComplaint(first.complaint.reference);
    await expect(store.create(clash)).rejects.toThrow('reference already taken');
    expect(await store.getRecord(clash.complaint.id)).toBeNull();
    expect((await store.openWorkflows()).some((w) => w.complaintId === clash.complaint.id)).toBe(false);
  });

  it('finds a complaint by reference with a get and a query', async () => {
    const change = newComplaint();
    await store.create(change);
    operations.splice(0);
    expect((await store.getRecordByReference(change.complaint.reference))?.complaint.id).toBe(change.complaint.id);
    expect(operations).toEqual(['GetItemCommand', 'QueryCommand']);
  });

  it('lets exactly one of two changes made from the same version land', async () => {
    const change = newComplaint();
    await store.create(change);
    const at = new Date('2026-12-01T00:00:00Z');
    const a = nextVersion(change.complaint, {}, 'CLOCK_AT_RISK', SYSTEM, at);
    const b = nextVersion(change.complaint, {}, 'ESCALATED', SYSTEM, at);
    const results = await Promise.allSettled([store.commit(a), store.commit(b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflict);
    const record = await store.getRecord(change.complaint.id);
    expect(record?.complaint.version).toBe(2);
    expect(record?.history.map((h) => h.version)).toEqual([1, 2]);
  });

  it('writes a step of two versions in one transaction, every audit entry, guarded by the version before the first', async () => {
    const change = newComplaint();
    await store.create(change);
    const stored = (await store.get(change.complaint.id))!;
    const at = new Date('2026-12-01T00:00:00Z');
    const twoSteps = followedBy(nextVersion(stored, {}, 'FEEDBACK_RECEIVED', COMPLAINANT, at), nextVersion({ ...stored, version: 2 }, { status: 'REOPENED' }, 'REOPENED', COMPLAINANT, at));
    const late = nextVersion(stored, {}, 'CLOCK_AT_RISK', SYSTEM, at);
    await store.commit(late);
    operations.splice(0);
    await expect(store.commit(twoSteps)).rejects.toBeInstanceOf(VersionConflict);
    expect((await store.getRecord(change.complaint.id))?.history.map((h) => h.action)).toEqual(['COMPLAINT_RECEIVED', 'CLOCK_AT_RISK']);

    const afterLate = (await store.get(change.complaint.id))!;
    const onTop = followedBy(nextVersion(afterLate, {}, 'FEEDBACK_RECEIVED', COMPLAINANT, at), nextVersion({ ...afterLate, version: 3 }, { status: 'REOPENED' }, 'REOPENED', COMPLAINANT, at));
    operations.splice(0);
    await store.commit(onTop);
    expect(operations).toEqual(['TransactWriteItemsCommand']);
    const record = await store.getRecord(change.complaint.id);
    expect(record?.complaint).toMatchObject({ version: 4, status: 'REOPENED' });
    expect(record?.history.map((h) => [h.version, h.action])).toEqual([[1, 'COMPLAINT_RECEIVED'], [2, 'CLOCK_AT_RISK'], [3, 'FEEDBACK_RECEIVED'], [4, 'REOPENED']]);
  });

  it('writes the entries of skipped versions with a change, chained in order, and the day\'s head for the digest', async () => {
    const change = newComplaint();
    await store.create(change);
    const at = new Date('2026-12-01T05:00:00Z');
    const first = nextVersion(change.complaint, {}, 'CLOCK_AT_RISK', SYSTEM, at);
    const second = nextVersion(first.complaint, {}, 'ESCALATED', SYSTEM, at);
    // Guarded by the stored version: skipping from a version that is not stored is a conflict.
    await expect(store.commit({ ...second, precedingAudits: [] })).rejects.toBeInstanceOf(VersionConflict);
    await store.commit({ ...second, precedingAudits: [first.audit] });
    const record = (await store.getRecord(change.complaint.id))!;
    expect(record.history.map((h) => [h.version, h.action])).toEqual([[1, 'COMPLAINT_RECEIVED'], [2, 'CLOCK_AT_RISK'], [3, 'ESCALATED']]);
    expect(verifyHistory(record).verified).toBe(true);
    const heads = await new DynamoDbChainHeadStore(client, 'complaints').headsOfDay('2026-12-01');
    expect(heads).toContainEqual({ organizationId: SETTINGS.organizationId, complaintId: change.complaint.id, version: 3, hash: record.complaint.auditHead });
    // A change decided on a copy with an older head (at the right version) would fork the chain: refused.
    const stale = { ...record.complaint, auditHead: record.history[1].hash };
    await expect(store.commit(nextVersion(stale, {}, 'ESCALATED', SYSTEM, at))).rejects.toBeInstanceOf(VersionConflict);
  });

  it('lists, follows the open workflows and closes one, never scanning', async () => {
    const change = newComplaint();
    await store.create(change);
    await store.list({ organizationId: SETTINGS.organizationId, list: { kind: 'all', filter: { status: 'RECEIVED', channel: 'WEB' } }, first: 5 });
    expect(await store.openWorkflows()).toContainEqual({ complaintId: change.complaint.id, epoch: 1 });
    await store.closeWorkflow(change.complaint.id, 1);
    expect((await store.openWorkflows()).map((w) => w.complaintId)).not.toContain(change.complaint.id);
    expect(operations.filter((o) => o === 'ScanCommand')).toEqual([]);
    expect(operations).toContain('QueryCommand');
  });

  it('keeps a handler\'s queue, due soonest first, and counts it for least-loaded assignment', async () => {
    const later = newComplaint();
    const sooner = newComplaint();
    const dueIn = (c: typeof later, at: string) => ({ ...c.complaint, status: 'ASSIGNED' as const, handlerId: 'queue-h', clocks: c.complaint.clocks.map((k) => ({ ...k, dueAt: at })) });
    await store.create({ ...later, complaint: dueIn(later, '2026-12-20T00:00:00.000Z') });
    await store.create({ ...sooner, complaint: dueIn(sooner, '2026-12-05T00:00:00.000Z') });
    const page = await store.list({ organizationId: SETTINGS.organizationId, list: { kind: 'handler', handlerId: 'queue-h' }, first: 10 });
    expect(page.items.map((i) => i.complaint.id)).toEqual([sooner.complaint.id, later.complaint.id]);
    expect(await store.openComplaintCounts(SETTINGS.organizationId, ['queue-h', 'nobody'])).toEqual(new Map([['queue-h', 2], ['nobody', 0]]));
  });

  it('lists escalated complaints at a level or above, highest first, and drops them once resolved', async () => {
    const toManager = newComplaint();
    const toSupervisor = newComplaint();
    const toHandler = newComplaint();
    const escalated = (c: typeof toManager, level: 'HANDLER' | 'SUPERVISOR' | 'MANAGER') => ({ ...c, complaint: { ...c.complaint, escalation: { level, at: c.complaint.receivedAt } } });
    for (const [c, level] of [[toManager, 'MANAGER'], [toSupervisor, 'SUPERVISOR'], [toHandler, 'HANDLER']] as const) await store.create(escalated(c, level));
    const ids = async () =>
      (await store.list({ organizationId: SETTINGS.organizationId, list: { kind: 'escalated', atLeastRank: 2 }, first: 10 })).items.map((i) => i.complaint.id);
    expect(await ids()).toEqual([toManager.complaint.id, toSupervisor.complaint.id]);
    const resolved = nextVersion(escalated(toManager, 'MANAGER').complaint, { status: 'RESOLVED' }, 'RESOLVED', SYSTEM, new Date());
    await store.commit(resolved);
    expect(await ids()).toEqual([toSupervisor.complaint.id]);
  });

  it('leaves the workflow marker of a newer epoch when an older execution closes', async () => {
    const change = newComplaint();
    await store.create(change);
    const newer = nextVersion(change.complaint, {}, 'ESCALATED', SYSTEM, new Date());
    newer.complaint.workflowEpoch = newer.complaint.version;
    await store.commit(newer);
    await store.closeWorkflow(change.complaint.id, 1);
    expect(await store.openWorkflows()).toContainEqual({ complaintId: change.complaint.id, epoch: 2 });
  });

  it('guards the settings by version', async () => {
    await store.saveSettings({ ...SETTINGS, organizationId: 'guarded', version: 1 });
    await expect(store.saveSettings({ ...SETTINGS, organizationId: 'guarded', version: 1 })).rejects.toThrow('settings was changed');
    await store.saveSettings({ ...SETTINGS, organizationId: 'guarded', feedbackWindowDays: 30, version: 2 });
    expect(await store.getSettings('guarded')).toMatchObject({ feedbackWindowDays: 30, version: 2 });
  });

  it('records a delivery without writing back text an erasure removed meanwhile', async () => {
    const change = newComplaint();
    const withText = { ...change.notifications![0], kind: 'PUBLIC_REPLY' as const, detail: { text: 'Dear 王小明, about your flat at 1 Example Road' } };
    await store.create({ ...change, notifications: [withText] });
    const readBySender = (await store.getRecord(change.complaint.id))!.notifications[0];
    expect(await store.claimNotification(readBySender, '2026-12-01T00:00:00.000Z', '2026-12-01T00:05:00.000Z')).toBe(true);
    await store.commit(erasure((await store.getRecord(change.complaint.id))!, { kind: 'STAFF', id: 'admin' }, new Date('2026-12-01T00:00:01Z')));
    await store.saveNotification({ ...readBySender, state: 'SENT', attempts: 1, updatedAt: '2026-12-01T00:00:02.000Z', messageId: 'm-1' });
    const stored = (await store.getRecord(change.complaint.id))!.notifications[0];
    expect(stored).toMatchObject({ state: 'SENT', attempts: 1, messageId: 'm-1', detail: { text: '[erased]' } });
    expect(stored.claimedUntil).toBeUndefined();
  });

  it('lists the notifications claimed and not settled, latest change first, with a query, until each is sent or skipped', async () => {
    const ids = (list: Array<{ complaintId: string }>) => list.map((x) => x.complaintId).filter((id) => [a.complaint.id, b.complaint.id, c.complaint.id].includes(id));
    const [a, b, c] = [newComplaint(), newComplaint(), newComplaint()];
    for (const change of [a, b, c]) await store.create(change);
    const ack = async (change: typeof a) => (await store.getRecord(change.complaint.id))!.notifications[0];
    // Waiting for the stream: not the schedule's.
    expect(ids(await store.unsettledNotifications(50))).toEqual([]);

    await store.claimNotification(await ack(a), '2026-12-01T00:00:00.000Z', '2026-12-01T00:05:00.000Z');
    await store.saveNotification({ ...(await ack(a)), state: 'FAILED', attempts: 1, updatedAt: '2026-12-01T00:00:01.000Z', lastError: 'TimeoutError' });
    await store.claimNotification(await ack(b), '2026-12-01T00:00:02.000Z', '2026-12-01T00:05:02.000Z');
    await store.claimNotification(await ack(c), '2026-12-01T00:00:03.000Z', '2026-12-01T00:05:03.000Z');
    await store.saveNotification({ ...(await ack(c)), state: 'SENT', attempts: 1, updatedAt: '2026-12-01T00:00:04.000Z', messageId: 'm-c' });
    operations.splice(0);
    const unsettled = await store.unsettledNotifications(50);
    expect(operations).toEqual(['QueryCommand']);
    expect(ids(unsettled)).toEqual([b.complaint.id, a.complaint.id]);
    expect(unsettled.find((x) => x.complaintId === a.complaint.id)).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'TimeoutError' });
    expect(unsettled.find((x) => x.complaintId === b.complaint.id)).toMatchObject({ state: 'SENDING', claimedUntil: '2026-12-01T00:05:02.000Z' });

    await store.claimNotification(await ack(a), '2026-12-01T00:20:00.000Z', '2026-12-01T00:25:00.000Z');
    await store.saveNotification({ ...(await ack(a)), state: 'SENT', attempts: 2, updatedAt: '2026-12-01T00:20:01.000Z', messageId: 'm-a' });
    await store.saveNotification({ ...(await ack(b)), state: 'SKIPPED', updatedAt: '2026-12-01T00:20:02.000Z' });
    expect(ids(await store.unsettledNotifications(50))).toEqual([]);
  });

  it('gives a table kept from before an index existed the index it lacks, so a kept local data folder still lists', async () => {
    const input = createTableInput('kept');
    const byAssignee = TABLE_DESIGN.indexes.byAssignee;
    const itsKeys = new Set<string>([byAssignee.partitionKey, byAssignee.sortKey]);
    await client.send(
      new CreateTableCommand({
        ...input,
        AttributeDefinitions: input.AttributeDefinitions!.filter((a) => !itsKeys.has(a.AttributeName!)),
        GlobalSecondaryIndexes: input.GlobalSecondaryIndexes!.filter((i) => i.IndexName !== byAssignee.indexName),
      }),
    );
    await ensureTable(client, 'kept');
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'kept' }));
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(Object.values(TABLE_DESIGN.indexes).map((i) => i.indexName).sort());
    const kept = new DynamoDbComplaintStore(client, 'kept');
    const change = newComplaint();
    await kept.create(change);
    const page = await kept.list({ organizationId: change.complaint.organizationId, list: { kind: 'all', filter: { unassigned: true } }, first: 5 });
    expect(page.items.map((i) => i.complaint.id)).toEqual([change.complaint.id]);
  });
});
