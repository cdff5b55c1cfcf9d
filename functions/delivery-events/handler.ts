import { configFromEnvironment } from '../config/environment';
import { deliveryEventDependencies } from '../wiring/delivery-events';
import { createDeliveryEventHandler } from './ses-events';

export const handler = createDeliveryEventHandler(deliveryEventDependencies(configFromEnvironment()));
