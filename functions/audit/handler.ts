import { observed } from '../adapters/observability/handler';
import { configFromEnvironment } from '../config/environment';
import { writeDailyDigests, type DigestRun } from '../core/audit/daily-digest';
import { digestDependencies } from '../wiring/audit-digests';

// Built once per container, outside the invocation path.
const deps = digestDependencies(configFromEnvironment());

/** Scheduled daily: signs and stores each organization's audit digest of every finished day not yet digested. */
export const handler = observed(async (): Promise<DigestRun> => writeDailyDigests(deps));
