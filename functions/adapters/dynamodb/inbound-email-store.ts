import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { complainantKey, ERASED } from '../../core/data-protection';
import { DomainError } from '../../core/errors';
import { queryAll } from './query-all';
import { incrementRateCounter } from './rate-counter';
import type { InboundEmailPage, InboundEmailRecord, InboundEmailState, InboundEmailStore } from '../../core/inbound/inbound-email';
import { keys, TABLE_DESIGN } from './table-design';

const toAttributes = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false });

const { byOrganization, byStatus, byComplainant } = TABLE_DESIGN.indexes;
const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f]{64}$/;

const badCursor = () => new DomainError('BAD_USER_INPUT', 'after: is not a cursor returned by this API', [{ field: 'after', message: 'is not a cursor returned by this API' }]);

function toRecord(item: Record<string, unknown>): InboundEmailRecord {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, GSI2PK: _g2, GSI2SK: _g2s, GSI8PK: _g8, GSI8SK: _g8s, type: _type, ...record } = item;
  return record as unknown as InboundEmailRecord;
}

/**
 * Inbound emails on the single table (INBOUND#<org>#<sha256> / INBOUND), listed newest first
 * through GSI1 (all) and GSI2 (one state) under partitions of their own; the per-sender
 * throttle counts in RATE items the TTL removes.
 */
export class DynamoDbInboundEmailStore implements InboundEmailStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private item(record: InboundEmailRecord) {
    const sort = `${record.receivedAt}#${record.id}`;
    return toAttributes({
      ...keys.inboundEmail(record.organizationId, record.id),
      type: 'InboundEmail',
      GSI1PK: keys.inboundListPartition(record.organizationId),
      GSI1SK: sort,
      GSI2PK: keys.inboundListPartition(record.organizationId, record.state),
      GSI2SK: sort,
      // Under the sender's hash (never the address), so an erasure finds their messages; gone once erased.
      ...(record.from && record.from !== ERASED ? { GSI8PK: keys.inboundSenderPartition(record.organizationId, complainantKey(record.from)), GSI8SK: sort } : {}),
      ...record,
    });
  }

  async putNew(record: InboundEmailRecord): Promise<boolean> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: this.item(record), ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})` }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(organizationId: string, id: string): Promise<InboundEmailRecord | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.inboundEmail(organizationId, id)), ConsistentRead: true }));
    return out.Item ? toRecord(unmarshall(out.Item)) : null;
  }

  async save(record: InboundEmailRecord): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: this.item(record) }));
  }

  async claim(record: InboundEmailRecord, read: Pick<InboundEmailRecord, 'updatedAt' | 'attempts'>): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: this.item(record),
          ConditionExpression: 'updatedAt = :updatedAt AND attempts = :attempts',
          ExpressionAttributeValues: { ':updatedAt': { S: read.updatedAt }, ':attempts': { N: String(read.attempts) } },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async list(organizationId: string, options: { state?: InboundEmailState; first: number; after?: string }): Promise<InboundEmailPage> {
    const index = options.state === undefined ? byOrganization : byStatus;
    const partition = keys.inboundListPartition(organizationId, options.state);
    let start: Record<string, unknown> | undefined;
    if (options.after !== undefined) {
      const sort = Buffer.from(options.after, 'base64url').toString('utf8');
      if (!CURSOR.test(sort)) throw badCursor();
      const id = sort.slice(sort.lastIndexOf('#') + 1);
      start = { ...keys.inboundEmail(organizationId, id), [index.partitionKey]: partition, [index.sortKey]: sort };
    }
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': { S: partition } },
        ScanIndexForward: false,
        // One more than asked: a full last page then says there is nothing after it (LastEvaluatedKey would not).
        Limit: options.first + 1,
        ExclusiveStartKey: start && toAttributes(start),
      }),
    );
    const read = (out.Items ?? []).map((i) => toRecord(unmarshall(i)));
    const items = read.slice(0, options.first);
    const last = items.at(-1);
    const more = read.length > options.first;
    return { items, endCursor: more && last ? Buffer.from(`${last.receivedAt}#${last.id}`).toString('base64url') : undefined };
  }

  async idsFromSender(organizationId: string, senderHash: string): Promise<string[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: byComplainant.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byComplainant.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.inboundSenderPartition(organizationId, senderHash) } },
    });
    return items.map((i) => String(i[TABLE_DESIGN.partitionKey]).split('#').at(-1)!);
  }

  countFromSender(organizationId: string, senderHash: string, windowStart: string, expiresAt: number): Promise<number> {
    return incrementRateCounter(this.client, this.tableName, keys.inboundSenderCounter(organizationId, senderHash, windowStart), expiresAt, 'InboundSenderCounter');
  }
}
