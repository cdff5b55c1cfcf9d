import type { PlatformConfig } from '../config/environment';
import type { WorkflowStarter } from '../core/ports';
import { builtOnFirstCall } from './lazy';

/** Built on the first start: the API starts a workflow only when a complaint is submitted or changes step. */
export function workflowStarter(config: PlatformConfig): WorkflowStarter {
  return builtOnFirstCall<WorkflowStarter>(
    async () => {
      const [{ SFNClient }, { StepFunctionsStarter }] = await Promise.all([import('@aws-sdk/client-sfn'), import('../adapters/stepfunctions/step-functions-starter')]);
      return new StepFunctionsStarter(new SFNClient({ region: config.region, endpoint: config.stepFunctionsEndpoint }), config.stateMachineArn);
    },
    { start: true },
  );
}
