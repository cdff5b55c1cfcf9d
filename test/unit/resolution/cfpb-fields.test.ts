import type { Complaint, FinalResponse, Remedy } from '../../../functions/core/complaint';
import { cfpbFields } from '../../../functions/core/resolution/cfpb-fields';
import { sampleComplaint } from '../messages/sample-complaint';

const RECEIVED = '2026-11-30T02:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;
const daysAfterReceipt = (days: number) => new Date(Date.parse(RECEIVED) + days * DAY);

const complaint = (overrides: Partial<Complaint> = {}) => sampleComplaint({ receivedAt: RECEIVED, jurisdictions: ['US_CFPB'], ...overrides });

const resolvedWith = (remedies: Remedy[]): Partial<Complaint> => {
  const finalResponse: FinalResponse = {
    outcome: 'UPHELD',
    reasons: 'r',
    remedies,
    followUpMeasures: 'f',
    rootCause: 'BILLING',
    furtherRecourse: 'CFPB',
    at: daysAfterReceipt(10).toISOString(),
  };
  return { status: 'RESOLVED', firstResponseAt: daysAfterReceipt(2).toISOString(), finalResponse };
};

describe('cfpbFields: timely response', () => {
  it('is timely when the first response came within 15 days of receipt', () => {
    expect(cfpbFields(complaint({ firstResponseAt: daysAfterReceipt(15).toISOString() }), daysAfterReceipt(40)).timelyResponse).toBe(true);
  });

  it('is untimely when the first response came after 15 days', () => {
    expect(cfpbFields(complaint({ firstResponseAt: new Date(daysAfterReceipt(15).getTime() + 1).toISOString() }), daysAfterReceipt(40)).timelyResponse).toBe(false);
  });

  it('is unknown while there is no response and the 15 days are still running', () => {
    expect(cfpbFields(complaint(), daysAfterReceipt(15)).timelyResponse).toBeNull();
  });

  it('is untimely once the 15 days have passed without a response', () => {
    expect(cfpbFields(complaint(), new Date(daysAfterReceipt(15).getTime() + 1)).timelyResponse).toBe(false);
  });
});

describe('cfpbFields: response category', () => {
  it('is monetary relief when the final response refunds or compensates, whatever else it offers', () => {
    expect(cfpbFields(complaint(resolvedWith(['APOLOGY', 'REFUND'])), daysAfterReceipt(20)).responseCategory).toBe('CLOSED_WITH_MONETARY_RELIEF');
    expect(cfpbFields(complaint(resolvedWith(['COMPENSATION'])), daysAfterReceipt(20)).responseCategory).toBe('CLOSED_WITH_MONETARY_RELIEF');
  });

  it.each<Remedy>(['REPLACEMENT', 'REPAIR', 'APOLOGY', 'OTHER'])('is non-monetary relief when the final response offers %s', (remedy) => {
    expect(cfpbFields(complaint(resolvedWith([remedy, 'EXPLANATION'])), daysAfterReceipt(20)).responseCategory).toBe('CLOSED_WITH_NON_MONETARY_RELIEF');
  });

  it('is closed with explanation when the final response only explains, or offers nothing', () => {
    expect(cfpbFields(complaint(resolvedWith(['EXPLANATION'])), daysAfterReceipt(20)).responseCategory).toBe('CLOSED_WITH_EXPLANATION');
    expect(cfpbFields(complaint(resolvedWith([])), daysAfterReceipt(20)).responseCategory).toBe('CLOSED_WITH_EXPLANATION');
  });

  it('is closed with explanation when the complaint was rejected, even late', () => {
    const rejected = complaint({
      status: 'REJECTED',
      decision: { accepted: false, reason: 'OUT_OF_SCOPE', at: daysAfterReceipt(20).toISOString() },
      firstResponseAt: daysAfterReceipt(20).toISOString(),
    });
    expect(cfpbFields(rejected, daysAfterReceipt(30))).toMatchObject({ timelyResponse: false, responseCategory: 'CLOSED_WITH_EXPLANATION' });
  });

  it('is closed with explanation when the complainant withdrew after a decision', () => {
    const withdrawn = complaint({ status: 'WITHDRAWN', decision: { accepted: true, at: daysAfterReceipt(3).toISOString() }, firstResponseAt: daysAfterReceipt(3).toISOString() });
    expect(cfpbFields(withdrawn, daysAfterReceipt(30)).responseCategory).toBe('CLOSED_WITH_EXPLANATION');
  });

  it('is an untimely response when 15 days passed with no response and no final response', () => {
    expect(cfpbFields(complaint({ status: 'WITHDRAWN' }), daysAfterReceipt(16)).responseCategory).toBe('UNTIMELY_RESPONSE');
    expect(cfpbFields(complaint({ status: 'INVESTIGATING', firstResponseAt: daysAfterReceipt(16).toISOString() }), daysAfterReceipt(20)).responseCategory).toBe('UNTIMELY_RESPONSE');
  });

  it('is in progress while being handled on time', () => {
    expect(cfpbFields(complaint(), daysAfterReceipt(3)).responseCategory).toBe('IN_PROGRESS');
    expect(cfpbFields(complaint({ status: 'INVESTIGATING', firstResponseAt: daysAfterReceipt(1).toISOString() }), daysAfterReceipt(40)).responseCategory).toBe('IN_PROGRESS');
  });
});

describe('cfpbFields: consumer disputed', () => {
  const withFeedback = (rating: number, resolved: boolean) =>
    cfpbFields(complaint({ ...resolvedWith(['REFUND']), status: 'CLOSED', feedback: { rating, resolved, at: daysAfterReceipt(12).toISOString() } }), daysAfterReceipt(20)).consumerDisputed;

  it('is unknown before the complainant gives feedback', () => {
    expect(cfpbFields(complaint(resolvedWith(['REFUND'])), daysAfterReceipt(20)).consumerDisputed).toBeNull();
  });

  it('is disputed when the complainant says it is not resolved, however they rate it', () => {
    expect(withFeedback(5, false)).toBe(true);
  });

  it('is disputed when the rating is 2 or lower', () => {
    expect(withFeedback(2, true)).toBe(true);
    expect(withFeedback(1, true)).toBe(true);
  });

  it('is not disputed when resolved and rated 3 or higher', () => {
    expect(withFeedback(3, true)).toBe(false);
  });
});
