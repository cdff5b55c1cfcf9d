import { configFromEnvironment } from '../config/environment';
import { sendPendingNotifications } from '../core/notifications';
import { jsonLogger } from '../core/logger';
import { workflowDependencies } from '../wiring/workflow-dependencies';
import { createOutboxStreamHandler } from './outbox-stream';

// Built once per container, outside the invocation path.
const deps = workflowDependencies(configFromEnvironment());
export const handler = createOutboxStreamHandler((complaintId) => sendPendingNotifications(deps, complaintId), jsonLogger);
