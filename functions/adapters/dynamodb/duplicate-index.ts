import { QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DuplicateIndex } from '../../core/duplicates/ports';
import { keys, TABLE_DESIGN } from './table-design';

/**
 * Reads the duplicate buckets and contact indexes: one Query each, newest first from
 * `since`, at most `limit` items. Items past their window may linger until TTL removes
 * them; the `since` bound leaves them out.
 */
export class DynamoDbDuplicateIndex implements DuplicateIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private async newest(index: { indexName?: string; partitionKey: string; sortKey: string }, partition: string, since: string, limit: number, id: (item: Record<string, { S?: string }>) => string): Promise<string[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: '#pk = :pk AND #sk >= :since',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
        ExpressionAttributeValues: { ':pk': { S: partition }, ':since': { S: since } },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map(id);
  }

  private readonly table = { partitionKey: TABLE_DESIGN.partitionKey, sortKey: TABLE_DESIGN.sortKey };
  private readonly member = (item: Record<string, { S?: string }>) => String(item.complaintId?.S);

  bucket(organizationId: string, band: string, since: string, limit: number): Promise<string[]> {
    return this.newest(this.table, keys.duplicateBand(organizationId, band), since, limit, this.member);
  }

  samePhone(organizationId: string, phoneHash: string, since: string, limit: number): Promise<string[]> {
    return this.newest(this.table, keys.duplicatePhone(organizationId, phoneHash), since, limit, this.member);
  }

  /** GSI8 projects keys only: the id is in the table's partition key `COMPLAINT#<id>`. */
  sameEmail(organizationId: string, emailHash: string, since: string, limit: number): Promise<string[]> {
    return this.newest(TABLE_DESIGN.indexes.byComplainant, keys.complainantPartition(organizationId, emailHash), since, limit, (item) =>
      String(item[TABLE_DESIGN.partitionKey]?.S).slice(keys.complaintPartition('').length),
    );
  }
}
