import { DynamoDbImprovementActionStore } from '../adapters/dynamodb/improvement-action-store';
import { DynamoDbReportStore } from '../adapters/dynamodb/report-store';
import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { logger } from '../adapters/observability/logger';
import type { ReportDependencies } from '../core/reports/send-reports';
import { complaintStore, dynamoDbClient, statsStore } from './dynamodb';
import { sesMailer } from './ses';

export function reportDependencies(config: PlatformConfig, clock: Clock = systemClock): ReportDependencies {
  const client = dynamoDbClient(config);
  return {
    reports: new DynamoDbReportStore(client, config.tableName),
    stats: statsStore(config, client),
    actions: new DynamoDbImprovementActionStore(client, config.tableName),
    complaints: complaintStore(config, client),
    mailer: sesMailer(config),
    clock,
    logger,
    settingsDefaults: config.settingsDefaults,
  };
}
