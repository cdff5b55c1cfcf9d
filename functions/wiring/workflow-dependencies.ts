import { HttpWebhookPoster } from '../adapters/http/webhook-poster';
import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { logger } from '../adapters/observability/logger';
import { metrics } from '../adapters/observability/metrics';
import type { WorkflowDependencies } from '../workflow/tasks';
import { complaintStore, deliveryEventStore, dynamoDbClient, partnerStore } from './dynamodb';
import { replyAddressesOf } from './inbound';
import { sesMailer } from './ses';

export function workflowDependencies(config: PlatformConfig, clock: Clock = systemClock): WorkflowDependencies {
  const client = dynamoDbClient(config);
  return {
    store: complaintStore(config, client),
    mailer: sesMailer(config),
    clock,
    logger,
    metrics,
    settingsDefaults: config.settingsDefaults,
    trackingUrl: config.trackingUrl,
    webhooks: partnerStore(config, client),
    // The local stack's receivers listen on 127.0.0.1 over http; in the cloud only public https.
    webhookPoster: new HttpWebhookPoster({ allowLocalHttp: config.developmentMode }),
    suppressions: deliveryEventStore(config, client),
    replyAddresses: replyAddressesOf(config),
  };
}
