import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { CFPB_COLUMNS } from '../functions/core/import/cfpb-row';
import type { SourceRow } from '../functions/core/import/import-complaints';

/** The file's header is not the CFPB export's; nothing in it is read. */
export class NotCfpbExport extends Error {
  constructor(missing: readonly string[], extra: readonly string[]) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unexpected ${extra.join(', ')}` : ''].filter(Boolean);
    super(`The header is not the CFPB export's 18 columns: ${parts.join('; ')}.`);
    this.name = 'NotCfpbExport';
  }
}

function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim());
  const missing = CFPB_COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !(CFPB_COLUMNS as readonly string[]).includes(n));
  if (missing.length || extra.length || names.length !== CFPB_COLUMNS.length) throw new NotCfpbExport(missing, extra);
  return names;
}

/**
 * The line a record starts on. csv-parse reports the line it ends on; a quoted newline
 * in a narrative makes those differ, so the record's own newlines (but its final
 * delimiter) are taken back.
 */
function startLine(endLine: number, raw: string | undefined): number {
  const inner = (raw ?? '').replace(/(\r\n|\n|\r)$/, '').match(/\r\n|\n|\r/g)?.length ?? 0;
  return endLine - inner;
}

/** csv-parse's messages quote the field's value, which may be personal: only the kind of fault is told. */
function unreadable(error: CsvError): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return Array.isArray(error.record)
        ? `has ${error.record.length} columns, expected ${CFPB_COLUMNS.length}`
        : `does not have the ${CFPB_COLUMNS.length} columns`;
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'has a quote that is never closed';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'has a misplaced quote';
    default:
      return 'cannot be read as CSV';
  }
}

/**
 * The rows of a CFPB export, streamed, each with the line it starts on. A row the parser
 * cannot read comes out as unreadable instead of stopping the file; a wrong header throws.
 */
export async function* readCfpbCsv(path: string): AsyncGenerator<SourceRow> {
  const skipped: SourceRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: checkHeader,
      relax_column_count: false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (error) skipped.push({ line: startLine(Number(error.lines), raw), unreadable: unreadable(error) });
      },
      info: true,
      raw: true,
    }),
  );
  for await (const { record, info, raw } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number }; raw: string }>) {
    yield* skipped.splice(0);
    yield { line: startLine(info.lines, raw), record };
  }
  yield* skipped.splice(0);
}

/** How many rows the file has, good or bad: the progress bar's total. */
export async function countCfpbRows(path: string): Promise<number> {
  let rows = 0;
  for await (const _row of readCfpbCsv(path)) rows += 1;
  return rows;
}
