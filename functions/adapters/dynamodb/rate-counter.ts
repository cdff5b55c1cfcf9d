import { UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { keys, TABLE_DESIGN } from './table-design';

/** Adds one to the counter `RATE#<name>` (created with its TTL on first use) and returns the count. */
export async function incrementRateCounter(client: DynamoDBClient, tableName: string, name: string, expiresAt: number, type: string): Promise<number> {
  const out = await client.send(
    new UpdateItemCommand({
      TableName: tableName,
      Key: marshall(keys.rateCounter(name)),
      UpdateExpression: 'ADD #count :one SET #type = :type, #ttl = if_not_exists(#ttl, :expiresAt)',
      ExpressionAttributeNames: { '#count': 'count', '#type': 'type', '#ttl': TABLE_DESIGN.timeToLiveAttribute },
      ExpressionAttributeValues: { ':one': { N: '1' }, ':type': { S: type }, ':expiresAt': { N: String(expiresAt) } },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.count?.N ?? 0);
}
