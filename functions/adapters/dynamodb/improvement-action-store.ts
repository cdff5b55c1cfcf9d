import { ConditionalCheckFailedException, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ImprovementActionStore, StoredImprovementAction } from '../../core/analytics/improvement-action';
import { VersionConflict } from '../../core/errors';
import { queryAll } from './query-all';
import { keys, TABLE_DESIGN } from './table-design';

const toAttributes = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: false });

const FIELDS = [
  'id',
  'organizationId',
  'title',
  'description',
  'scope',
  'complaintIds',
  'ownerId',
  'dueOn',
  'status',
  'effectiveOn',
  'createdAt',
  'updatedAt',
  'version',
] as const satisfies ReadonlyArray<keyof StoredImprovementAction>;

function toAction(item: Record<string, unknown>): StoredImprovementAction {
  return Object.fromEntries(FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) as StoredImprovementAction;
}

/** Improvement actions under their organization's partition: ORG#<org> / ACTION#<id>. */
export class DynamoDbImprovementActionStore implements ImprovementActionStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async getImprovementAction(organizationId: string, id: string): Promise<StoredImprovementAction | null> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: toAttributes(keys.improvementAction(organizationId, id)), ConsistentRead: true }),
    );
    return out.Item ? toAction(unmarshall(out.Item)) : null;
  }

  async listImprovementActions(organizationId: string): Promise<StoredImprovementAction[]> {
    const partition = keys.improvementAction(organizationId, '').PK;
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': TABLE_DESIGN.partitionKey, '#sk': TABLE_DESIGN.sortKey },
      ExpressionAttributeValues: { ':pk': { S: partition }, ':prefix': { S: keys.improvementActionPrefix } },
    });
    return items.map(toAction);
  }

  async saveImprovementAction(action: StoredImprovementAction): Promise<void> {
    const first = action.version === 1;
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toAttributes({ ...keys.improvementAction(action.organizationId, action.id), type: 'ImprovementAction', ...action }),
          ConditionExpression: first ? `attribute_not_exists(${TABLE_DESIGN.partitionKey})` : 'version = :expected',
          ExpressionAttributeValues: first ? undefined : { ':expected': { N: String(action.version - 1) } },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict('improvement action');
      throw error;
    }
  }
}
