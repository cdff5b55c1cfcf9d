import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnvironment } from '../config/environment';
import { sendPendingNotifications } from '../core/notifications';
import { jsonLogger } from '../core/logger';
import { workflowDependencies } from '../wiring/workflow-dependencies';
import { createOutboxStreamHandler, isResendRequest, resendNotifications, type ResendRequest } from './outbox-stream';

// Built once per container, outside the invocation path.
const deps = workflowDependencies(configFromEnvironment());
const send = (complaintId: string) => sendPendingNotifications(deps, complaintId);
const fromStream = createOutboxStreamHandler(send, jsonLogger);

/** The stream's batches, and an operator's `{ "resend": ["<complaintId>", …] }`. */
export function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse>;
export function handler(event: ResendRequest): Promise<{ sent: string[]; failed: string[] }>;
export function handler(event: DynamoDBStreamEvent | ResendRequest) {
  return isResendRequest(event) ? resendNotifications(send, event, jsonLogger) : fromStream(event);
}
