import { configFromEnvironment } from '../../config/environment';
import { jsonLogger } from '../../core/logger';
import { resumeOpenWorkflows } from '../../core/workflow-reconciler';
import { complaintStore } from '../../wiring/dynamodb';
import { workflowStarter } from '../../wiring/step-functions';

const config = configFromEnvironment();
const deps = { store: complaintStore(config), workflow: workflowStarter(config), logger: jsonLogger };

/** Scheduled: starts any workflow that should be running and is not (e.g. a start that failed at submission). */
export const handler = async (): Promise<{ started: number }> => ({ started: await resumeOpenWorkflows(deps) });
