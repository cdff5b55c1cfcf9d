import { QueryCommand, type AttributeValue, type DynamoDBClient, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';

/** Every item a Query matches, page after page, unmarshalled. */
export async function queryAll(client: DynamoDBClient, input: QueryCommandInput): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    for (const item of out.Items ?? []) items.push(unmarshall(item));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The Query input that reads one partition of an index. */
export const indexPartition = (tableName: string, index: { indexName: string; partitionKey: string }, partition: string): QueryCommandInput => ({
  TableName: tableName,
  IndexName: index.indexName,
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': index.partitionKey },
  ExpressionAttributeValues: { ':pk': { S: partition } },
});
