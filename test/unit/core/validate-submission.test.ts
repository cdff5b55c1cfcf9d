import { DomainError } from '../../../functions/core/errors';
import { validateSubmission } from '../../../functions/core/intake/validate-submission';
import { sampleSubmission } from '../../harness/sample';

const NOW = new Date('2026-11-29T08:00:00Z');
const TZ = 'Asia/Shanghai';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    return (error as DomainError).issues;
  }
  throw new Error('expected the submission to be refused');
}

describe('validateSubmission', () => {
  it('accepts a complete submission and trims its text', () => {
    const input = sampleSubmission({ category: '  Mobile network  ' });
    expect(validateSubmission(input, NOW, TZ).category).toBe('Mobile network');
  });

  it('refuses a blank required field, naming its path', () => {
    expect(issuesOf(() => validateSubmission(sampleSubmission({ facts: '   ' }), NOW, TZ))).toEqual([{ field: 'input.facts', message: 'is required' }]);
  });

  it('refuses an invalid email address without quoting it', () => {
    const input = sampleSubmission();
    input.complainant.email = 'wang.at.example.com';
    const issues = issuesOf(() => validateSubmission(input, NOW, TZ));
    expect(issues).toEqual([{ field: 'input.complainant.email', message: 'is not a valid email address' }]);
    expect(JSON.stringify(issues)).not.toContain('wang');
  });

  it('refuses a phone number with too few digits', () => {
    const input = sampleSubmission();
    input.complainant.phone = '12-34';
    expect(issuesOf(() => validateSubmission(input, NOW, TZ))[0].field).toBe('input.complainant.phone');
  });

  it('accepts a phone number written with spaces, dashes and brackets', () => {
    const input = sampleSubmission();
    input.complainant.phone = '+44 (20) 7946-0958';
    expect(validateSubmission(input, NOW, TZ).complainant.phone).toBe('+44 (20) 7946-0958');
  });

  it('refuses facts longer than 5,000 characters, counting Chinese characters as one each', () => {
    expect(validateSubmission(sampleSubmission({ facts: '投'.repeat(5000) }), NOW, TZ).facts).toHaveLength(5000);
    expect(issuesOf(() => validateSubmission(sampleSubmission({ facts: '投'.repeat(5001) }), NOW, TZ))).toEqual([
      { field: 'input.facts', message: 'must be at most 5000 characters' },
    ]);
  });

  it('needs an email address or a phone number', () => {
    const input = sampleSubmission();
    input.complainant.email = null;
    input.complainant.phone = '';
    expect(issuesOf(() => validateSubmission(input, NOW, TZ))).toEqual([{ field: 'input.complainant.email', message: 'give an email address or a phone number' }]);
  });

  it('refuses an occurrence date in the future of the organization\'s calendar', () => {
    expect(issuesOf(() => validateSubmission(sampleSubmission({ occurredOn: '2026-11-30' }), new Date('2026-11-29T10:00:00Z'), TZ))[0].field).toBe('input.occurredOn');
    // 16:30 UTC on 29 Nov is already 30 Nov in Shanghai.
    expect(validateSubmission(sampleSubmission({ occurredOn: '2026-11-30' }), new Date('2026-11-29T16:30:00Z'), TZ).occurredOn).toBe('2026-11-30');
  });

  it('lists every wrong field in one error', () => {
    const input = sampleSubmission({ category: '', remedyRequested: '' });
    input.respondent.name = '';
    expect(issuesOf(() => validateSubmission(input, NOW, TZ)).map((i) => i.field)).toEqual(['input.respondent.name', 'input.category', 'input.remedyRequested']);
  });

  it('refuses control characters', () => {
    expect(issuesOf(() => validateSubmission(sampleSubmission({ product: 'a\u0000b' }), NOW, TZ))[0]).toEqual({ field: 'input.product', message: 'contains control characters' });
  });
});
