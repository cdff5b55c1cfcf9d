import type { Clock } from '../clock';
import { ReferenceTaken } from '../errors';
import type { RandomBytes } from '../intake/codes';
import type { ComplaintStore } from '../ports';
import { CFPB_COLUMNS, complaintFromCfpbRow, type CfpbColumn, type CfpbRecord } from './cfpb-row';

/**
 * A row as the reader found it: its fields by column, or why it could not be read. `line`
 * is where it starts in the file (a CSV's line, or the complaint's place in a JSON list).
 */
export type SourceRow = { line: number; record: CfpbRecord } | { line: number; unreadable: string };

/** A skipped row: `line N: <field>: <problem>`, never the row's content (it may carry personal data). */
export interface BadRow {
  line: number;
  field: string;
  problem: string;
}

export interface ImportCounts {
  imported: number;
  /** Rows whose complaint was already stored (by an earlier run, or earlier in this file). */
  alreadyPresent: number;
  bad: number;
}

export interface ImportResult extends ImportCounts {
  /** In line order. */
  badRows: BadRow[];
  /** Of the imported rows, those with a value the CFPB never published (kept as text, mapped to a fallback). */
  importedWithUnknownValues: number;
  /** How many imported rows had such a value, by column; never the values themselves. */
  unknownValues: Partial<Record<CfpbColumn, number>>;
}

export interface ImportOptions {
  store: ComplaintStore;
  clock: Clock;
  organizationId: string;
  /** Transactions in flight at once. */
  concurrency?: number;
  onProgress?: (counts: ImportCounts) => void;
  random?: RandomBytes;
}

/** A write failed for another reason than the complaint being there already; what was written stays, a rerun skips it. */
export class ImportInterrupted extends Error {
  constructor(
    cause: unknown,
    readonly counts: ImportCounts,
  ) {
    super(`import stopped by ${cause instanceof Error ? cause.name : 'an error'}`, { cause });
    this.name = 'ImportInterrupted';
  }
}

/** `unit` names what `line` counts: a CSV's lines, or a JSON list's records. */
export const formatBadRow = (bad: BadRow, unit: 'line' | 'record' = 'line'): string => `${unit} ${bad.line}: ${bad.field}: ${bad.problem}`;

/** `Tags 1, Submitted via 2`: the columns in the export's order, never a value. */
export const formatUnknownValues = (unknown: ImportResult['unknownValues']): string =>
  CFPB_COLUMNS.filter((column) => unknown[column] !== undefined)
    .map((column) => `${column} ${unknown[column]}`)
    .join(', ');

/**
 * Imports CFPB export rows. Each complaint is one transaction (reference claim, complaint,
 * audit entry), so a row is stored whole or not at all, and its reference makes a second
 * import of it a no-op. Rows are read one at a time while up to `concurrency` writes run.
 * A row is skipped as bad only when it is broken (no id, no readable date, no product,
 * issue or company...); a value the CFPB never published is imported and counted instead.
 */
export async function importCfpbComplaints(rows: AsyncIterable<SourceRow> | Iterable<SourceRow>, options: ImportOptions): Promise<ImportResult> {
  const { store, clock, organizationId, onProgress, random } = options;
  const concurrency = options.concurrency ?? 16;
  const counts: ImportCounts = { imported: 0, alreadyPresent: 0, bad: 0 };
  const badRows: BadRow[] = [];
  const unknownValues: ImportResult['unknownValues'] = {};
  let importedWithUnknownValues = 0;
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;

  const settled = (outcome: keyof ImportCounts) => {
    counts[outcome] += 1;
    onProgress?.({ ...counts });
  };

  for await (const row of rows) {
    if (failure) break;
    if ('unreadable' in row) {
      badRows.push({ line: row.line, field: 'row', problem: row.unreadable });
      settled('bad');
      continue;
    }
    const result = complaintFromCfpbRow(row.record, { organizationId, importedAt: clock.now(), random });
    if (!result.ok) {
      for (const issue of result.issues) badRows.push({ line: row.line, field: issue.field, problem: issue.message });
      settled('bad');
      continue;
    }
    const { change, unknownValues: unknownColumns } = result;
    // Two writes of one reference at once could cancel each other instead of one finding the other's claim.
    if (seen.has(change.complaint.reference)) {
      settled('alreadyPresent');
      continue;
    }
    seen.add(change.complaint.reference);
    const write: Promise<void> = store.create(change).then(
      () => {
        if (unknownColumns.length > 0) importedWithUnknownValues += 1;
        for (const column of unknownColumns) unknownValues[column] = (unknownValues[column] ?? 0) + 1;
        settled('imported');
      },
      (error: unknown) => {
        if (error instanceof ReferenceTaken) settled('alreadyPresent');
        else failure ??= { error };
      },
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw new ImportInterrupted(failure.error, { ...counts });
  badRows.sort((a, b) => a.line - b.line);
  return { ...counts, badRows, importedWithUnknownValues, unknownValues };
}
