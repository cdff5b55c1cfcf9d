import { load, MODEL_FORMAT, MODEL_VERSION, type LoadedModel, type SavedModel } from '../core/triage/linear-model';
import { offlineTriage, type TriageModel } from '../core/triage/suggestions';

/** Where npm run train-triage writes the shipped model (repository-relative). */
export const DEFAULT_MODEL_FILE = 'functions/core/triage/default-model.json';

let model: Promise<LoadedModel> | undefined;

/**
 * The offline triage model every intake uses. The model (about 950 kB) is read on the first
 * complaint, not when the function starts: a cold start that takes no complaint (most API
 * requests) never reads it, and it is read once per container.
 */
export const triageModel = (): TriageModel =>
  offlineTriage(() => (model ??= import('../core/triage/default-model.json').then((m) => load(m.default as unknown as SavedModel))), `${MODEL_FORMAT}@${MODEL_VERSION}`);
