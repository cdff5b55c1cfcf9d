import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { CFPB_COLUMNS } from '../functions/core/import/cfpb-row';
import type { SourceRow } from '../functions/core/import/import-complaints';

/** The file's header is not the CFPB export's; nothing in it is read. */
export class NotCfpbExport extends Error {
  constructor(missing: readonly string[], extra: number, repeated: number) {
    // Unexpected names are only counted: a file without a header has a row of data there.
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', extra ? `${extra} other columns` : '', repeated ? `${repeated} repeated` : ''].filter(Boolean);
    super(`The header is not the CFPB export's 18 columns: ${parts.join('; ')}.`);
    this.name = 'NotCfpbExport';
  }
}

function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim());
  const missing = CFPB_COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !(CFPB_COLUMNS as readonly string[]).includes(n)).length;
  const repeated = names.length - new Set(names).size;
  if (missing.length || extra || repeated) throw new NotCfpbExport(missing, extra, repeated);
  return names;
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
  const lineOf = lineCounter();
  const skipped: SourceRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: checkHeader,
      relax_column_count: false,
      // Blank lines come through as skipped records, so that their lines are counted too.
      skip_empty_lines: false,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        const line = lineOf(raw);
        if (error && !isBlank(raw)) skipped.push({ line, unreadable: unreadable(error) });
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
