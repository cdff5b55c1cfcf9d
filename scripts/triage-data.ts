import { resolve } from 'node:path';
import { stableProduct } from '../functions/core/triage/cfpb-products';
import type { LabelledText } from '../functions/core/triage/linear-model';
import { readCfpbCsv } from './cfpb-csv';

/** The CFPB sample in the repository the shipped model is trained on (bench/data/source/SOURCES.md). */
export const TRAINING_SAMPLE = resolve(__dirname, '../bench/data/source/cfpb_complaints_sample_2015-2020.csv');

export interface CfpbExample extends LabelledText {
  id: string;
  receivedOn: string;
}

/** Rows with a narrative, labelled with their stable product (rows without one are left out). */
export async function cfpbExamples(path: string): Promise<CfpbExample[]> {
  const out: CfpbExample[] = [];
  for await (const row of readCfpbCsv(path)) {
    if (!('record' in row)) continue;
    const { record } = row;
    const text = record['Consumer complaint narrative']?.trim();
    if (!text || !record.Product) continue;
    out.push({ text, label: stableProduct(record.Product, record['Sub-product']), id: record['Complaint ID'] ?? '', receivedOn: record['Date received'] ?? '' });
  }
  return out;
}

/** Oldest first; the latest `share` is held out, so a model is scored on complaints that came after the ones it learned from. */
export function chronologicalSplit(rows: readonly CfpbExample[], share = 0.2): { training: CfpbExample[]; heldOut: CfpbExample[] } {
  const sorted = [...rows].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const cut = Math.round(sorted.length * (1 - share));
  return { training: sorted.slice(0, cut), heldOut: sorted.slice(cut) };
}
