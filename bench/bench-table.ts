/**
 * The table a benchmark runs against: a fresh in-memory DynamoDB Local with the
 * platform's table, the configuration the functions would read, and a silent logger.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { configFromEnvironment, type PlatformConfig } from '../functions/config/environment';
import type { Logger } from '../functions/core/logger';
import { ensureTable, startDynamoDbLocal } from '../local/dynamodb-local';
import { freePort } from '../local/preflight';
import { guard } from './cleanup';

export const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface BenchTable {
  client: DynamoDBClient;
  config: PlatformConfig;
  stop: () => Promise<void>;
}

export async function startBenchTable(): Promise<BenchTable> {
  const db = await startDynamoDbLocal(await freePort());
  const stopDb = guard(db.stop);
  const client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const config = configFromEnvironment({ TABLE_NAME: 'complaints', SENDER_EMAIL: 'complaints@example.org', TRACKING_URL: 'http://127.0.0.1/track' });
  await ensureTable(client, config.tableName);
  return {
    client,
    config,
    stop: async () => {
      client.destroy();
      await stopDb();
    },
  };
}
