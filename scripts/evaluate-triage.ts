import { existsSync } from 'node:fs';
import { median } from '../bench/report';
import { score, type Scores } from '../functions/core/triage/evaluation';
import { load, train } from '../functions/core/triage/linear-model';
import { cfpbExamples, TRAINING_SAMPLE, type CfpbExample } from './triage-data';

/**
 * npm run evaluate-triage -- FILE.csv
 * Trains the model on the in-repository CFPB 2015–2020 sample, predicts the product of each
 * row of FILE that has a narrative and prints accuracy, macro-F1, the majority-class
 * baseline on the same rows, the model's size and its median inference time. Rows of FILE
 * that are in the training sample (by Complaint ID) are left out and counted.
 */
export interface Evaluation extends Scores {
  modelBytes: number;
  medianInferenceMs: number;
  /** Rows left out because the model was trained on them. */
  seen: number;
}

export function evaluate(training: readonly CfpbExample[], rows: readonly CfpbExample[]): Evaluation {
  const saved = train(training);
  const model = load(saved);
  const known = new Set(training.map((r) => r.id));
  const unseen = rows.filter((r) => !known.has(r.id));
  if (unseen.length === 0) throw new Error(`no row to score: ${rows.length} rows have a narrative, all of them in the training sample`);
  const times: number[] = [];
  const pairs = unseen.map((r) => {
    const t = performance.now();
    const [best] = model.predict(r.text);
    times.push(performance.now() - t);
    // No guess (the model knows too little of the text) counts as wrong.
    return { actual: r.label, predicted: best?.label ?? '' };
  });
  return { ...score(pairs), modelBytes: JSON.stringify(saved).length, medianInferenceMs: median(times), seen: rows.length - unseen.length };
}

export function describeEvaluation(e: Evaluation): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `rows scored (with a narrative, not in training): ${e.rows}${e.seen ? ` (${e.seen} left out: in the training sample)` : ''}`,
    `accuracy: ${pct(e.accuracy)}`,
    `macro-F1: ${e.macroF1.toFixed(3)}`,
    `majority-class baseline ("${e.majorityLabel}"): ${pct(e.majorityAccuracy)}`,
    `model size: ${(e.modelBytes / 1024).toFixed(0)} KiB (JSON)`,
    `median inference: ${e.medianInferenceMs.toFixed(3)} ms per complaint`,
  ];
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error('Usage: npm run evaluate-triage -- FILE.csv   (a CFPB-format CSV: "Product", "Consumer complaint narrative", "Date received", …)');
    process.exit(2);
  }
  const result = evaluate(await cfpbExamples(TRAINING_SAMPLE), await cfpbExamples(file));
  for (const line of describeEvaluation(result)) console.log(line);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`evaluate-triage failed: ${error.message}`);
    process.exit(1);
  });
}
