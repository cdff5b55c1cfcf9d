import type { EventBridgeEvent } from 'aws-lambda';
import { recordDeliveryEvent, type DeliveryEvent, type DeliveryEventDependencies } from '../core/delivery-events';

/** The part of an SES event record (the EventBridge event's detail) this function reads. */
export interface SesEventDetail {
  eventType: string;
  mail: { messageId: string; timestamp: string };
  bounce?: { bounceType: string; timestamp?: string };
  complaint?: { timestamp?: string };
  delivery?: { timestamp?: string };
}

const BOUNCE_TYPES = new Set(['Permanent', 'Transient', 'Undetermined']);

/** The platform's view of an SES event; undefined for the kinds it does not record. */
export function deliveryEventOf(detail: SesEventDetail): DeliveryEvent | undefined {
  const messageId = detail.mail.messageId;
  switch (detail.eventType) {
    case 'Delivery':
      return { messageId, type: 'DELIVERY', at: detail.delivery?.timestamp ?? detail.mail.timestamp };
    case 'Complaint':
      return { messageId, type: 'COMPLAINT', at: detail.complaint?.timestamp ?? detail.mail.timestamp };
    case 'Bounce': {
      const bounceType = detail.bounce && BOUNCE_TYPES.has(detail.bounce.bounceType) ? (detail.bounce.bounceType as DeliveryEvent['bounceType']) : 'Undetermined';
      return { messageId, type: 'BOUNCE', bounceType, at: detail.bounce?.timestamp ?? detail.mail.timestamp };
    }
    default:
      return undefined;
  }
}

/**
 * The configuration set's events, through the default EventBridge bus: each delivery, bounce
 * and complaint of an email the platform sent. A failure throws, so EventBridge retries it.
 */
export function createDeliveryEventHandler(deps: DeliveryEventDependencies) {
  return async (event: EventBridgeEvent<string, SesEventDetail>): Promise<void> => {
    const delivery = deliveryEventOf(event.detail);
    if (delivery) await recordDeliveryEvent(deps, delivery);
  };
}
