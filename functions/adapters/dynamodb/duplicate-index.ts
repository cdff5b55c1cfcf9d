import { BatchGetItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DuplicateIndex } from '../../core/duplicates/ports';
import type { Candidate } from '../../core/duplicates/suggestions';
import { keys, TABLE_DESIGN } from './table-design';

/** What scoring reads of a candidate; `reference` is a DynamoDB reserved word, so every name goes through a placeholder. */
const CANDIDATE_FIELDS: ReadonlyArray<keyof Candidate> = ['id', 'organizationId', 'reference', 'facts', 'complainant', 'receivedAt'];
/** BatchGetItem may leave keys unprocessed under load; they are asked for again, a few times. */
const BATCH_ATTEMPTS = 3;

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

  /** One BatchGetItem (at most MAX_CANDIDATES keys, under its 100), eventually consistent: half the read units of GetItem's strong reads. */
  async candidates(ids: string[]): Promise<Candidate[]> {
    const found: Candidate[] = [];
    let wanted: Array<Record<string, AttributeValue>> = ids.map((id) => marshall(keys.complaint(id)));
    for (let attempt = 1; wanted.length > 0 && attempt <= BATCH_ATTEMPTS; attempt += 1) {
      const out = await this.client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [this.tableName]: {
              Keys: wanted,
              ProjectionExpression: CANDIDATE_FIELDS.map((_, i) => `#f${i}`).join(', '),
              ExpressionAttributeNames: Object.fromEntries(CANDIDATE_FIELDS.map((f, i) => [`#f${i}`, f])),
            },
          },
        }),
      );
      for (const item of out.Responses?.[this.tableName] ?? []) found.push(unmarshall(item) as Candidate);
      wanted = out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
    }
    return found;
  }

  /** GSI8 projects keys only: the id is in the table's partition key `COMPLAINT#<id>`. */
  sameEmail(organizationId: string, emailHash: string, since: string, limit: number): Promise<string[]> {
    return this.newest(TABLE_DESIGN.indexes.byComplainant, keys.complainantPartition(organizationId, emailHash), since, limit, (item) =>
      String(item[TABLE_DESIGN.partitionKey]?.S).slice(keys.complaintPartition('').length),
    );
  }
}
