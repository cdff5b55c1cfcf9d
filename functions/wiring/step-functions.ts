import { SFNClient } from '@aws-sdk/client-sfn';
import { StepFunctionsStarter } from '../adapters/stepfunctions/step-functions-starter';
import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';

export function workflowStarter(config: PlatformConfig): StepFunctionsStarter {
  const client = traced(new SFNClient({ region: config.region, endpoint: config.stepFunctionsEndpoint }));
  return new StepFunctionsStarter(client, config.stateMachineArn);
}
