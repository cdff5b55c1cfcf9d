import { ERASED } from '../../../functions/core/data-protection';
import type { TriageSuggestion } from '../../../functions/core/triage/suggestions';
import { organizationExamples } from '../../../functions/core/triage/training-data';

const category = (status: TriageSuggestion['status'], correctedTo?: string): TriageSuggestion[] => [
  { kind: 'CATEGORY', value: 'Broadband', confidence: 0.7, source: 'test', status, ...(correctedTo ? { correctedTo } : {}) },
];

describe("the organization's own training examples", () => {
  it('learns a correction, a handled complaint and an accepted suggestion; not an open unreviewed one nor erased facts', () => {
    expect(
      organizationExamples([
        { facts: '宽带断线', category: 'Broadband', status: 'INVESTIGATING', triageSuggestions: category('CORRECTED', 'Mobile network') },
        { facts: '账单多扣费', category: 'Billing', status: 'CLOSED', triageSuggestions: category('OPEN') },
        { facts: '宽带很慢', category: 'Broadband', status: 'ASSIGNED', triageSuggestions: category('ACCEPTED') },
        { facts: '没有信号', category: 'Mobile network', status: 'RECEIVED', triageSuggestions: category('OPEN') },
        { facts: ERASED, category: 'Billing', status: 'CLOSED' },
      ]),
    ).toEqual([
      { text: '宽带断线', label: 'Mobile network' },
      { text: '账单多扣费', label: 'Billing' },
      { text: '宽带很慢', label: 'Broadband' },
    ]);
  });
});
