import type { ComplaintChange } from '../../../functions/core/complaint';
import { CFPB_COLUMNS } from '../../../functions/core/import/cfpb-row';
import { formatBadRow, formatUnknownValues, importCfpbComplaints, ImportInterrupted, type ImportCounts, type SourceRow } from '../../../functions/core/import/import-complaints';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryStore } from '../../harness/in-memory-store';

const clock = new FakeClock('2026-11-30T08:00:00.000Z');

function cfpbRecord(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  const record: Record<string, string> = Object.fromEntries(CFPB_COLUMNS.map((c) => [c, '']));
  return {
    ...record,
    'Date received': '2020-03-18',
    Product: 'Mortgage',
    Issue: 'Trouble during payment process',
    Company: 'Example Bank',
    'Submitted via': 'Web',
    'Date sent to company': '2020-03-18',
    'Company response to consumer': 'Closed with explanation',
    'Timely response?': 'Yes',
    'Complaint ID': id,
    ...overrides,
  };
}

async function* rows(...items: SourceRow[]): AsyncGenerator<SourceRow> {
  yield* items;
}

describe('importCfpbComplaints', () => {
  it('imports good rows, skips bad ones with their lines and counts a repeated row as already present', async () => {
    const store = new InMemoryStore();
    const result = await importCfpbComplaints(
      rows(
        { line: 2, record: cfpbRecord('1') },
        { line: 3, unreadable: 'has a quote that is never closed' },
        { line: 5, record: cfpbRecord('2', { Company: '' }) },
        { line: 6, record: cfpbRecord('1') },
      ),
      { store, clock, organizationId: 'org-1' },
    );
    expect(result).toEqual({
      imported: 1,
      alreadyPresent: 1,
      bad: 2,
      badRows: [
        { line: 3, field: 'row', problem: 'has a quote that is never closed' },
        { line: 5, field: 'Company', problem: 'is required' },
      ],
      importedWithUnknownValues: 0,
      unknownValues: {},
    });
    expect(store.references.has('CFPB-1')).toBe(true);
    expect(store.references.has('CFPB-2')).toBe(false);
  });

  it('imports rows with values the CFPB never published and counts them by column, never by value', async () => {
    const store = new InMemoryStore();
    const result = await importCfpbComplaints(
      rows(
        { line: 2, record: cfpbRecord('1', { 'Submitted via': 'Carrier pigeon' }) },
        { line: 3, record: cfpbRecord('2', { 'Submitted via': 'Telex', 'Company response to consumer': 'Settled' }) },
        { line: 4, record: cfpbRecord('3', { 'Company response to consumer': 'Closed with relief' }) },
        // Already imported: its unknown value is not counted again.
        { line: 5, record: cfpbRecord('1', { 'Submitted via': 'Carrier pigeon' }) },
      ),
      { store, clock, organizationId: 'org-1' },
    );
    expect(result).toMatchObject({ imported: 3, alreadyPresent: 1, bad: 0, importedWithUnknownValues: 2 });
    expect(result.unknownValues).toEqual({ 'Submitted via': 2, 'Company response to consumer': 1 });
    expect(formatUnknownValues(result.unknownValues)).toBe('Submitted via 2, Company response to consumer 1');
    expect(store.references.has('CFPB-2')).toBe(true);
  });

  it('reports each row as it settles', async () => {
    const progress: ImportCounts[] = [];
    await importCfpbComplaints(rows({ line: 2, record: cfpbRecord('1') }, { line: 3, record: cfpbRecord('x') }), {
      store: new InMemoryStore(),
      clock,
      organizationId: 'org-1',
      onProgress: (counts) => progress.push(counts),
    });
    expect(progress).toHaveLength(2);
    expect(progress.at(-1)).toEqual({ imported: 1, alreadyPresent: 0, bad: 1 });
  });

  it('keeps no more writes in flight than its concurrency', async () => {
    const store = new InMemoryStore();
    let inFlight = 0;
    let most = 0;
    const create = store.create.bind(store);
    store.create = async (change: ComplaintChange) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return create(change);
    };
    const many = Array.from({ length: 20 }, (_, i) => ({ line: i + 2, record: cfpbRecord(String(i + 1)) }));
    const result = await importCfpbComplaints(rows(...many), { store, clock, organizationId: 'org-1', concurrency: 3 });
    expect(result.imported).toBe(20);
    expect(most).toBe(3);
  });

  it('reports a bad row of a JSON list by its record number', () => {
    expect(formatBadRow({ line: 3, field: 'Company', problem: 'is required' }, 'record')).toBe('record 3: Company: is required');
    expect(formatBadRow({ line: 3, field: 'Company', problem: 'is required' })).toBe('line 3: Company: is required');
  });

  it('stops reading when a write fails for another reason, and says how far it got', async () => {
    const store = new InMemoryStore();
    const create = store.create.bind(store);
    store.create = async (change: ComplaintChange) => {
      if (change.complaint.source?.id === '2') throw Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
      return create(change);
    };
    const run = importCfpbComplaints(rows(...['1', '2', '3', '4'].map((id, i) => ({ line: i + 2, record: cfpbRecord(id) }))), {
      store,
      clock,
      organizationId: 'org-1',
      concurrency: 1,
    });
    await expect(run).rejects.toThrow(ImportInterrupted);
    await expect(run).rejects.toThrow('import stopped by ProvisionedThroughputExceededException');
    await expect(run).rejects.toMatchObject({ counts: { imported: 1, alreadyPresent: 0, bad: 0 } });
    expect([...store.references.keys()]).toEqual(['CFPB-1']);
  });
});
