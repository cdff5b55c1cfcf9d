import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';

/**
 * DynamoDB Local, in memory, for the tests of one file: started before them and stopped after.
 * Call at the top of a describe or file; `client()` and `endpoint()` are ready inside the tests.
 */
export function dynamoDbLocalForFile(): { client: () => DynamoDBClient; endpoint: () => string } {
  let db: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;
  beforeAll(async () => {
    db = await startDynamoDbLocal(await freePort());
    client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  });
  afterAll(async () => {
    client?.destroy();
    await db?.stop();
  });
  return { client: () => client!, endpoint: () => db!.endpoint };
}
