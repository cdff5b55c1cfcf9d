import { comprehendTrainingCsv, MIN_EXAMPLES_PER_CLASS } from '../../../functions/adapters/comprehend/training-csv';
import { parse } from 'csv-parse/sync';

const many = (label: string, text: string, n = MIN_EXAMPLES_PER_CLASS) => Array.from({ length: n }, (_, i) => ({ label, text: `${text} ${i}` }));

describe("a Comprehend custom classifier's training file", () => {
  it('is one quoted label,text row per example, no header, line breaks and quotes kept safe', () => {
    const examples = [...many('Credit reporting, credit repair services, or other personal consumer reports', 'My report shows\r\nan account "I never opened"'), ...many('快递', '包裹丢了\n三天没人理')];
    const { csv, rows, leftOut } = comprehendTrainingCsv(examples);
    expect(rows).toBe(2 * MIN_EXAMPLES_PER_CLASS);
    expect(leftOut).toEqual([]);
    const lines = csv.split('\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toBe('"Credit reporting, credit repair services, or other personal consumer reports","My report shows an account ""I never opened"" 0"');
    // Read back by a CSV parser: the same labels and texts, flattened to one line each.
    const parsed: string[][] = parse(csv);
    expect(parsed.map((r) => r[0])).toEqual(examples.map((e) => e.label));
    expect(parsed.at(-1)).toEqual(['快递', `包裹丢了 三天没人理 ${MIN_EXAMPLES_PER_CLASS - 1}`]);
  });

  it('leaves out a class with too few examples for Comprehend to train on, and says which', () => {
    const { rows, leftOut, csv } = comprehendTrainingCsv([...many('Mortgage', 'escrow'), ...many('Virtual currency', 'wallet', MIN_EXAMPLES_PER_CLASS - 1), { label: 'Mortgage', text: '   ' }]);
    expect(rows).toBe(MIN_EXAMPLES_PER_CLASS);
    expect(leftOut).toEqual(['Virtual currency']);
    expect(csv).not.toContain('wallet');
  });
});
