import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { observed } from '../adapters/observability/handler';
import { logger } from '../adapters/observability/logger';
import { configFromEnvironment } from '../config/environment';
import { sendPendingNotifications } from '../core/notifications';
import { workflowDependencies } from '../wiring/workflow-dependencies';
import { createOutboxStreamHandler, isResendRequest, resendNotifications, type ResendRequest } from './outbox-stream';

// Built once per container, outside the invocation path.
const deps = workflowDependencies(configFromEnvironment());
const send = (complaintId: string) => sendPendingNotifications(deps, complaintId);
const fromStream = createOutboxStreamHandler(send, logger);

type Resent = { sent: string[]; failed: string[] };
const observedHandler = observed((event: DynamoDBStreamEvent | ResendRequest, _context?: Context): Promise<DynamoDBBatchResponse | Resent> =>
  isResendRequest(event) ? resendNotifications(send, event, logger) : fromStream(event),
);

/** The stream's batches, and an operator's `{ "resend": ["<complaintId>", …] }`. */
export function handler(event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse>;
export function handler(event: ResendRequest, context?: Context): Promise<Resent>;
export function handler(event: DynamoDBStreamEvent | ResendRequest, context?: Context) {
  return observedHandler(event, context);
}
