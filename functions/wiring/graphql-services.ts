import { DynamoDbImprovementActionStore } from '../adapters/dynamodb/improvement-action-store';
import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { logger } from '../adapters/observability/logger';
import { metrics } from '../adapters/observability/metrics';
import { apiKeyVerifier } from '../core/partners/api-key-service';
import type { GraphqlServices } from '../graphql/context';
import { complaintStore, deliveryEventStore, duplicateIndex, dynamoDbClient, fileRecords, partnerStore, statsStore } from './dynamodb';
import { fileStore } from './files';
import { workflowStarter } from './step-functions';
import { tokenVerifier } from './auth';
import { verificationDependencies } from './audit-digests';
import { createInboundEmailService, inboundEmailStore } from './inbound';
import { keyringSource } from './secrets';
import { triageModel } from './triage';

export function graphqlServices(config: PlatformConfig, clock: Clock = systemClock): GraphqlServices {
  const client = dynamoDbClient(config);
  const partners = partnerStore(config, client);
  const store = complaintStore(config, client);
  const workflow = workflowStarter(config);
  const duplicates = duplicateIndex(config, client);
  const files = fileStore(config, clock);
  const records = fileRecords(config, client);
  const inboundEmails = inboundEmailStore(config, client);
  const triage = triageModel(config);
  return {
    store,
    workflow,
    clock,
    settingsDefaults: config.settingsDefaults,
    logger,
    metrics,
    developmentMode: config.developmentMode,
    tokenVerifier: tokenVerifier(config),
    apiKeyVerifier: apiKeyVerifier(partners),
    partners,
    webhooks: partners,
    partnerRateLimitPerMinute: config.partnerRateLimitPerMinute,
    accessCodeKeys: keyringSource(config.secrets.accessCode),
    stats: statsStore(config, client),
    duplicates,
    triage,
    improvementActions: new DynamoDbImprovementActionStore(client, config.tableName),
    auditVerification: verificationDependencies(config),
    files,
    fileRecords: records,
    suppressions: deliveryEventStore(config, client),
    inboundEmails,
    // The intake shares this function's clients: reprocessing and reading kept emails need it.
    inbound: createInboundEmailService(config, clock, { store, workflow, duplicates, triage, webhooks: partners, inboundEmails, files, fileRecords: records }),
  };
}
