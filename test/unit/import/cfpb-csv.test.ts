import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CFPB_COLUMNS } from '../../../functions/core/import/cfpb-row';
import type { SourceRow } from '../../../functions/core/import/import-complaints';
import { countCfpbRows, readCfpbCsv } from '../../../scripts/cfpb-csv';
import { NotCfpbExport } from '../../../scripts/not-cfpb-export';

const dir = mkdtempSync(join(tmpdir(), 'cfpb-csv-'));
let files = 0;
function csvFile(text: string): string {
  files += 1;
  const path = join(dir, `${files}.csv`);
  writeFileSync(path, text);
  return path;
}

const HEADER = CFPB_COLUMNS.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
/** A row of 18 fields whose narrative (the 6th) is given as written in the file. */
const line = (id: string, narrative = '') => ['2020-03-18', 'Mortgage', '', 'Issue', '', narrative, '', 'Bank', 'FL', '', '', '', 'Web', '2020-03-18', 'Closed', 'Yes', 'N/A', id].join(',');

async function read(path: string): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of readCfpbCsv(path)) rows.push(row);
  return rows.sort((a, b) => a.line - b.line);
}

describe('readCfpbCsv', () => {
  it('gives each row the line it starts on, past narratives with quoted newlines', async () => {
    const path = csvFile([HEADER, line('1', '"first\nsecond\r\nthird"'), line('2'), line('3', '"a\n\nb"'), line('4')].join('\n') + '\n');
    const rows = await read(path);
    expect(rows.map((r) => [r.line, 'record' in r ? r.record['Complaint ID'] : undefined])).toEqual([[2, '1'], [5, '2'], [6, '3'], [9, '4']]);
    expect('record' in rows[0] && rows[0].record['Consumer complaint narrative']).toBe('first\nsecond\r\nthird');
  });

  it('counts lines the same way in a file with CRLF line endings, and past blank lines', async () => {
    const path = csvFile([HEADER, line('1', '"first\r\nsecond"'), '', line('2'), line('3')].join('\r\n') + '\r\n');
    const rows = await read(path);
    expect(rows.map((r) => [r.line, 'record' in r ? r.record['Complaint ID'] : undefined])).toEqual([[2, '1'], [5, '2'], [6, '3']]);
  });

  it('reports a row with the wrong number of columns as unreadable and goes on', async () => {
    const path = csvFile([HEADER, line('1'), 'too,few,columns', line('2')].join('\n'));
    expect(await read(path)).toEqual([
      expect.objectContaining({ line: 2 }),
      { line: 3, unreadable: 'has 3 columns, expected 18' },
      expect.objectContaining({ line: 4 }),
    ]);
  });

  it('reports a quote that is never closed without quoting the row', async () => {
    const path = csvFile([HEADER, line('1'), line('2', '"Jane Doe never closed this')].join('\n'));
    const rows = await read(path);
    expect(rows).toEqual([expect.objectContaining({ line: 2 }), { line: 3, unreadable: 'has a quote that is never closed' }]);
  });

  it('refuses a file whose header is not the export\'s, naming no value from it', async () => {
    const path = csvFile([line('1'), line('2')].join('\n'));
    const reading = countCfpbRows(path);
    await expect(reading).rejects.toBeInstanceOf(NotCfpbExport);
    await expect(reading).rejects.toThrow(
      "The header is not the CFPB export's (its 18 columns, or 16 without Consumer consent provided? and Consumer disputed?): missing Date received",
    );
    await expect(reading).rejects.not.toThrow('Mortgage');
  });

  it('refuses a header with another column or a column twice', async () => {
    await expect(countCfpbRows(csvFile(`${HEADER},Extra\n`))).rejects.toThrow(/: 1 other columns\.$/);
    await expect(countCfpbRows(csvFile(`${HEADER},Product\n`))).rejects.toThrow(/: 1 repeated\.$/);
  });

  it('reads the 16-column variant, which has no consent or dispute columns', async () => {
    const sixteen = CFPB_COLUMNS.filter((c) => c !== 'Consumer consent provided?' && c !== 'Consumer disputed?');
    const values = ['03/18/2020', 'Mortgage', '', 'Issue', '', '', '', 'Bank', 'FL', '', '', 'Web', '03/18/2020', 'Closed', 'Yes', '7'];
    const rows = await read(csvFile([sixteen.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','), values.join(','), 'too,few'].join('\n')));
    expect(rows).toEqual([{ line: 2, record: Object.fromEntries(sixteen.map((c, i) => [c, values[i]])) }, { line: 3, unreadable: 'has 2 columns, expected 16' }]);
  });

  it('finds the columns by name, whatever their order, case, surrounding spaces or a byte order mark', async () => {
    const reordered = [...CFPB_COLUMNS].reverse();
    const header = reordered.map((c, i) => (i % 2 ? `  ${c.toUpperCase()} ` : c.toLowerCase())).join(',');
    const values = reordered.map((c) => (c === 'Complaint ID' ? '42' : c === 'Product' ? 'Mortgage' : ''));
    const rows = await read(csvFile(`\uFEFF${header}\r\n${values.join(',')}\r\n`));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect('record' in row && row.record).toMatchObject({ 'Complaint ID': '42', Product: 'Mortgage', 'Date received': '' });
    expect('record' in row && Object.keys(row.record).sort()).toEqual([...CFPB_COLUMNS].sort());
  });

  it('counts every row, good or unreadable', async () => {
    expect(await countCfpbRows(csvFile([HEADER, line('1'), 'x,y', line('2')].join('\n')))).toBe(3);
  });
});
