import { readFile, stat } from 'node:fs/promises';
import { recordFromApiComplaint } from '../functions/core/import/cfpb-api';
import type { SourceRow } from '../functions/core/import/import-complaints';
import { NotCfpbExport } from './not-cfpb-export';

/**
 * JSON is read whole (JSON.parse needs all of it): fine for the API's search pages and for
 * exports of a filtered search. A file past this is refused with a pointer to the CSV
 * export, which is streamed, rather than running out of memory half-way.
 */
export const JSON_LIMIT_BYTES = 256 * 1024 * 1024;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The complaints of a file from the CFPB's API: its search response
 * (`{"hits": {"hits": [{"_source": {...}}]}}`) or a JSON list of hits or complaints (its
 * JSON export). Anything else throws NotCfpbExport.
 */
export async function readCfpbJsonItems(path: string): Promise<unknown[]> {
  const { size } = await stat(path);
  if (size > JSON_LIMIT_BYTES) {
    throw new NotCfpbExport(`The JSON file is over ${JSON_LIMIT_BYTES / 1024 / 1024} MB; JSON is read whole, so import the CFPB's CSV export instead (it is streamed).`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the text around the fault.
    throw new NotCfpbExport('The file is not valid JSON.');
  }
  if (Array.isArray(parsed)) return parsed as unknown[];
  const hits = isObject(parsed) && isObject(parsed.hits) ? parsed.hits.hits : undefined;
  if (Array.isArray(hits)) return hits as unknown[];
  throw new NotCfpbExport("The JSON is not the CFPB API's: neither a search response (hits.hits) nor a list of complaints.");
}

/** Each complaint as a row; `line` is its place in the list, from 1. */
export function* cfpbJsonRows(items: readonly unknown[]): Generator<SourceRow> {
  for (const [index, item] of items.entries()) yield { line: index + 1, ...recordFromApiComplaint(item) };
}
