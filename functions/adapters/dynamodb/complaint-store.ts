import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  TransactionCanceledException,
  ConditionalCheckFailedException,
  type AttributeValue,
  type QueryCommandInput,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { changeAudits, versionBefore, type Complaint, type ComplaintChange, type Notification } from '../../core/complaint';
import { matchesFilter } from '../../core/complaint-filter';
import { DomainError, IdempotencyKeyTaken, ReferenceTaken, VersionConflict } from '../../core/errors';
import type { OrganizationSettings } from '../../core/organization/settings';
import type { IdempotencyRecord, IdempotencyScope } from '../../core/partners/idempotency';
import type { ComplaintFilter, ComplaintList, ComplaintPage, ComplaintRecord, ComplaintStore, ListQuery } from '../../core/ports';
import { sealed } from '../../core/audit/seal';
import {
  auditDayItem,
  auditItem,
  complaintItem,
  duplicateIndexItems,
  duplicateIndexKeys,
  entryItem,
  fileItem,
  notificationItem,
  referenceItem,
  settingsItem,
  toAudit,
  toComplaint,
  toEntry,
  toFile,
  toNotification,
  toSettings,
  workflowItem,
} from './items';
import { idempotencyItem, toIdempotencyRecord } from './partner-items';
import { indexPartition, queryAll } from './query-all';
import type { SearchReader } from './search-reader';
import { keys, TABLE_DESIGN, WORKFLOW_SHARDS, type IndexName, type ListIndex } from './table-design';

const ix = TABLE_DESIGN.indexes;
type Item = Record<string, unknown>;
const toAttributes = (item: Item) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false });
const ABSENT = `attribute_not_exists(${TABLE_DESIGN.partitionKey})`;

/**
 * Items a list request reads at most, before its filters: past it the page ends early,
 * perhaps short or empty, with a cursor to go on (ComplaintPage.endPosition). Keeps a
 * request's cost bounded whatever its filters discard.
 */
export const LIST_READ_CAP = 1000;

/** SES reports bounces and complaints within days; a message's lookup is kept a month. */
const SENT_EMAIL_LOOKUP_SECONDS = 30 * 24 * 3600;

type Filter = { attribute: string; value: string } | { attribute: string; exists: true };

interface IndexQuery {
  index: IndexName;
  partition: string;
  from: string;
  to: string;
  descending: boolean;
  /** Matched by a filter expression: it costs the same reads, but the items do not travel. */
  filters: Filter[];
}

/**
 * Picks the most selective index for a filter: the handler's or the unassigned partition,
 * else one status, category or channel, else the whole organization. Every other key filter
 * is matched on that index's partition-key attribute, which every complaint item carries.
 */
function planList(organizationId: string, filter: ComplaintFilter): { index: IndexName; partition: string; filters: Filter[] } {
  const byKey: Array<{ index: ListIndex; value: string }> = [];
  if (filter.status !== undefined) byKey.push({ index: 'byStatus', value: filter.status });
  if (filter.category !== undefined) byKey.push({ index: 'byCategory', value: filter.category });
  if (filter.channel !== undefined) byKey.push({ index: 'byChannel', value: filter.channel });
  const keyFilters = (list: typeof byKey): Filter[] => list.map(({ index, value }) => ({ attribute: ix[index].partitionKey, value: keys.listPartition(index, organizationId, value) }));
  const others: Filter[] = [
    ...(filter.teamId !== undefined ? [{ attribute: 'teamId', value: filter.teamId }] : []),
    ...(filter.unassigned === false ? [{ attribute: 'handlerId', exists: true as const }] : []),
  ];
  if (filter.handlerId !== undefined || filter.unassigned === true) {
    const partition = keys.assigneePartition(organizationId, filter.handlerId);
    return { index: 'byAssignee', partition, filters: [...keyFilters(byKey), ...others] };
  }
  const [primary, ...rest] = byKey.length ? byKey : [{ index: 'byOrganization' as const, value: '' }];
  return { index: primary.index, partition: keys.listPartition(primary.index, organizationId, primary.value || undefined), filters: [...keyFilters(rest), ...others] };
}

/** Where a list reads: one index partition, a sort-key range, and filters on other attributes. */
function indexQuery(organizationId: string, list: ComplaintList): IndexQuery {
  switch (list.kind) {
    case 'all':
      return {
        ...planList(organizationId, list.filter),
        // [from, to): a sort key is `<receivedAt>#<id>`, so `<to>#…` sorts after `<to>`.
        from: list.filter.receivedFrom ?? '0',
        to: list.filter.receivedTo ?? '9999',
        descending: true,
      };
    case 'handler':
      return { index: 'handlerQueue', partition: keys.handlerQueuePartition(organizationId, list.handlerId), from: '0', to: '~', descending: false, filters: [] };
    case 'duplicates':
      return { index: 'openWorkflows', partition: keys.duplicatesPartition(organizationId), from: '0', to: '9999', descending: true, filters: [] };
    case 'escalated':
      return { index: 'escalations', partition: keys.escalationPartition(organizationId), from: '0', to: `${4 - list.atLeastRank}~`, descending: false, filters: [] };
  }
}

/** The GSI2 keys of an unsettled notification, under the given attribute names (or expression placeholders). */
const unsettledKeys = (complaintId: string, at: string, pk: string, sk: string) => ({ [pk]: keys.unsettledNotifications, [sk]: `${at}#${complaintId}` });

export class DynamoDbComplaintStore implements ComplaintStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Reads the search index; without it (no SEARCH_INDEX_SECRET) a search is refused. */
    private readonly search?: SearchReader,
    private readonly readCap = LIST_READ_CAP,
  ) {}

  private put(item: Item, condition?: string, values?: Record<string, AttributeValue>, names?: Record<string, string>): TransactWriteItem {
    return { Put: { TableName: this.tableName, Item: toAttributes(item), ConditionExpression: condition, ExpressionAttributeValues: values, ExpressionAttributeNames: names } };
  }

  /**
   * What every change writes besides the complaint: its audit entries, entries, notifications,
   * a moved workflow marker, and the complaint's chain head of the day.
   */
  private changeItems(change: ComplaintChange): TransactWriteItem[] {
    const { complaint } = change;
    return [
      ...changeAudits(change).map((a) => this.put(auditItem(a), ABSENT)),
      this.put(auditDayItem(complaint.organizationId, change.audit)),
      ...(change.entries ?? []).map((e, n) => this.put(entryItem(e, n), ABSENT)),
      ...(change.notifications ?? []).map((n) => this.put(notificationItem(n), ABSENT)),
      // Every step adds at most one entry, so an entry's place within its version is 0.
      ...(change.rewrites?.entries ?? []).map((e) => this.put(entryItem(e, 0))),
      // Only the text changes: the delivery fields belong to the sender.
      ...(change.rewrites?.notifications ?? []).map((n) => ({
        Update: {
          TableName: this.tableName,
          Key: toAttributes(keys.notification(n.complaintId, n.version, n.kind, n.recipient)),
          UpdateExpression: 'SET #detail = :detail',
          ExpressionAttributeNames: { '#detail': 'detail' },
          ExpressionAttributeValues: toAttributes({ ':detail': n.detail }),
        },
      })),
      // A file is recorded once: only while its record is still a pending upload.
      ...(change.files ?? []).map((f) => this.put(fileItem(f), '#state = :pending', { ':pending': { S: 'PENDING' } }, { '#state': 'state' })),
      ...(change.rewrites?.files ?? []).map((f) => this.put(fileItem(f))),
      ...(change.dropDuplicateIndex
        ? duplicateIndexKeys(complaint, change.dropDuplicateIndex).map(({ PK, SK }) => ({ Delete: { TableName: this.tableName, Key: toAttributes({ PK, SK }) } }))
        : []),
      ...(complaint.workflowEpoch === complaint.version ? [this.put(workflowItem(complaint))] : []),
    ];
  }

  async create(unsealed: ComplaintChange, idempotency?: IdempotencyRecord): Promise<void> {
    const change = sealed(unsealed);
    const { complaint } = change;
    const items = [
      this.put(referenceItem(complaint), ABSENT),
      this.put(complaintItem(complaint), ABSENT),
      ...this.changeItems(change),
      ...(change.duplicateIndex ? duplicateIndexItems(complaint, change.duplicateIndex).map((item) => this.put(item)) : []),
    ];
    // The key is free, or its record has expired and TTL has not removed it yet.
    if (idempotency) items.push(this.put(idempotencyItem(idempotency), `${ABSENT} OR expiresAt <= :now`, { ':now': { N: String(Math.floor(Date.parse(idempotency.createdAt) / 1000)) } }));
    try {
      await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (idempotency && ['ConditionalCheckFailed', 'TransactionConflict'].includes(reasons[items.length - 1]?.Code ?? '')) throw new IdempotencyKeyTaken();
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new ReferenceTaken();
      throw error;
    }
  }

  async getIdempotencyRecord(scope: IdempotencyScope): Promise<IdempotencyRecord | null> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.idempotency(scope.organizationId, scope.caller, scope.key)), ConsistentRead: true }),
    );
    return out.Item ? toIdempotencyRecord(unmarshall(out.Item)) : null;
  }

  async commit(unsealed: ComplaintChange): Promise<void> {
    const change = sealed(unsealed);
    // Over the stored version and the audit head the change chains from: a change decided on a
    // stale copy cannot fork the chain, it conflicts and is decided again.
    const values: Record<string, AttributeValue> = { ':expected': { N: String(versionBefore(change)) } };
    const head = change.chainedFrom ? 'auditHead = :head' : 'attribute_not_exists(auditHead)';
    if (change.chainedFrom) values[':head'] = { S: change.chainedFrom };
    try {
      await this.client.send(
        new TransactWriteItemsCommand({ TransactItems: [this.put(complaintItem(change.complaint), `version = :expected AND ${head}`, values), ...this.changeItems(change)] }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((r) => r.Code === 'ConditionalCheckFailed')) {
        throw new VersionConflict();
      }
      throw error;
    }
  }

  async get(id: string) {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.complaint(id)), ConsistentRead: true }));
    return out.Item ? toComplaint(unmarshall(out.Item)) : null;
  }

  /** One Query reads the complaint and everything recorded about it. */
  async getRecord(id: string): Promise<ComplaintRecord | null> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.complaintPartition(id) } },
      ConsistentRead: true,
    });
    const main = items.find((i) => i.type === 'Complaint');
    if (!main) return null;
    const of = (type: string) => items.filter((i) => i.type === type);
    return {
      complaint: toComplaint(main),
      history: of('Audit').map(toAudit),
      entries: of('Entry').map(toEntry),
      notifications: of('Notification').map(toNotification),
      files: of('File').map(toFile),
    };
  }

  async getRecordByReference(reference: string): Promise<ComplaintRecord | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.reference(reference)) }));
    if (!out.Item) return null;
    return this.getRecord(String(unmarshall(out.Item).complaintId));
  }

  async list(query: ListQuery): Promise<ComplaintPage> {
    const { organizationId, list, first, after, oldestFirst, now } = query;
    if (list.kind === 'all' && list.filter.search) {
      if (!this.search) throw new DomainError('NOT_CONFIGURED', 'Search is not configured: set SEARCH_INDEX_SECRET.');
      return this.search.page({ ...query, filter: list.filter, search: list.filter.search });
    }
    const q = indexQuery(organizationId, list);
    const index = ix[q.index];
    const names: Record<string, string> = { '#pk': index.partitionKey, '#sk': index.sortKey };
    const values: Record<string, AttributeValue> = { ':pk': { S: q.partition }, ':from': { S: q.from }, ':to': { S: q.to } };
    const conditions = q.filters.map((f, i) => {
      names[`#f${i}`] = f.attribute;
      if ('exists' in f) return `attribute_exists(#f${i})`;
      values[`:f${i}`] = { S: f.value };
      return `#f${i} = :f${i}`;
    });
    // What no index holds is checked on each item read: the clocks' state now.
    const passes = list.kind === 'all' && list.filter.clockState !== undefined ? (c: Complaint) => matchesFilter(c, list.filter, now) : undefined;
    const filtered = conditions.length > 0 || passes !== undefined;
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      FilterExpression: conditions.length ? conditions.join(' AND ') : undefined,
      ScanIndexForward: oldestFirst === true || !q.descending,
      ExclusiveStartKey: after ? toAttributes({ ...keys.complaint(after.id), [index.partitionKey]: q.partition, [index.sortKey]: after.sortKey }) : undefined,
    };
    // One more than asked tells whether another page exists.
    const wanted = first + 1;
    const found: Array<{ complaint: Complaint; sortKey: string }> = [];
    let read = 0;
    do {
      const limit = filtered ? Math.min(Math.max(wanted, 100), this.readCap - read) : wanted - found.length;
      const out = await this.client.send(new QueryCommand({ ...input, Limit: limit }));
      read += out.ScannedCount ?? 0;
      for (const raw of out.Items ?? []) {
        const item = unmarshall(raw);
        const complaint = toComplaint(item);
        if (!passes || passes(complaint)) found.push({ complaint, sortKey: String(item[index.sortKey]) });
      }
      input.ExclusiveStartKey = out.LastEvaluatedKey;
    } while (found.length < wanted && input.ExclusiveStartKey && read < this.readCap);
    const items = found.slice(0, first).map(({ complaint, sortKey }) => ({ complaint, position: { sortKey, id: complaint.id } }));
    if (found.length > first) return { items, hasNextPage: true };
    const stoppedAt = input.ExclusiveStartKey && unmarshall(input.ExclusiveStartKey);
    if (!stoppedAt) return { items, hasNextPage: false };
    return {
      items,
      hasNextPage: true,
      endPosition: { sortKey: String(stoppedAt[index.sortKey]), id: String(stoppedAt[TABLE_DESIGN.partitionKey]).slice(keys.complaintPartition('').length) },
    };
  }

  async complaintIdsOfComplainant(organizationId: string, emailHash: string): Promise<string[]> {
    const index = ix.byComplainant;
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.complainantPartition(organizationId, emailHash) } },
    });
    return items.map((i) => String(i[TABLE_DESIGN.partitionKey]).slice('COMPLAINT#'.length));
  }

  async openComplaintCounts(organizationId: string, handlerIds: readonly string[]): Promise<Map<string, number>> {
    const index = ix.handlerQueue;
    const counts = await Promise.all(
      handlerIds.map(async (id) => {
        let count = 0;
        let start: Record<string, AttributeValue> | undefined;
        do {
          const out = await this.client.send(
            new QueryCommand({
              TableName: this.tableName,
              IndexName: index.indexName,
              KeyConditionExpression: '#pk = :pk',
              ExpressionAttributeNames: { '#pk': index.partitionKey },
              ExpressionAttributeValues: { ':pk': { S: keys.handlerQueuePartition(organizationId, id) } },
              Select: 'COUNT',
              ExclusiveStartKey: start,
            }),
          );
          count += out.Count ?? 0;
          start = out.LastEvaluatedKey;
        } while (start);
        return [id, count] as const;
      }),
    );
    return new Map(counts);
  }

  // Delivery updates set only the delivery fields: the rest of the item (its text, which an
  // erasure may have removed meanwhile) is never written back from an earlier read.
  async claimNotification(notification: Notification, now: string, claimedUntil: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: toAttributes(keys.notification(notification.complaintId, notification.version, notification.kind, notification.recipient)),
          // Unsettled from here until an outcome is saved: a send cut off after its claim is found again.
          UpdateExpression: 'SET #state = :sending, claimedUntil = :until, updatedAt = :now, #upk = :upk, #usk = :usk',
          ConditionExpression: '(#state IN (:pending, :failed) AND attempts = :attempts) OR (#state = :sending AND claimedUntil < :now)',
          ExpressionAttributeNames: { '#state': 'state', '#upk': ix.byStatus.partitionKey, '#usk': ix.byStatus.sortKey },
          ExpressionAttributeValues: toAttributes({
            ':pending': 'PENDING',
            ':failed': 'FAILED',
            ':sending': 'SENDING',
            ':attempts': notification.attempts,
            ':now': now,
            ':until': claimedUntil,
            ...unsettledKeys(notification.complaintId, now, ':upk', ':usk'),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async saveNotification(n: Notification): Promise<void> {
    // FAILED stays unsettled (sorted by this attempt); any other outcome leaves the schedule's list.
    const unsettled = n.state === 'FAILED' ? unsettledKeys(n.complaintId, n.updatedAt, ix.byStatus.partitionKey, ix.byStatus.sortKey) : {};
    const set: Record<string, unknown> = { state: n.state, attempts: n.attempts, updatedAt: n.updatedAt, messageId: n.messageId, lastError: n.lastError, ...unsettled };
    const present = Object.keys(set).filter((k) => set[k] !== undefined);
    const absent = [...Object.keys(set).filter((k) => set[k] === undefined), 'claimedUntil', ...(n.state === 'FAILED' ? [] : [ix.byStatus.partitionKey, ix.byStatus.sortKey])];
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: toAttributes(keys.notification(n.complaintId, n.version, n.kind, n.recipient)),
        UpdateExpression: `SET ${present.map((k) => `#${k} = :${k}`).join(', ')} REMOVE ${absent.map((k) => `#${k}`).join(', ')}`,
        ConditionExpression: `attribute_exists(${TABLE_DESIGN.partitionKey})`,
        ExpressionAttributeNames: Object.fromEntries([...present, ...absent].map((k) => [`#${k}`, k])),
        ExpressionAttributeValues: toAttributes(Object.fromEntries(present.map((k) => [`:${k}`, set[k]]))),
      }),
    );
    // After the SENT state is saved, so an event that finds the lookup finds the email SENT.
    if (n.state === 'SENT' && n.messageId && n.kind !== 'WEBHOOK') {
      const expiresAt = Math.floor(new Date(n.updatedAt).getTime() / 1000) + SENT_EMAIL_LOOKUP_SECONDS;
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes({ ...keys.sentEmail(n.messageId), complaintId: n.complaintId, version: n.version, kind: n.kind, recipient: n.recipient, expiresAt }),
        }),
      );
    }
  }

  async unsettledNotifications(limit: number): Promise<Notification[]> {
    const out = await this.client.send(new QueryCommand({ ...indexPartition(this.tableName, ix.byStatus, keys.unsettledNotifications), ScanIndexForward: false, Limit: limit }));
    return (out.Items ?? []).map((item) => toNotification(unmarshall(item)));
  }

  async openWorkflows(): Promise<Array<{ complaintId: string; epoch: number }>> {
    const index = ix.openWorkflows;
    const open: Array<{ complaintId: string; epoch: number }> = [];
    for (let shard = 0; shard < WORKFLOW_SHARDS; shard += 1) {
      const markers = await queryAll(this.client, indexPartition(this.tableName, index, keys.workflowShard(shard)));
      for (const m of markers) open.push({ complaintId: String(m.complaintId), epoch: Number(m.epoch) });
    }
    return open;
  }

  async closeWorkflow(complaintId: string, epoch: number): Promise<void> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: toAttributes(keys.workflow(complaintId)),
          ConditionExpression: 'epoch = :epoch',
          ExpressionAttributeValues: { ':epoch': { N: String(epoch) } },
        }),
      );
    } catch (error) {
      // A newer epoch holds the marker (or it is gone already): nothing to close.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async getSettings(organizationId: string): Promise<OrganizationSettings | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.settings(organizationId)), ConsistentRead: true }));
    return out.Item ? toSettings(unmarshall(out.Item)) : null;
  }

  async saveSettings(settings: OrganizationSettings): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes(settingsItem(settings)),
          ConditionExpression: `${ABSENT} OR version = :expected`,
          ExpressionAttributeValues: { ':expected': { N: String(settings.version - 1) } },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict('settings');
      throw error;
    }
  }
}
