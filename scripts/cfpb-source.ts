import { open } from 'node:fs/promises';
import type { SourceRow } from '../functions/core/import/import-complaints';
import { countCfpbRows, readCfpbCsv } from './cfpb-csv';
import { cfpbJsonRows, readCfpbJsonItems } from './cfpb-json';

/** A file of CFPB complaints, whichever shape it has. */
export interface CfpbSource {
  format: 'CSV' | 'JSON';
  /** What a row's `line` counts, for the bad-row report. */
  unit: 'line' | 'record';
  /** How many rows, good or bad: the progress bar's total. */
  count(): Promise<number>;
  rows(): AsyncIterable<SourceRow> | Iterable<SourceRow>;
}

/** JSON by its extension, or by content: a CSV export starts with its header's names, JSON with `[` or `{`. */
async function isJson(path: string): Promise<boolean> {
  if (/\.json$/i.test(path)) return true;
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    return /^\uFEFF?\s*[[{]/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await file.close();
  }
}

/** Opens `path` with the reader its shape needs; a JSON file is read (and its shape checked) here. */
export async function openCfpbSource(path: string): Promise<CfpbSource> {
  if (await isJson(path)) {
    const items = await readCfpbJsonItems(path);
    return { format: 'JSON', unit: 'record', count: () => Promise.resolve(items.length), rows: () => cfpbJsonRows(items) };
  }
  return { format: 'CSV', unit: 'line', count: () => countCfpbRows(path), rows: () => readCfpbCsv(path) };
}
