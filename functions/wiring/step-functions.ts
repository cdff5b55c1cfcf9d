import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';
import type { WorkflowStarter } from '../core/ports';
import { builtOnFirstCall } from './lazy';

/** Built on the first start or stop: the API starts a workflow only when a complaint is submitted or its next wake moves. */
export function workflowStarter(config: PlatformConfig): WorkflowStarter {
  return builtOnFirstCall<Required<WorkflowStarter>>(
    async () => {
      const [{ SFNClient }, { StepFunctionsStarter }] = await Promise.all([import('@aws-sdk/client-sfn'), import('../adapters/stepfunctions/step-functions-starter')]);
      return new StepFunctionsStarter(traced(new SFNClient({ region: config.region, endpoint: config.stepFunctionsEndpoint })), config.stateMachineArn);
    },
    { start: true, stop: true },
  );
}
