import { observed } from '../adapters/observability/handler';
import { configFromEnvironment } from '../config/environment';
import { runScheduledReports, type ScheduledRun } from '../core/reports/scheduled-run';
import { reportDependencies } from '../wiring/report-dependencies';

// Built once per container, outside the invocation path.
const deps = reportDependencies(configFromEnvironment());

/** Scheduled: sends every evaluation report due now and any missing-calendar notice (each once, whichever run gets it). */
export const handler = observed(async (): Promise<ScheduledRun> => runScheduledReports(deps));
