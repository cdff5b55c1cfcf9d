import type { Context } from 'aws-lambda';
import { observed } from '../adapters/observability/handler';
import { logger } from '../adapters/observability/logger';
import { configFromEnvironment } from '../config/environment';
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
export const handler = observed(async (event: unknown, context?: Context): Promise<MigrationRun | void> => {
  const run = () => migrateTable(client, config.tableName, { logger, timeLeftMs: () => context?.getRemainingTimeInMillis() ?? Infinity });
  return isDeploymentEvent(event) ? answerDeployment(event, run) : run();
});
