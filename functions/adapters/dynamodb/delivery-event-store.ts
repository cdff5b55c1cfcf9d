import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { NotificationKind, NotificationState } from '../../core/complaint';
import type { DeliveryEventStore, SentEmail, SuppressionReason } from '../../core/delivery-events';
import { keys, TABLE_DESIGN } from './table-design';

const toAttributes = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true });

/** Delivery events on the single table: the SENTEMAIL lookups the complaint store writes, the emails' states and the suppressed addresses. */
export class DynamoDbDeliveryEventStore implements DeliveryEventStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async sentEmail(messageId: string): Promise<SentEmail | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.sentEmail(messageId)), ConsistentRead: true }));
    if (!out.Item) return null;
    const item = unmarshall(out.Item);
    return { complaintId: String(item.complaintId), version: Number(item.version), kind: item.kind as NotificationKind, recipient: String(item.recipient) };
  }

  // Only the state and its time: the rest of the email item (its text, which an erasure may have removed) is left as it is.
  async moveEmail(email: SentEmail, state: NotificationState, from: readonly NotificationState[], updatedAt: string): Promise<boolean> {
    const names = from.map((_, i) => `:from${i}`);
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: toAttributes(keys.notification(email.complaintId, email.version, email.kind, email.recipient)),
          UpdateExpression: 'SET #state = :state, updatedAt = :at',
          ConditionExpression: `attribute_exists(${TABLE_DESIGN.partitionKey}) AND #state IN (${names.join(', ')})`,
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: toAttributes({ ':state': state, ':at': updatedAt, ...Object.fromEntries(from.map((s, i) => [names[i], s])) }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** The first reason stays: a later event for the same address changes nothing. */
  async suppress(organizationId: string, addressHash: string, reason: SuppressionReason, at: string): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes({ ...keys.suppression(organizationId, addressHash), reason, at }),
          ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})`,
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async isSuppressed(organizationId: string, addressHash: string): Promise<boolean> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.suppression(organizationId, addressHash)), ProjectionExpression: 'SK' }));
    return out.Item !== undefined;
  }
}
