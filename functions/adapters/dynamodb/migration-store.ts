import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  ScanCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Cursor, ItemRewrite, MigrationState, MigrationStore, StoredItem, UpdateOutcome } from '../../migrations/runner';
import { FORMAT_ATTRIBUTE, UNNUMBERED_FORMAT } from './item-format';
import { keys } from './table-design';

const toDb = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: true });

/** `#f = :from`, or, for the unnumbered format, the items that carry no format at all (or say 1). */
function formatIs(from: number): string {
  return from === UNNUMBERED_FORMAT ? '(attribute_not_exists(#f) OR #f = :from)' : '#f = :from';
}

/** The migration runner's reads and conditional writes on the complaint table. */
export class DynamoDbMigrationStore implements MigrationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async readState(): Promise<MigrationState> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toDb(keys.migrations), ConsistentRead: true }));
    if (!out.Item) return { applied: [], revision: 0 };
    const { applied, running, revision } = unmarshall(out.Item) as MigrationState;
    return { applied, ...(running ? { running } : {}), revision };
  }

  async saveState(state: MigrationState): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toDb({ ...keys.migrations, type: 'Migrations', ...state }),
          ConditionExpression: 'attribute_not_exists(PK) OR revision = :previous',
          ExpressionAttributeValues: { ':previous': { N: String(state.revision - 1) } },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async page(types: readonly string[], below: number, cursor: Cursor | undefined, limit: number): Promise<{ items: StoredItem[]; next?: Cursor }> {
    const names = types.map((_, i) => `:t${i}`);
    const out = await this.client.send(
      new ScanCommand({
        TableName: this.tableName,
        Limit: limit,
        ExclusiveStartKey: cursor && toDb(cursor),
        FilterExpression: `#type IN (${names.join(', ')}) AND (attribute_not_exists(#f) OR #f < :below)`,
        ExpressionAttributeNames: { '#type': 'type', '#f': FORMAT_ATTRIBUTE },
        ExpressionAttributeValues: { ...Object.fromEntries(types.map((t, i) => [names[i], { S: t }])), ':below': { N: String(below) } },
        // A migration page sees every write acknowledged before it.
        ConsistentRead: true,
      }),
    );
    return { items: (out.Items ?? []).map((i) => unmarshall(i) as StoredItem), ...(out.LastEvaluatedKey ? { next: unmarshall(out.LastEvaluatedKey) } : {}) };
  }

  async get(key: { PK: string; SK: string }): Promise<StoredItem | undefined> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: toDb(key), ConsistentRead: true }));
    return out.Item && (unmarshall(out.Item) as StoredItem);
  }

  async update(item: StoredItem, rewrite: ItemRewrite): Promise<UpdateOutcome> {
    const { change } = rewrite;
    const names: Record<string, string> = { '#f': FORMAT_ATTRIBUTE };
    const values: Record<string, AttributeValue> = { ':from': { N: String(rewrite.from) }, ':to': { N: String(rewrite.to) } };
    const conditions = ['attribute_exists(PK)', formatIs(rewrite.from)];
    // The attributes the change was derived from, and the item's version, must be as read.
    const unchanged = [...(typeof item.version === 'number' ? ['version'] : []), ...rewrite.reads];
    unchanged.forEach((attribute, i) => {
      names[`#r${i}`] = attribute;
      if (item[attribute] === undefined) conditions.push(`attribute_not_exists(#r${i})`);
      else {
        values[`:r${i}`] = toDb({ v: item[attribute] }).v;
        conditions.push(`#r${i} = :r${i}`);
      }
    });
    const sets = ['#f = :to'];
    Object.entries(change.set ?? {}).forEach(([attribute, value], i) => {
      names[`#s${i}`] = attribute;
      values[`:s${i}`] = toDb({ v: value }).v;
      sets.push(`#s${i} = :s${i}`);
    });
    const removes = (change.remove ?? []).map((attribute, i) => {
      names[`#x${i}`] = attribute;
      return `#x${i}`;
    });
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: toDb({ PK: item.PK, SK: item.SK }),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return 'updated';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'conflict';
      throw error;
    }
  }
}
