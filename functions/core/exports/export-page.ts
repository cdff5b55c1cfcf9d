import type { ExportFormat, PeriodInput } from '../../graphql/generated/types';
import { validatePeriod } from '../analytics/period';
import type { Clock } from '../clock';
import { addDays, atLocalTime } from '../clocks/time-zone';
import type { Complaint } from '../complaint';
import { invalidInput } from '../errors';
import type { ComplaintStore, ListPosition } from '../ports';
import { csvRecord } from './csv';
import { FULL_EXPORT_HEADER, fullExportRow, receivedDay } from './full-export';
import { OPEN_DATA_HEADER, openDataRow } from './open-data';

export const EXPORT_PAGE_MAX = 1000;
/**
 * A page stops early once its CSV, escaped as it travels (inside the GraphQL JSON, inside
 * the Lambda response's JSON body), reaches this many bytes, so it fits a Lambda response
 * (6 MB) however many quotes and line breaks the narratives hold.
 */
export const EXPORT_PAGE_BYTES = 5_000_000;

/** The bytes a CSV line takes in the response: JSON-escaped twice, less the two layers of enclosing quotes. */
export const wireBytes = (line: string): number => Buffer.byteLength(JSON.stringify(JSON.stringify(line))) - 6;

export interface ExportRequest {
  organizationId: string;
  /** The organization's: the period's days are its days. */
  timeZone: string;
  period: PeriodInput;
  format: ExportFormat;
  first: number;
  after?: ListPosition;
}

export interface ExportPage {
  csv: string;
  rows: number;
  /** Where the next page starts; absent after the last. */
  next?: ListPosition;
}

/**
 * The instants to read between. The index holds receivedAt; a period is days. A platform
 * complaint's day is its receipt in the organization's zone, an imported one's day is its
 * source's date stored at 00:00Z (the evening before, west of UTC): the range covers both,
 * and the day decides. A complaint received near midnight before the organization changed
 * its zone keeps the day of the old zone and may fall outside the range.
 */
export function receivedRange(period: PeriodInput, timeZone: string): { from: string; to: string } {
  const after = addDays(period.to, 1);
  const localFrom = atLocalTime(period.from, '00:00', timeZone).toISOString();
  const localTo = atLocalTime(after, '00:00', timeZone).toISOString();
  const utcFrom = `${period.from}T00:00:00.000Z`;
  const utcTo = `${after}T00:00:00.000Z`;
  return { from: localFrom < utcFrom ? localFrom : utcFrom, to: localTo > utcTo ? localTo : utcTo };
}

function rowOf(format: ExportFormat, c: Complaint, now: Date, timeZone: string): string[] {
  return format === 'OPEN_DATA' ? openDataRow(c, { now, timeZone }) : fullExportRow(c);
}

/**
 * One page of the export: at most `first` complaints received in the period, oldest
 * first, as CSV with the header on the first page. Reads only as many complaints as
 * the page holds, so an export of any size runs in the memory of one page.
 */
export async function exportPage(deps: { store: ComplaintStore; clock: Clock }, request: ExportRequest): Promise<ExportPage> {
  const period = validatePeriod(request.period);
  const { first, format, timeZone } = request;
  if (!Number.isInteger(first) || first < 1 || first > EXPORT_PAGE_MAX) {
    throw invalidInput([{ field: 'first', message: `must be between 1 and ${EXPORT_PAGE_MAX}` }]);
  }
  const range = receivedRange(period, timeZone);
  if (request.after && (request.after.sortKey < range.from || request.after.sortKey > range.to)) {
    throw invalidInput([{ field: 'after', message: 'belongs to an export of another period' }]);
  }
  const now = deps.clock.now();
  const lines = request.after ? [] : [csvRecord(format === 'OPEN_DATA' ? OPEN_DATA_HEADER : FULL_EXPORT_HEADER)];
  let bytes = Buffer.byteLength(lines.join(''));
  let rows = 0;
  let position = request.after;
  for (;;) {
    const page = await deps.store.list({
      organizationId: request.organizationId,
      list: { kind: 'all', filter: { receivedFrom: range.from, receivedTo: range.to } },
      first: first - rows,
      after: position,
      oldestFirst: true,
    });
    for (const { complaint, position: at } of page.items) {
      const day = receivedDay(complaint);
      if (day >= period.from && day <= period.to) {
        const line = csvRecord(rowOf(format, complaint, now, timeZone));
        const size = wireBytes(line);
        if (rows > 0 && bytes + size > EXPORT_PAGE_BYTES) return { csv: lines.join(''), rows, next: position };
        lines.push(line);
        bytes += size;
        rows += 1;
      }
      position = at;
    }
    if (!page.hasNextPage) return { csv: lines.join(''), rows };
    if (rows === first) return { csv: lines.join(''), rows, next: position };
  }
}
