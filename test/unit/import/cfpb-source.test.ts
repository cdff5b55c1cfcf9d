import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SourceRow } from '../../../functions/core/import/import-complaints';
import { openCfpbSource } from '../../../scripts/cfpb-source';
import { NotCfpbExport } from '../../../scripts/not-cfpb-export';

const FIXTURES = resolve(__dirname, '../../fixtures/cfpb');
const dir = mkdtempSync(join(tmpdir(), 'cfpb-source-'));
let files = 0;
function file(name: string, text: string): string {
  files += 1;
  const path = join(dir, `${files}-${name}`);
  writeFileSync(path, text);
  return path;
}

const complaint = { complaint_id: '7', date_received: '2020-03-18T12:00:00-05:00', product: 'Mortgage', company: 'Bank' };

async function rowsOf(path: string): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of (await openCfpbSource(path)).rows()) rows.push(row);
  return rows;
}

const idsOf = (rows: SourceRow[]) => rows.map((r) => ('record' in r ? r.record['Complaint ID'] : r.unreadable));

describe('openCfpbSource', () => {
  it('reads the API search response, by the hits of its hits', async () => {
    const source = await openCfpbSource(join(FIXTURES, 'api-search.json'));
    expect(source).toMatchObject({ format: 'JSON', unit: 'record' });
    expect(await source.count()).toBe(6);
    expect(idsOf(await rowsOf(join(FIXTURES, 'api-search.json')))).toEqual(['3448530', '3553605', '3196578', '3203946', '3493300', '3558275']);
  });

  it('reads a plain JSON list of complaints, and one of search hits', async () => {
    expect(idsOf(await rowsOf(join(FIXTURES, 'api-complaints.json')))).toEqual(['3415907', '3290365', '3264599']);
    expect(idsOf(await rowsOf(file('hits.json', JSON.stringify([{ _source: complaint }, { _source: { ...complaint, complaint_id: 8 } }]))))).toEqual(['7', '8']);
  });

  it('numbers JSON rows by their place in the list and reports an item that is no complaint', async () => {
    const rows = await rowsOf(file('mixed.json', JSON.stringify([complaint, 'Jane Doe', complaint])));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[1]).toEqual({ line: 2, unreadable: 'is not a complaint object' });
  });

  it('knows JSON by its content when the name does not say, byte order mark and all', async () => {
    const source = await openCfpbSource(file('download', `\uFEFF  \n${JSON.stringify({ hits: { hits: [{ _source: complaint }] } })}`));
    expect(source.format).toBe('JSON');
    expect(await source.count()).toBe(1);
  });

  it('reads any other file as the CSV export', async () => {
    const source = await openCfpbSource(join(FIXTURES, 'sixteen-columns.csv'));
    expect(source).toMatchObject({ format: 'CSV', unit: 'line' });
    expect(await source.count()).toBe(6);
  });

  it.each([
    ['broken.json', '{"hits": ', 'The file is not valid JSON.'],
    ['object.json', JSON.stringify({ complaints: [complaint] }), "The JSON is not the CFPB API's: neither a search response (hits.hits) nor a list of complaints."],
  ])('refuses %s, quoting nothing of it', async (name, text, message) => {
    const opening = openCfpbSource(file(name, text));
    await expect(opening).rejects.toBeInstanceOf(NotCfpbExport);
    await expect(opening).rejects.toThrow(message);
  });
});
