import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeEvaluation, evaluate, type Evaluation } from '../scripts/evaluate-triage';
import { cfpbExamples, chronologicalSplit, TRAINING_SAMPLE } from '../scripts/triage-data';
import { DEFAULT_MODEL_FILE, offlineTriageModel } from '../functions/wiring/triage';
import { median } from './report';

export const TRIAGE_SECTION_HEADING = '### (o)';

export interface TriageBench {
  training: number;
  heldOutFrom: string;
  evaluation: Evaluation;
  shippedModelBytes: number;
  shippedModelGzipBytes: number;
  /** The first suggest(): reading and decoding the shipped model, then one complaint. */
  firstSuggestMs: number;
  /** Every suggestion for one complaint (category, priority, sentiment, signals) once loaded. */
  medianSuggestMs: number;
}

/** Trains on the earliest 80% of the in-repository sample's narratives and scores the latest 20%. */
export async function runTriage(): Promise<TriageBench> {
  const rows = await cfpbExamples(TRAINING_SAMPLE);
  const { training, heldOut } = chronologicalSplit(rows);
  const evaluation = evaluate(training, heldOut);
  const shipped = readFileSync(resolve(__dirname, '..', DEFAULT_MODEL_FILE));
  const triage = offlineTriageModel();
  let t = performance.now();
  await triage.suggest({ text: heldOut[0].text });
  const firstSuggestMs = performance.now() - t;
  const times = [];
  for (const r of heldOut) {
    t = performance.now();
    await triage.suggest({ text: r.text });
    times.push(performance.now() - t);
  }
  return {
    training: training.length,
    heldOutFrom: heldOut[0].receivedOn,
    evaluation,
    shippedModelBytes: shipped.length,
    shippedModelGzipBytes: gzipSync(shipped).length,
    firstSuggestMs,
    medianSuggestMs: median(times),
  };
}

export function describeTriage(r: TriageBench, measured: string): string {
  return [
    `${TRIAGE_SECTION_HEADING} Triage: product from the narrative on the later CFPB complaints`,
    '',
    measured,
    '',
    `Trained on the ${r.training} earliest narratives of the in-repository CFPB sample (bench/data/source), scored on the ${r.evaluation.rows} received from ${r.heldOutFrom} on ` +
      '(the latest 20%): the same procedure as `npm run evaluate-triage -- FILE.csv`. Products are mapped to one stable set (docs/ARCHITECTURE.md, "Triage").',
    '',
    ...describeEvaluation(r.evaluation).map((line) => `- ${line}`),
    `- shipped model (functions/core/triage/default-model.json, all ${r.training + r.evaluation.rows} narratives): ${(r.shippedModelBytes / 1024).toFixed(0)} KiB, ${(r.shippedModelGzipBytes / 1024).toFixed(0)} KiB gzipped`,
    `- first suggestion in a process (reads and decodes the model): ${r.firstSuggestMs.toFixed(0)} ms; after that, all suggestions for one complaint: median ${r.medianSuggestMs.toFixed(2)} ms`,
  ].join('\n');
}
