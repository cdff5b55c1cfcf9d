import type { PlatformConfig } from '../config/environment';
import { logger } from '../adapters/observability/logger';
import { metrics } from '../adapters/observability/metrics';
import type { DeliveryEventDependencies } from '../core/delivery-events';
import { complaintStore, deliveryEventStore, dynamoDbClient } from './dynamodb';

export function deliveryEventDependencies(config: PlatformConfig): DeliveryEventDependencies {
  const client = dynamoDbClient(config);
  return { store: complaintStore(config, client), events: deliveryEventStore(config, client), logger, metrics };
}
