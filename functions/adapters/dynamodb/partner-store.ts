import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { VersionConflict } from '../../core/errors';
import type { StoredApiKey } from '../../core/partners/api-keys';
import type { PartnerStore, Webhook } from '../../core/partners/ports';
import { apiKeyItem, toApiKey, toWebhook, webhookItem } from './partner-items';
import { queryAll } from './query-all';
import { incrementRateCounter } from './rate-counter';
import { keys, TABLE_DESIGN } from './table-design';

const toAttributes = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false });
const ABSENT = `attribute_not_exists(${TABLE_DESIGN.partitionKey})`;

/** API keys, webhooks and rate counters on the single table. */
export class DynamoDbPartnerStore implements PartnerStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getApiKey(id: string): Promise<StoredApiKey | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.apiKey(id)), ConsistentRead: true }));
    return out.Item ? toApiKey(unmarshall(out.Item)) : null;
  }

  async listApiKeys(organizationId: string): Promise<StoredApiKey[]> {
    const index = TABLE_DESIGN.indexes.byOrganization;
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: index.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.apiKeyListPartition(organizationId) } },
    });
    return items.map(toApiKey);
  }

  async saveApiKey(key: StoredApiKey): Promise<void> {
    const first = key.version === 1;
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes(apiKeyItem(key)),
          ConditionExpression: first ? ABSENT : 'version = :expected',
          ExpressionAttributeValues: first ? undefined : { ':expected': { N: String(key.version - 1) } },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict('API key');
      throw error;
    }
  }

  async getWebhook(organizationId: string, partnerId: string): Promise<Webhook | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.webhook(organizationId, partnerId)), ConsistentRead: true }));
    return out.Item ? toWebhook(unmarshall(out.Item)) : null;
  }

  async saveWebhook(webhook: Webhook): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: toAttributes(webhookItem(webhook)) }));
  }

  async listWebhooks(organizationId: string): Promise<Webhook[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#sk': TABLE_DESIGN.sortKey },
      ExpressionAttributeValues: { ':pk': { S: keys.webhook(organizationId, '').PK }, ':prefix': { S: keys.webhookPrefix } },
    });
    return items.map(toWebhook);
  }

  async deleteWebhook(organizationId: string, partnerId: string): Promise<boolean> {
    const out = await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: toAttributes(keys.webhook(organizationId, partnerId)), ReturnValues: 'ALL_OLD' }));
    return out.Attributes !== undefined;
  }

  increment(name: string, expiresAt: number): Promise<number> {
    return incrementRateCounter(this.client, this.tableName, name, expiresAt, 'RateCounter');
  }
}
