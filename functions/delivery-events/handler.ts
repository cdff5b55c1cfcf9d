import { observed } from '../adapters/observability/handler';
import { configFromEnvironment } from '../config/environment';
import { deliveryEventDependencies } from '../wiring/delivery-events';
import { createDeliveryEventHandler } from './ses-events';

export const handler = observed(createDeliveryEventHandler(deliveryEventDependencies(configFromEnvironment())));
