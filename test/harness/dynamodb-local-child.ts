// A process of its own for the test that kills it: starts DynamoDB Local as the stack does, says so, and waits.
import { startDynamoDbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/preflight';

(async () => {
  const dynamodb = await startDynamoDbLocal(await freePort());
  process.stdout.write(`ready ${dynamodb.endpoint}\n`);
  // Keeps running until killed: the test checks what is left after that.
  setInterval(() => undefined, 60_000);
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
