import { observed } from '../../adapters/observability/handler';
import { logger } from '../../adapters/observability/logger';
import { configFromEnvironment } from '../../config/environment';
import { resumeOpenWorkflows } from '../../core/workflow-reconciler';
import { complaintStore } from '../../wiring/dynamodb';
import { workflowStarter } from '../../wiring/step-functions';

const config = configFromEnvironment();
const deps = { store: complaintStore(config), workflow: workflowStarter(config), logger };

/** Scheduled: starts any workflow that should be running and is not (e.g. a start that failed at submission). */
export const handler = observed(async (): Promise<{ started: number }> => ({ started: await resumeOpenWorkflows(deps) }));
