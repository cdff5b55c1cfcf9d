import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbMigrationStore } from '../adapters/dynamodb/migration-store';
import { systemClock, type Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { MIGRATIONS } from '../migrations/migrations';
import { runPendingMigrations, type MigrationRun } from '../migrations/runner';

export interface TableMigrationOptions {
  logger: Logger;
  clock?: Clock;
  /** Unlimited (a local run) when absent. */
  timeLeftMs?: () => number;
}

/** Applies the migrations the table has not had yet: the Lambda function, `npm start` and `npm run migrate` all run this. */
export const migrateTable = (client: DynamoDBClient, tableName: string, options: TableMigrationOptions): Promise<MigrationRun> =>
  runPendingMigrations({
    store: new DynamoDbMigrationStore(client, tableName),
    clock: options.clock ?? systemClock,
    logger: options.logger,
    migrations: MIGRATIONS,
    timeLeftMs: options.timeLeftMs ?? (() => Number.POSITIVE_INFINITY),
  });
