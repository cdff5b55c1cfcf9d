import { resolve } from 'node:path';
import { score } from '../../../functions/core/triage/evaluation';
import { evaluate } from '../../../scripts/evaluate-triage';
import { cfpbExamples, type CfpbExample } from '../../../scripts/triage-data';

const FILE = resolve(__dirname, '../../fixtures/triage/five-rows.csv');

describe('scoring predictions', () => {
  it('counts accuracy, macro-F1 over the true labels and the majority-class baseline on the same rows', () => {
    const s = score([
      { actual: 'A', predicted: 'A' },
      { actual: 'A', predicted: 'A' },
      { actual: 'A', predicted: 'B' },
      { actual: 'B', predicted: 'B' },
    ]);
    // A: precision 2/2, recall 2/3, F1 0.8; B: precision 1/2, recall 1/1, F1 2/3.
    expect(s).toEqual({ rows: 4, accuracy: 0.75, macroF1: (0.8 + 2 / 3) / 2, majorityLabel: 'A', majorityAccuracy: 0.75 });
  });

  it('refuses to score nothing', () => {
    expect(() => score([])).toThrow(/no rows with a narrative/);
  });
});

describe('evaluate-triage on a CFPB-format file', () => {
  it('reads rows with a narrative under their stable product (renamed products mapped, rows without a narrative left out)', async () => {
    const rows = await cfpbExamples(FILE);
    expect(rows.map((r) => [r.id, r.label])).toEqual([
      ['9000001', 'Mortgage'],
      ['9000002', 'Mortgage'],
      ['9000003', 'Debt collection'],
      ['9000005', 'Payday loan, title loan, or personal loan'],
    ]);
    expect(rows[1].text).toContain('foreclosure\nwhile');
  });

  it('scores a model on rows it did not learn from, against the majority baseline', async () => {
    const rows = await cfpbExamples(FILE);
    const taught = [
      { text: 'The servicer started foreclosure while my loan modification was pending and lost my escrow payment', label: 'Mortgage' },
      { text: 'A collector keeps calling about a debt I do not owe', label: 'Debt collection' },
      { text: 'The lender charged fees I never agreed to on my payday loan', label: 'Payday loan, title loan, or personal loan' },
    ];
    // Twice each: the saved model keeps features seen at least twice.
    const training: CfpbExample[] = [...taught, ...taught].map((t, i) => ({ ...t, id: `t${i}`, receivedOn: '2020-01-01' }));
    training.push(rows[0]);
    const result = evaluate(training, rows);
    expect(result).toMatchObject({ rows: 3, seen: 1, accuracy: 1, macroF1: 1, majorityAccuracy: 1 / 3 });
    expect(result.modelBytes).toBeGreaterThan(0);
    expect(result.medianInferenceMs).toBeGreaterThanOrEqual(0);
  });
});
