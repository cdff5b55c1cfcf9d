import { SFNClient } from '@aws-sdk/client-sfn';
import { StepFunctionsStarter } from '../adapters/stepfunctions/step-functions-starter';
import type { PlatformConfig } from '../config/environment';

export function workflowStarter(config: PlatformConfig): StepFunctionsStarter {
  const client = new SFNClient({ region: config.region, endpoint: config.stepFunctionsEndpoint });
  return new StepFunctionsStarter(client, config.stateMachineArn);
}
