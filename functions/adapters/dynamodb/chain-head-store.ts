import { PutItemCommand, ConditionalCheckFailedException, GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ChainHead } from '../../core/audit/digest';
import type { ChainHeadStore } from '../../core/audit/ports';
import { queryAll } from './query-all';
import { keys, TABLE_DESIGN } from './table-design';

/**
 * The heads each change records (AUDITDAY#<day> / <org>#<id>, written in the change's
 * transaction by the complaint store) and each organization's latest digest
 * (ORG#<org> / AUDITDIGEST). A day's heads are one partition: no Scan.
 */
export class DynamoDbChainHeadStore implements ChainHeadStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async headsOfDay(day: string): Promise<Array<ChainHead & { organizationId: string }>> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.auditDayPartition(day) } },
      ConsistentRead: true,
    });
    return items.map((i) => ({ organizationId: String(i.organizationId), complaintId: String(i.complaintId), version: Number(i.version), hash: String(i.hash) }));
  }

  async latestDigest(organizationId: string): Promise<{ day: string; hash: string } | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.auditDigest(organizationId)), ConsistentRead: true }));
    if (!out.Item) return null;
    const item = unmarshall(out.Item);
    return { day: String(item.day), hash: String(item.hash) };
  }

  async recordDigest(organizationId: string, day: string, hash: string): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...keys.auditDigest(organizationId), type: 'AuditDigest', organizationId, day, hash }),
          ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey}) OR #day < :day`,
          ExpressionAttributeNames: { '#day': 'day' },
          ExpressionAttributeValues: marshall({ ':day': day }),
        }),
      );
    } catch (error) {
      // Another run recorded this day or a later one already.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
