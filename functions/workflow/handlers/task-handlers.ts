import { observed } from '../../adapters/observability/handler';
import { configFromEnvironment } from '../../config/environment';
import { workflowDependencies } from '../../wiring/workflow-dependencies';
import { createWorkflowTasks } from '../tasks';

// One bundle serves every Task state; CDK deploys it as one function per state, each
// with its own handler name and its own permissions.
const tasks = createWorkflowTasks(workflowDependencies(configFromEnvironment()));

export const advance = observed(tasks.Advance);
export const closeWorkflow = observed(tasks.CloseWorkflow);
