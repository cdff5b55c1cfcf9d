import { DomainError } from '../errors';
import { FEATURE_BITS, features } from './features';

/**
 * Multinomial naive Bayes over hashed features (features.ts): training counts each label's
 * features, which is deterministic (no seed, no order effect) and takes one pass; a
 * prediction sums the log-probabilities of the text's features under each label. A
 * feature seen fewer than `minCount` times in all is dropped from the saved model: rare
 * features are most of the vocabulary and carry little.
 */
export const MODEL_FORMAT = 'triage-naive-bayes';
export const MODEL_VERSION = 1;
/** The share of a text's features the model must have seen to guess its label. */
const KNOWN_SHARE = 0.5;
/** Laplace smoothing of the feature counts. */
const ALPHA = 0.1;

export interface LabelledText {
  text: string;
  label: string;
}

/** The saved model: labels in order, and per label its document count, its total feature count and its sparse counts. */
export interface SavedModel {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  featureBits: number;
  labels: string[];
  documents: number[];
  totals: number[];
  /**
   * Per label, in label order, its features as (gap from the previous feature index, count)
   * pairs, each number a base-128 varint, all in one base64 string: a third of the size of
   * JSON arrays, and a single string literal is cheap to parse.
   */
  pairs: string;
}

function encode(perLabel: Array<Array<[number, number]>>): string {
  const bytes: number[] = [];
  const varint = (n: number) => {
    for (; n >= 0x80; n = Math.floor(n / 0x80)) bytes.push((n % 0x80) | 0x80);
    bytes.push(n);
  };
  for (const pairs of perLabel) {
    varint(pairs.length);
    pairs.forEach(([f, n], k) => {
      varint(f - (k ? pairs[k - 1][0] : 0));
      varint(n);
    });
  }
  return Buffer.from(bytes).toString('base64');
}

/** Calls `each` with every (label, feature, count) of the encoded pairs, without building arrays. */
function decode(data: string, labels: number, each: (label: number, feature: number, count: number) => void): void {
  const bytes = Buffer.from(data, 'base64');
  let at = 0;
  const varint = () => {
    let n = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const b = bytes[at++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
    }
  };
  for (let label = 0; label < labels; label += 1) {
    let f = 0;
    for (let k = varint(); k > 0; k -= 1) {
      f += varint();
      each(label, f, varint());
    }
  }
}

export interface LabelScore {
  label: string;
  /** Posterior probability, tempered (see `predict`). */
  confidence: number;
}

export function train(examples: readonly LabelledText[], minCount = 2): SavedModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const perLabel = labels.map(() => new Map<number, number>());
  const overall = new Map<number, number>();
  const documents = labels.map(() => 0);
  for (const { text, label } of examples) {
    const i = index.get(label)!;
    documents[i] += 1;
    for (const f of features(text)) {
      perLabel[i].set(f, (perLabel[i].get(f) ?? 0) + 1);
      overall.set(f, (overall.get(f) ?? 0) + 1);
    }
  }
  const kept = perLabel.map((m) => [...m].filter(([f]) => overall.get(f)! >= minCount).sort((a, b) => a[0] - b[0]));
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    featureBits: FEATURE_BITS,
    labels,
    documents,
    totals: kept.map((pairs) => pairs.reduce((sum, [, n]) => sum + n, 0)),
    pairs: encode(kept),
  };
}

/** A model ready to predict: the saved counts turned into log-probabilities once. */
export interface LoadedModel {
  labels: string[];
  /** Every label, the most likely first; none when the model has seen none of the text's features. */
  predict(text: string): LabelScore[];
}

export function load(saved: SavedModel): LoadedModel {
  if (saved?.format !== MODEL_FORMAT || saved.version !== MODEL_VERSION || saved.featureBits !== FEATURE_BITS) {
    throw new DomainError('NOT_CONFIGURED', `The triage model is not a ${MODEL_FORMAT} model of version ${MODEL_VERSION} over ${FEATURE_BITS}-bit features; rebuild it with npm run train-triage.`);
  }
  const space = 2 ** saved.featureBits;
  const allDocuments = saved.documents.reduce((a, b) => a + b, 0);
  const priors = saved.documents.map((d) => Math.log(d / allDocuments));
  const labels = saved.labels.length;
  // One flat table, feature-major (every label's log-probability of a feature side by side):
  // filling it is a single pass, where a Map per label took ten times as long to build.
  const logs = new Float32Array(space * labels);
  const known = new Uint8Array(space);
  for (let i = 0; i < labels; i += 1) {
    const unseen = Math.log(ALPHA / (saved.totals[i] + ALPHA * space));
    for (let f = 0; f < space; f += 1) logs[f * labels + i] = unseen;
  }
  decode(saved.pairs, labels, (i, f, n) => {
    logs[f * labels + i] = Math.log((n + ALPHA) / (saved.totals[i] + ALPHA * space));
    known[f] = 1;
  });
  return {
    labels: saved.labels,
    predict(text) {
      const fs = features(text);
      // A text the model knows too little of (e.g. Chinese before any Chinese training data) gets
      // no guess: only the prior would speak. A share, not "any", because hashing makes about a
      // third of unseen features land on a known bucket.
      if (fs.filter((f) => known[f]).length < KNOWN_SHARE * fs.length || fs.length === 0) return [];
      const scores = saved.labels.map((_, i) => fs.reduce((s, f) => s + logs[f * labels + i], priors[i]));
      // Naive Bayes counts every feature as independent evidence, so its raw posteriors are
      // near 0 or 1 for any long text; dividing the log-odds by the square root of the
      // feature count tempers them into usable confidences (the ranking is unchanged).
      const temper = Math.sqrt(Math.max(1, fs.length));
      const top = Math.max(...scores);
      const weights = scores.map((s) => Math.exp((s - top) / temper));
      const sum = weights.reduce((a, b) => a + b, 0);
      return saved.labels.map((label, i) => ({ label, confidence: weights[i] / sum })).sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label));
    },
  };
}
