import { configFromEnvironment } from '../config/environment';
import { sendDueReports, type ReportRun } from '../core/reports/send-reports';
import { reportDependencies } from '../wiring/report-dependencies';

// Built once per container, outside the invocation path.
const deps = reportDependencies(configFromEnvironment());

/** Scheduled: sends every evaluation report due now (each once, whichever run gets it). */
export const handler = async (): Promise<ReportRun> => sendDueReports(deps);
