import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { observed } from '../adapters/observability/handler';
import { logger } from '../adapters/observability/logger';
import { configFromEnvironment } from '../config/environment';
import { retryUnsettledNotifications, type RetryOutcome } from '../core/notification-retries';
import { sendPendingNotifications } from '../core/notifications';
import { workflowDependencies } from '../wiring/workflow-dependencies';
import { createOutboxStreamHandler, isResendRequest, isRetryRequest, resendNotifications, STREAM_ATTEMPTS, type ResendRequest, type RetryRequest } from './outbox-stream';

// Built once per container, outside the invocation path.
const deps = workflowDependencies(configFromEnvironment());
const send = (complaintId: string) => sendPendingNotifications(deps, complaintId);
const fromStream = createOutboxStreamHandler(send, logger);

type Resent = { sent: string[]; failed: string[] };
type Event = DynamoDBStreamEvent | ResendRequest | RetryRequest;
const observedHandler = observed((event: Event, _context?: Context): Promise<DynamoDBBatchResponse | Resent | RetryOutcome> => {
  if (isRetryRequest(event)) return retryUnsettledNotifications(deps, STREAM_ATTEMPTS);
  return isResendRequest(event) ? resendNotifications(send, event, logger) : fromStream(event);
});

/** The stream's batches, the schedule's `{ "retryUnsettled": true }`, and an operator's `{ "resend": ["<complaintId>", …] }`. */
export function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse>;
export function handler(event: ResendRequest, context?: Context): Promise<Resent>;
export function handler(event: RetryRequest, context?: Context): Promise<RetryOutcome>;
export function handler(event: Event, context?: Context) {
  return observedHandler(event, context);
}
