import {
  GetItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { factsDelta, type AnalyticsDimension, type ComplaintFacts, type StatsCell } from '../../core/analytics/facts';
import type { StatsStore } from '../../core/analytics/ports';
import { queryAll } from './query-all';
import { keys, TABLE_DESIGN } from './table-design';

interface Marker {
  version: number;
  facts: ComplaintFacts | null;
}

/** The attributes of a cell item that are not counters. */
const CELL_FIELDS = new Set([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey, 'type', 'organizationId', 'dimension', 'day', 'key']);

/**
 * Cancellation reasons worth another try: another writer moved this complaint's marker,
 * or a transaction of another complaint was adding to the same cell (every complaint of a
 * day adds to that day's ALL cell), or the cell's partition was busy. Each is reported on
 * the item it concerns, not necessarily the first.
 */
const RETRYABLE = new Set(['ConditionalCheckFailed', 'TransactionConflict', 'ThrottlingError']);
/** Attempts before the record fails and the stream retries it; each waits a little longer, with jitter. */
const MAX_ATTEMPTS = 8;
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));

/**
 * The aggregate cells on the single table. Each complaint's STATS marker records the
 * version and facts last applied, so a change is applied as the difference from that
 * marker, in the same transaction that moves the marker: a replayed or older stream
 * record finds the marker at its version or beyond and changes nothing.
 */
export class DynamoDbStatsStore implements StatsStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async apply(complaintId: string, version: number, facts: ComplaintFacts | null): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      const marker = await this.marker(complaintId);
      if (marker && marker.version >= version) return false;
      const before = marker?.facts ?? null;
      const organizationId = (facts ?? before)?.organizationId ?? '';
      const items: TransactWriteItem[] = [
        this.putMarker(complaintId, { version, facts }, marker),
        ...factsDelta(before, facts).map((cell) => this.addToCell(organizationId, cell)),
      ];
      try {
        await this.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
        return true;
      } catch (error) {
        // Read the marker again and decide again: another version may have landed meanwhile.
        const retryable = error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => RETRYABLE.has(r.Code ?? ''));
        if (!retryable || attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }

  async cells(organizationId: string, dimension: AnalyticsDimension, from: string, to: string): Promise<{ cells: StatsCell[]; itemsRead: number }> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#sk': TABLE_DESIGN.sortKey },
      // Every cell key starts `<day>#`; `$` follows `#`, so `<to>$` bounds every key of the last day, whatever its characters.
      ExpressionAttributeValues: marshall({ ':pk': keys.statsPartition(organizationId, dimension), ':from': from, ':to': `${to}$` }),
    });
    const cells = items.map((item) => ({
      dimension: item.dimension as AnalyticsDimension,
      day: item.day as string,
      key: item.key as string,
      counters: Object.fromEntries(Object.entries(item).filter(([name]) => !CELL_FIELDS.has(name))) as Record<string, number>,
    }));
    return { cells, itemsRead: items.length };
  }

  private async marker(complaintId: string): Promise<Marker | undefined> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.statsMarker(complaintId)), ConsistentRead: true }));
    if (!out.Item) return undefined;
    const item = unmarshall(out.Item);
    return { version: item.version as number, facts: (item.facts ?? null) as ComplaintFacts | null };
  }

  private putMarker(complaintId: string, next: Marker, read: Marker | undefined): TransactWriteItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: marshall({ ...keys.statsMarker(complaintId), type: 'Stats', ...next }, { removeUndefinedValues: true }),
        ...(read
          ? { ConditionExpression: '#version = :read', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: marshall({ ':read': read.version }) }
          : { ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})` }),
      },
    };
  }

  private addToCell(organizationId: string, cell: StatsCell): TransactWriteItem {
    const names: Record<string, string> = { '#dimension': 'dimension', '#day': 'day', '#key': 'key', '#org': 'organizationId', '#type': 'type' };
    const values: Record<string, unknown> = { ':dimension': cell.dimension, ':day': cell.day, ':key': cell.key, ':org': organizationId, ':type': 'StatsCell' };
    const adds = Object.entries(cell.counters).map(([name, n], i) => {
      names[`#c${i}`] = name;
      values[`:c${i}`] = n;
      return `#c${i} :c${i}`;
    });
    return {
      Update: {
        TableName: this.tableName,
        Key: marshall(keys.statsCell(organizationId, cell.dimension, cell.day, cell.key)),
        UpdateExpression: `SET #dimension = :dimension, #day = :day, #key = :key, #org = :org, #type = :type ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
      },
    };
  }
}
