import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  DeleteItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type AttributeValue,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ComplaintChange, Notification, NotificationKind } from '../../core/complaint';
import { ReferenceTaken, VersionConflict } from '../../core/errors';
import type { ComplaintFilter, ComplaintPage, ComplaintRecord, ComplaintStore, ListQuery } from '../../core/ports';
import { auditItem, complaintItem, notificationItem, referenceItem, toAudit, toComplaint, toNotification, workflowItem } from './items';
import { keys, TABLE_DESIGN, WORKFLOW_SHARDS, type ListIndex } from './table-design';

const ix = TABLE_DESIGN.indexes;
const toAttributes = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false });

/**
 * Picks the most selective index for a filter. Every other filter is matched on that
 * index's partition-key attribute, which every complaint item carries.
 */
function planList(filter: ComplaintFilter): Array<{ index: ListIndex; value?: string }> {
  const chosen: Array<{ index: ListIndex; value?: string }> = [];
  if (filter.status !== undefined) chosen.push({ index: 'byStatus', value: filter.status });
  if (filter.category !== undefined) chosen.push({ index: 'byCategory', value: filter.category });
  if (filter.channel !== undefined) chosen.push({ index: 'byChannel', value: filter.channel });
  return chosen.length ? chosen : [{ index: 'byOrganization' }];
}

export class DynamoDbComplaintStore implements ComplaintStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(change: ComplaintChange & { notification: Notification }): Promise<void> {
    const { complaint } = change;
    const absent = `attribute_not_exists(${TABLE_DESIGN.partitionKey})`;
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: toAttributes(referenceItem(complaint)), ConditionExpression: absent } },
            { Put: { TableName: this.tableName, Item: toAttributes(complaintItem(complaint)), ConditionExpression: absent } },
            { Put: { TableName: this.tableName, Item: toAttributes(auditItem(change.audit)), ConditionExpression: absent } },
            { Put: { TableName: this.tableName, Item: toAttributes(notificationItem(change.notification)) } },
            { Put: { TableName: this.tableName, Item: toAttributes(workflowItem(complaint)) } },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
        throw new ReferenceTaken();
      }
      throw error;
    }
  }

  async commit(change: ComplaintChange): Promise<void> {
    const items = [
      {
        Put: {
          TableName: this.tableName,
          Item: toAttributes(complaintItem(change.complaint)),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': { N: String(change.complaint.version - 1) } },
        },
      },
      { Put: { TableName: this.tableName, Item: toAttributes(auditItem(change.audit)), ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})` } },
    ];
    if (change.notification) items.push({ Put: { TableName: this.tableName, Item: toAttributes(notificationItem(change.notification)) } } as (typeof items)[number]);
    try {
      await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
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

  /** One Query reads the complaint, its history and its notifications together. */
  async getRecord(id: string): Promise<ComplaintRecord | null> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
          ExpressionAttributeValues: { ':pk': { S: keys.complaintPartition(id) } },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) items.push(unmarshall(item));
      start = out.LastEvaluatedKey;
    } while (start);
    const main = items.find((i) => i.type === 'Complaint');
    if (!main) return null;
    return {
      complaint: toComplaint(main),
      history: items.filter((i) => i.type === 'Audit').map(toAudit),
      notifications: items.filter((i) => i.type === 'Notification').map(toNotification),
    };
  }

  async getRecordByReference(reference: string): Promise<ComplaintRecord | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.reference(reference)) }));
    if (!out.Item) return null;
    return this.getRecord(String(unmarshall(out.Item).complaintId));
  }

  async list({ organizationId, filter, first, after }: ListQuery): Promise<ComplaintPage> {
    const [primary, ...rest] = planList(filter);
    const index = ix[primary.index];
    const names: Record<string, string> = { '#pk': index.partitionKey, '#sk': index.sortKey };
    const values: Record<string, AttributeValue> = {
      ':pk': { S: keys.listPartition(primary.index, organizationId, primary.value) },
      // [from, to): a sort key is `<receivedAt>#<id>`, so `<to>#…` sorts after `<to>`.
      ':from': { S: filter.receivedFrom ?? '0' },
      ':to': { S: filter.receivedTo ?? '9999' },
    };
    const conditions = rest.map(({ index: other, value }, i) => {
      names[`#f${i}`] = ix[other].partitionKey;
      values[`:f${i}`] = { S: keys.listPartition(other, organizationId, value) };
      return `#f${i} = :f${i}`;
    });
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      FilterExpression: conditions.length ? conditions.join(' AND ') : undefined,
      ScanIndexForward: false,
      ExclusiveStartKey: after
        ? toAttributes({
            ...keys.complaint(after.id),
            [index.partitionKey]: values[':pk'].S,
            [index.sortKey]: keys.listSort(after.receivedAt, after.id),
          })
        : undefined,
    };
    // One more than asked tells whether another page exists.
    const wanted = first + 1;
    const found: Record<string, unknown>[] = [];
    do {
      const out = await this.client.send(new QueryCommand({ ...input, Limit: conditions.length ? Math.max(wanted, 100) : wanted - found.length }));
      for (const item of out.Items ?? []) found.push(unmarshall(item));
      input.ExclusiveStartKey = out.LastEvaluatedKey;
    } while (found.length < wanted && input.ExclusiveStartKey);
    return { complaints: found.slice(0, first).map(toComplaint), hasNextPage: found.length > first };
  }

  async getNotification(complaintId: string, kind: NotificationKind): Promise<Notification | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.notification(complaintId, kind)), ConsistentRead: true }));
    return out.Item ? toNotification(unmarshall(out.Item)) : null;
  }

  async saveNotification(notification: Notification): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: toAttributes(notificationItem(notification)) }));
  }

  async openWorkflows(): Promise<string[]> {
    const index = ix.openWorkflows;
    const ids: string[] = [];
    for (let shard = 0; shard < WORKFLOW_SHARDS; shard += 1) {
      let start: Record<string, AttributeValue> | undefined;
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: index.indexName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partitionKey },
            ExpressionAttributeValues: { ':pk': { S: keys.workflowShard(shard) } },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) ids.push(String(unmarshall(item)[TABLE_DESIGN.partitionKey]).slice('COMPLAINT#'.length));
        start = out.LastEvaluatedKey;
      } while (start);
    }
    return ids;
  }

  async closeWorkflow(complaintId: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: toAttributes(keys.workflow(complaintId)) }));
  }
}
