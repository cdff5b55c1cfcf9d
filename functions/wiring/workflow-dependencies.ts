import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { jsonLogger } from '../core/logger';
import type { WorkflowDependencies } from '../workflow/tasks';
import { complaintStore } from './dynamodb';
import { sesMailer } from './ses';

export function workflowDependencies(config: PlatformConfig, clock: Clock = systemClock): WorkflowDependencies {
  return {
    store: complaintStore(config),
    mailer: sesMailer(config),
    clock,
    logger: jsonLogger,
    settingsDefaults: config.settingsDefaults,
    trackingUrl: config.trackingUrl,
  };
}
