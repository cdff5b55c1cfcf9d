import { logger } from '../adapters/observability/logger';
import { traced } from '../adapters/observability/tracing';
import type { PlatformConfig } from '../config/environment';
import { load, MODEL_FORMAT, MODEL_VERSION, type LoadedModel, type SavedModel } from '../core/triage/linear-model';
import { learnedCategory, offlineTriage, type TriageModel } from '../core/triage/suggestions';
import { builtOnFirstCall } from './lazy';

/** Where npm run train-triage writes the shipped model (repository-relative). */
export const DEFAULT_MODEL_FILE = 'functions/core/triage/default-model.json';

/** How long intake waits for Comprehend before the offline model answers instead. */
const MANAGED_TIMEOUT_MS = 2_000;

let model: Promise<LoadedModel> | undefined;
const MODEL_NAME = `${MODEL_FORMAT}@${MODEL_VERSION}`;

/**
 * The shipped model (about 130 kB), read on the first complaint, not when the function starts:
 * a cold start that takes no complaint (most API requests) never reads it, and it is read once per container.
 */
const loadModel = () => (model ??= import('../core/triage/default-model.json').then((m) => load(m.default as unknown as SavedModel)));

/** The offline triage model every intake uses unless the region chose a managed one. */
export const offlineTriageModel = (): TriageModel => offlineTriage(loadModel, MODEL_NAME);

/**
 * The triage model intake uses: the offline one, or (config.triage.managed, off by default)
 * Amazon Comprehend with the offline one behind it. The Comprehend client is bundled apart
 * and built on the first complaint.
 */
export function triageModel(config: PlatformConfig): TriageModel {
  const offline = offlineTriageModel();
  const managed = config.triage.managed;
  if (!managed) return offline;
  return builtOnFirstCall<TriageModel>(
    async () => {
      const [{ ComprehendClient }, { comprehendTriage }] = await Promise.all([import('@aws-sdk/client-comprehend'), import('../adapters/comprehend/comprehend-triage')]);
      const client = new ComprehendClient({
        region: config.region,
        endpoint: managed.endpoint,
        maxAttempts: 2,
      });
      return comprehendTriage(traced(client), {
        classifierEndpointArn: managed.classifierEndpointArn,
        offline,
        offlineCategory: async (text) => learnedCategory(await loadModel(), text, MODEL_NAME),
        logger,
        timeoutMs: MANAGED_TIMEOUT_MS,
      });
    },
    { suggest: true },
  );
}
