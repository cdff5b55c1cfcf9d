import type { Context } from 'aws-lambda';
import { configFromEnvironment } from '../config/environment';
import { jsonLogger } from '../core/logger';
import { dynamoDbClient } from '../wiring/dynamodb';
import { migrateTable } from '../wiring/migrations';
import type { MigrationRun } from './runner';

const config = configFromEnvironment();
const client = dynamoDbClient(config);

/**
 * Run by the deployment (a CDK trigger, after the table and the functions are updated) and on a
 * schedule: applies the pending migrations until done or until its time is nearly up, when it
 * saves its place for the next run.
 */
export const handler = async (_event: unknown, context: Context): Promise<MigrationRun> =>
  migrateTable(client, config.tableName, { logger: jsonLogger, timeLeftMs: () => context.getRemainingTimeInMillis() });
