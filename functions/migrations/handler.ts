import type { Context } from 'aws-lambda';
import { configFromEnvironment } from '../config/environment';
import { jsonLogger } from '../core/logger';
import { dynamoDbClient } from '../wiring/dynamodb';
import { migrateTable } from '../wiring/migrations';
import { answerDeployment, isDeploymentEvent } from './deployment-event';
import type { MigrationRun } from './runner';

const config = configFromEnvironment();
const client = dynamoDbClient(config);

/**
 * Run by the deployment (the stack's `Custom::TableMigrations` resource, after the table and the
 * functions that write the new format are updated) and on a schedule: applies the pending
 * migrations until done or until its time is nearly up, when it saves its place for the next run.
 */
export const handler = async (event: unknown, context: Context): Promise<MigrationRun | void> => {
  const run = () => migrateTable(client, config.tableName, { logger: jsonLogger, timeLeftMs: () => context.getRemainingTimeInMillis() });
  return isDeploymentEvent(event) ? answerDeployment(event, run) : run();
};
