import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { CFPB_COLUMNS, OPTIONAL_COLUMNS, type CfpbColumn } from '../functions/core/import/cfpb-row';
import type { SourceRow } from '../functions/core/import/import-complaints';
import { NotCfpbExport } from './not-cfpb-export';

/** Header names are matched whatever their case, surrounding spaces or a byte order mark. */
const nameKey = (name: string): string => name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
const COLUMN_BY_NAME = new Map<string, CfpbColumn>(CFPB_COLUMNS.map((c) => [nameKey(c), c]));

/**
 * The CFPB column each header cell names, in the file's order: the 18 columns, or the 16
 * of exports without consent and dispute. Anything else is not the CFPB's file.
 */
export function cfpbColumnsOf(header: readonly string[]): CfpbColumn[] {
  const columns = header.map((name) => COLUMN_BY_NAME.get(nameKey(name)));
  const found = new Set(columns.filter((c) => c !== undefined));
  const missing = CFPB_COLUMNS.filter((c) => !found.has(c) && !OPTIONAL_COLUMNS.includes(c));
  const extra = columns.filter((c) => c === undefined).length;
  const repeated = columns.length - extra - found.size;
  if (missing.length || extra || repeated) {
    // Unexpected names are only counted: a file without a header has a row of data there.
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra ? `${extra} other columns` : '', repeated ? `${repeated} repeated` : ''].filter(Boolean);
    throw new NotCfpbExport(`The header is not the CFPB export's (its 18 columns, or 16 without ${OPTIONAL_COLUMNS.join(' and ')}): ${parts.join('; ')}.`);
  }
  return columns as CfpbColumn[];
}

const LINE_BREAK = /\r\n|\n|\r/g;

/**
 * Numbers rows by the physical line they start on, counting the line breaks of every
 * record's raw text in the order the parser meets them. csv-parse's own `info.lines`
 * is where a record ends, and counts a CRLF inside quotes as two lines.
 */
function lineCounter(): (raw: string | undefined) => number {
  let next = 2; // the header is one line: its names admit no quoted newline
  return (raw) => {
    const line = next;
    next += raw?.match(LINE_BREAK)?.length ?? 0;
    return line;
  };
}

const isBlank = (raw: string | undefined) => raw !== undefined && raw.replace(LINE_BREAK, '') === '';

/** csv-parse's messages quote the field's value, which may be personal: only the kind of fault is told. */
function unreadable(error: CsvError, expected: number): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return Array.isArray(error.record) ? `has ${error.record.length} columns, expected ${expected}` : `does not have the header's ${expected} columns`;
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
 * The rows of a CFPB export, streamed, each with the line it starts on and its fields by
 * CFPB column name. A row the parser cannot read comes out as unreadable instead of
 * stopping the file; a header that is not the export's throws NotCfpbExport.
 */
export async function* readCfpbCsv(path: string): AsyncGenerator<SourceRow> {
  const lineOf = lineCounter();
  const skipped: SourceRow[] = [];
  let expected: number = CFPB_COLUMNS.length;
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const columns = cfpbColumnsOf(header);
        expected = columns.length;
        return columns;
      },
      relax_column_count: false,
      // Blank lines come through as skipped records, so that their lines are counted too.
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const line = lineOf(raw);
        if (error && !isBlank(raw)) skipped.push({ line, unreadable: unreadable(error, expected) });
      },
      raw: true,
      on_record: ({ record, raw }: { record: Record<string, string>; raw: string }) => ({ line: lineOf(raw), record }),
    }),
  );
  for await (const row of parser as AsyncIterable<SourceRow>) {
    yield* skipped.splice(0);
    yield row;
  }
  yield* skipped.splice(0);
}

/** How many rows the file has, good or bad: the progress bar's total. */
export async function countCfpbRows(path: string): Promise<number> {
  let rows = 0;
  for await (const _row of readCfpbCsv(path)) rows += 1;
  return rows;
}
