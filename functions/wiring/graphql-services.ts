import type { PlatformConfig } from '../config/environment';
import { systemClock, type Clock } from '../core/clock';
import { jsonLogger } from '../core/logger';
import type { GraphqlServices } from '../graphql/context';
import { complaintStore } from './dynamodb';
import { workflowStarter } from './step-functions';
import { tokenVerifier } from './auth';

export function graphqlServices(config: PlatformConfig, clock: Clock = systemClock): GraphqlServices {
  return {
    store: complaintStore(config),
    workflow: workflowStarter(config),
    clock,
    settingsDefaults: config.settingsDefaults,
    logger: jsonLogger,
    developmentMode: config.developmentMode,
    tokenVerifier: tokenVerifier(config),
  };
}
