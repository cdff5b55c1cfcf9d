import type { FinalResponseInput } from '../../../functions/graphql/generated/types';
import { checkFinalResponse, furtherRecourse } from '../../../functions/core/resolution/final-response';

const valid = (overrides: Partial<FinalResponseInput> = {}): FinalResponseInput => ({
  outcome: 'UPHELD',
  reasons: 'The mast serving your area failed for two weeks.',
  remedies: ['REFUND', 'APOLOGY'],
  followUpMeasures: 'We now inspect masts weekly.',
  rootCause: 'SYSTEM_FAILURE',
  ...overrides,
});

describe('checkFinalResponse', () => {
  it('accepts a complete upheld response', () => {
    expect(checkFinalResponse(valid())).toEqual([]);
  });

  it('needs reasons and follow-up measures, blank ones counting as missing', () => {
    expect(checkFinalResponse(valid({ reasons: '   ', followUpMeasures: '' }))).toEqual([
      { field: 'response.reasons', message: 'is required' },
      { field: 'response.followUpMeasures', message: 'is required' },
    ]);
  });

  it('limits reasons to 5,000 characters and follow-up measures to 2,000, counting Chinese characters as one each', () => {
    expect(checkFinalResponse(valid({ reasons: ` ${'因'.repeat(5000)} `, followUpMeasures: '改'.repeat(2000) }))).toEqual([]);
    expect(checkFinalResponse(valid({ reasons: '因'.repeat(5001), followUpMeasures: '改'.repeat(2001) }))).toEqual([
      { field: 'response.reasons', message: 'must be at most 5000 characters' },
      { field: 'response.followUpMeasures', message: 'must be at most 2000 characters' },
    ]);
  });

  it('needs remedy details when a remedy is compensation or other', () => {
    expect(checkFinalResponse(valid({ remedies: ['COMPENSATION'] }))).toEqual([
      { field: 'response.remedyDetails', message: 'is required when the remedies include OTHER or COMPENSATION' },
    ]);
    expect(checkFinalResponse(valid({ remedies: ['OTHER'], remedyDetails: ' ' }))[0].field).toBe('response.remedyDetails');
    expect(checkFinalResponse(valid({ remedies: ['COMPENSATION'], remedyDetails: 'GBP 50 for the inconvenience.' }))).toEqual([]);
  });

  it('limits remedy details to 2,000 characters', () => {
    expect(checkFinalResponse(valid({ remedyDetails: 'x'.repeat(2001) }))).toEqual([{ field: 'response.remedyDetails', message: 'must be at most 2000 characters' }]);
  });

  it('needs at least one remedy unless the complaint is not upheld', () => {
    expect(checkFinalResponse(valid({ outcome: 'PARTLY_UPHELD', remedies: [] }))).toEqual([
      { field: 'response.remedies', message: 'needs at least one remedy unless the outcome is NOT_UPHELD' },
    ]);
    expect(checkFinalResponse(valid({ outcome: 'NOT_UPHELD', remedies: [] }))).toEqual([]);
  });

  it('refuses the same remedy twice', () => {
    expect(checkFinalResponse(valid({ remedies: ['APOLOGY', 'REFUND', 'APOLOGY'] }))).toEqual([{ field: 'response.remedies', message: 'must not list the same remedy twice' }]);
  });

  it('allows a refund or compensation without upholding the complaint (redress without accepting it)', () => {
    expect(checkFinalResponse(valid({ outcome: 'NOT_UPHELD', remedies: ['REFUND', 'COMPENSATION'], remedyDetails: 'A goodwill payment of GBP 20.' }))).toEqual([]);
  });

  it('refuses control characters', () => {
    expect(checkFinalResponse(valid({ reasons: 'bell\u0007' }))).toEqual([{ field: 'response.reasons', message: 'contains control characters' }]);
  });

  it('reports every broken rule at once and never quotes a value', () => {
    const issues = checkFinalResponse({ outcome: 'UPHELD', reasons: 'secret-reason\u0000'.repeat(400), remedies: [], followUpMeasures: ' ', rootCause: 'OTHER' });
    expect(issues.map((i) => i.field)).toEqual(['response.reasons', 'response.reasons', 'response.remedies', 'response.followUpMeasures']);
    expect(JSON.stringify(issues)).not.toContain('secret');
  });
});

describe('furtherRecourse', () => {
  const SHANGHAI = 'Asia/Shanghai';
  const LONDON = 'Europe/London';

  it('points a Chinese complainant to 12315, market regulation, mediation, arbitration and the courts', () => {
    const text = furtherRecourse(['CN'], 'ZH_CN', new Date('2026-12-20T02:00:00Z'), SHANGHAI);
    for (const part of ['12315', '市场监督管理部门', '调解', '仲裁', '人民法院']) expect(text).toContain(part);
  });

  it('says the same in English for an English-speaking complainant', () => {
    const text = furtherRecourse(['CN'], 'EN', new Date('2026-12-20T02:00:00Z'), SHANGHAI);
    expect(text).toContain('12315');
    expect(text).toContain('market regulation department');
    expect(text).toContain("people's court");
  });

  it('points to the Financial Ombudsman Service, free, within six months, giving the last date', () => {
    const text = furtherRecourse(['UK_FCA'], 'EN', new Date('2026-12-15T10:00:00Z'), LONDON);
    expect(text).toContain('Financial Ombudsman Service');
    expect(text).toContain('free of charge');
    expect(text).toContain('within six months of the date of this final response, that is by 15 June 2027');
    expect(text).toContain('www.financial-ombudsman.org.uk');
    expect(furtherRecourse(['UK_FCA'], 'ZH_CN', new Date('2026-12-15T10:00:00Z'), LONDON)).toContain('六个月内（即 2027年6月15日 前）');
  });

  it('ends six months on the last day of a shorter month', () => {
    expect(furtherRecourse(['UK_FCA'], 'EN', new Date('2026-08-31T10:00:00Z'), LONDON)).toContain('by 28 February 2027');
  });

  it('counts from the date of the response in the organization time zone', () => {
    // 20:00 UTC on 31 December is already 1 January in Shanghai.
    expect(furtherRecourse(['UK_FCA'], 'EN', new Date('2026-12-31T20:00:00Z'), SHANGHAI)).toContain('by 1 July 2027');
    expect(furtherRecourse(['UK_FCA'], 'EN', new Date('2026-12-31T20:00:00Z'), LONDON)).toContain('by 30 June 2027');
  });

  it('points to the CFPB and gives the last date for feedback, 60 days on', () => {
    const text = furtherRecourse(['US_CFPB'], 'EN', new Date('2026-12-15T17:00:00Z'), 'America/New_York');
    expect(text).toContain('consumerfinance.gov/complaint');
    expect(text).toContain('within 60 days, that is by 13 February 2027');
  });

  it('writes one passage per jurisdiction, each once', () => {
    const text = furtherRecourse(['CN', 'US_CFPB', 'CN'], 'ZH_CN', new Date('2026-12-20T02:00:00Z'), SHANGHAI);
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('12315');
    expect(text).toContain('60 天内（即 2027年2月18日 前）');
  });

  it('falls back to the consumer authority when no jurisdiction applies', () => {
    expect(furtherRecourse([], 'EN', new Date('2026-12-20T02:00:00Z'), LONDON)).toBe('You can contact the consumer protection authority responsible for your area.');
    expect(furtherRecourse([], 'ZH_CN', new Date('2026-12-20T02:00:00Z'), SHANGHAI)).toContain('消费者权益保护');
  });
});
