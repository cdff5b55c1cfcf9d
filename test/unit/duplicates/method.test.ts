import { contactKeys, phoneDigits, sameContact } from '../../../functions/core/duplicates/contacts';
import { fingerprint } from '../../../functions/core/duplicates/fingerprint';
import { bandKeys, estimatedJaccard, signature } from '../../../functions/core/duplicates/minhash';
import { similarity } from '../../../functions/core/duplicates/similarity';
import { judge, SIMILAR_TEXT_THRESHOLD, type Candidate } from '../../../functions/core/duplicates/suggestions';
import { shingles, tokens } from '../../../functions/core/duplicates/text-shingles';

const LOAN =
  'I paid off my car loan in full in March but the lender keeps reporting the account as 60 days late on my credit report. ' +
  'I called the company four times and each agent told me the error would be fixed within 30 days. ' +
  'Nothing has changed and my mortgage application was declined because of this late payment. I want the late mark removed.';
// Synonyms swapped, two sentences swapped, two typos, a sentence added.
const LOAN_REWORDED =
  'I am writing again about this matter. I phoned the firm four times and each representative informed me the eror would be fixed within 30 days. ' +
  'I paid off my vehicle loan in full in March but the lender keeps reporting the acct as 60 days late on my credit report. ' +
  'Nothing has changed and my mortgage applicaton was declined because of this late installment. I want the late mark removed.';
// Same product and issue, a different complaint.
const LOAN_OTHER =
  'My auto loan servicer reported a late payment for July even though I have autopay set up and the bank statement shows the payment went through on time. ' +
  'They say they cannot change the credit report without a dispute form which they never mailed to me. I want them to correct my credit report.';

// 黑猫投诉 (信*飞): two real complaints about the same lending app.
const FEES =
  '本人在2024年12月25日通过信*飞借款8000元分12期，每月要还803.65元其中每个月担保费70.21元，2025年4月12日通过信*飞借款6400元分6期，' +
  '每月要还1181.39元，2025年10月28日信*飞扣款会员费349元，本人没有享受到信*飞的会员政策，综合年化率超过国家标准，要求退还担保费，高利息费！会员费！';
const FEES_REWORDED =
  '我在2024年12月25日通过信*飞贷款8000元分12期，每个月要还803.65元其中每个月担保费70.21元，2025年4月12日通过信*飞贷款6400元分6期，' +
  '每个月要还1181.39元，2025年10月28日信*飞扣费会员费349元，我没有享受到信*飞的会员政策，综合年化率高于国家规定，请求返还担保费，高利息费！会员费！希望尽快处理。';
const FEES_OTHER =
  '我于2023年7月22日在信*飞平台借款4万元，于8月22日还款4010.93元，并于8月31日提前结清还款，但提前还款时，信*飞多收取4347.98元利息费用（担保费及利息），' +
  '现要求信*飞平台退还多收取的4347.89元利息费用（包含担保费及利息）。';

const score = (a: string, b: string) => similarity(shingles(a), shingles(b)).score;

describe('shingles', () => {
  it('compares Latin text by word pairs without stop words, case or redaction masks', () => {
    expect(tokens('The CHARGE on XX/XX/XXXX was for {$25.00}')).toEqual(['charge', '25', '00']);
    expect(shingles('Charged twice for one order')).toEqual(new Set(['charged twice', 'twice one', 'one order']));
  });

  it('compares Chinese by character pairs, and mixed text by both', () => {
    expect(shingles('退还会员费')).toEqual(new Set(['退 还', '还 会', '会 员', '员 费']));
    expect(shingles('信*飞App扣款')).toEqual(new Set(['信 飞', '飞 app', 'app 扣', '扣 款']));
  });
});

describe('the similarity score', () => {
  it('scores a reworded English repeat high and a different complaint on the same topic low', () => {
    expect(score(LOAN, LOAN_REWORDED)).toBeGreaterThan(0.5);
    expect(score(LOAN, LOAN_OTHER)).toBeLessThan(0.1);
  });

  it('scores a reworded Chinese repeat high and another complaint about the same app low', () => {
    expect(score(FEES, FEES_REWORDED)).toBeGreaterThan(0.5);
    expect(score(FEES, FEES_OTHER)).toBeLessThan(0.15);
  });

  it('sees a truncated copy whole through containment, where Jaccard sees half', () => {
    const half = LOAN.slice(0, LOAN.lastIndexOf(' ', LOAN.length / 2));
    const s = similarity(shingles(LOAN), shingles(half));
    expect(s.jaccard).toBeLessThan(0.6);
    expect(s.containment).toBe(1);
    expect(s.score).toBe(1);
  });

  it('does not let a few words be "contained" in a long complaint', () => {
    expect(score('late payment on my credit report', LOAN)).toBeLessThan(SIMILAR_TEXT_THRESHOLD);
  });
});

describe('MinHash and LSH bands', () => {
  it('estimates Jaccard from the signatures', () => {
    const [a, b] = [shingles(LOAN), shingles(LOAN_REWORDED)];
    expect(Math.abs(estimatedJaccard(signature(a), signature(b)) - similarity(a, b).jaccard)).toBeLessThan(0.2);
  });

  it('puts a reworded repeat in a shared bucket, and a same-topic complaint in none', () => {
    const bands = (text: string) => new Set(bandKeys(signature(shingles(text))));
    const shared = (a: string, b: string) => [...bands(a)].filter((k) => bands(b).has(k)).length;
    expect(shared(LOAN, LOAN_REWORDED)).toBeGreaterThan(0);
    expect(shared(FEES, FEES_REWORDED)).toBeGreaterThan(0);
    expect(shared(LOAN, LOAN_OTHER)).toBe(0);
  });

  it('keys buckets by the band and a hash only: nothing of the text', () => {
    const keys = bandKeys(signature(shingles(LOAN)));
    expect(keys).toHaveLength(16);
    for (const k of keys) expect(k).toMatch(/^\d{1,2}#[0-9a-f]{24}$/);
    expect(bandKeys(signature(shingles('')))).toEqual([]);
  });
});

describe('contacts', () => {
  it('knows a phone written with a country code, spaces or brackets', () => {
    expect(phoneDigits('+86 138-1234-5678')).toBe(phoneDigits('13812345678'));
    expect(phoneDigits('+1 (555) 010-2030')).toBe('5550102030');
  });

  it('matches an email address whatever its case and surrounding spaces, and keeps only hashes', () => {
    const a = contactKeys({ email: 'Alice@Example.com ' });
    expect(sameContact(a, contactKeys({ email: 'alice@example.com' }))).toBe(true);
    expect(sameContact(a, contactKeys({ email: 'alicia@example.com' }))).toBe(false);
    expect(JSON.stringify(contactKeys({ email: 'alice@example.com', phone: '+1 555 010 2030' }))).not.toMatch(/alice|5550102030/);
  });
});

describe('judging an earlier complaint', () => {
  // A complaint received on 30 Dec 2026: contact window from 30 Nov, text window from 3 Jul.
  const since = { text: '2026-07-03T02:00:00.000Z', contact: '2026-11-30T02:00:00.000Z' };
  const earlier = (receivedAt: string, facts: string, email: string): Candidate => ({
    id: 'c0',
    organizationId: 'acme',
    reference: 'CP-20261201-AAAAAA',
    facts,
    receivedAt,
    complainant: { name: 'A', email, preferredLanguage: 'EN' },
  });
  const fresh = fingerprint(LOAN_OTHER, { email: 'alice@example.com' });

  it('flags the same contact within the window, with the text score', () => {
    const s = judge(fresh, earlier('2026-12-10T00:00:00.000Z', LOAN, 'ALICE@example.com'), since);
    expect(s).toEqual({ complaintId: 'c0', reference: 'CP-20261201-AAAAAA', score: expect.any(Number), reasons: ['SAME_CONTACT'], status: 'OPEN' });
    expect(s!.score).toBeLessThan(SIMILAR_TEXT_THRESHOLD);
  });

  it('does not flag the same contact outside the window when the text differs', () => {
    expect(judge(fresh, earlier('2026-11-29T00:00:00.000Z', LOAN, 'alice@example.com'), since)).toBeNull();
  });

  it('flags near-identical text from anyone within the text window', () => {
    const repeat = fingerprint(LOAN_REWORDED, { email: 'someone@example.com' });
    expect(judge(repeat, earlier('2026-09-01T00:00:00.000Z', LOAN, 'alice@example.com'), since)?.reasons).toEqual(['SIMILAR_TEXT']);
    expect(judge(repeat, earlier('2026-07-01T00:00:00.000Z', LOAN, 'alice@example.com'), since)).toBeNull();
  });
});
