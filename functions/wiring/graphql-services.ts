import { DynamoDbImprovementActionStore } from '../adapters/dynamodb/improvement-action-store';
import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { jsonLogger } from '../core/logger';
import { apiKeyVerifier } from '../core/partners/api-key-service';
import type { GraphqlServices } from '../graphql/context';
import { complaintStore, deliveryEventStore, duplicateIndex, dynamoDbClient, fileRecords, partnerStore, statsStore } from './dynamodb';
import { fileStore } from './files';
import { workflowStarter } from './step-functions';
import { tokenVerifier } from './auth';
import { verificationDependencies } from './audit-digests';
import { createInboundEmailService, inboundEmailStore } from './inbound';

export function graphqlServices(config: PlatformConfig, clock: Clock = systemClock): GraphqlServices {
  const client = dynamoDbClient(config);
  const partners = partnerStore(config, client);
  return {
    store: complaintStore(config, client),
    workflow: workflowStarter(config),
    clock,
    settingsDefaults: config.settingsDefaults,
    logger: jsonLogger,
    developmentMode: config.developmentMode,
    tokenVerifier: tokenVerifier(config),
    apiKeyVerifier: apiKeyVerifier(partners),
    partners,
    webhooks: partners,
    partnerRateLimitPerMinute: config.partnerRateLimitPerMinute,
    accessCodeSecret: config.accessCodeSecret,
    stats: statsStore(config, client),
    duplicates: duplicateIndex(config, client),
    improvementActions: new DynamoDbImprovementActionStore(client, config.tableName),
    auditVerification: verificationDependencies(config),
    files: fileStore(config, clock),
    fileRecords: fileRecords(config, client),
    suppressions: deliveryEventStore(config, client),
    inboundEmails: inboundEmailStore(config, client),
    inbound: createInboundEmailService(config, clock),
  };
}
