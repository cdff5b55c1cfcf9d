import { emergingTopics } from '../../../functions/core/analytics/emerging-topics';
import { topicTerms } from '../../../functions/core/analytics/topic-terms';
import { addDays } from '../../../functions/core/clocks/time-zone';
import { InMemoryStore } from '../../harness/in-memory-store';
import { receivedComplaint } from '../lifecycle/fixtures';
import { ORG } from './fixtures';

const THIS_WEEK = { from: '2026-11-30', to: '2026-12-06' };
const WEEK_BEFORE = { from: '2026-11-23', to: '2026-11-29' };

/** What complainants write about every week, in English and in Chinese. */
const EVERY_WEEK = [
  'My monthly bill was higher than the plan I signed up for.',
  'The mobile network drops calls in my building every evening.',
  'I waited two hours on the phone and nobody answered my question.',
  '手机信号很差，经常掉线，打电话听不清楚。',
  '客服电话一直打不通，问题到现在也没有解决。',
];

let sequence = 0;
async function complaintsIn(store: InMemoryStore, week: { from: string }, texts: string[]) {
  for (const [i, facts] of texts.entries()) {
    sequence += 1;
    const day = addDays(week.from, i % 7);
    const complaint = { ...receivedComplaint(), id: `t${sequence}`, reference: `CP-20261130-${String(sequence).padStart(6, '0')}`, organizationId: ORG, facts, receivedAt: `${day}T02:00:00.000Z`, receivedOn: day };
    await store.create({ complaint, audit: { complaintId: complaint.id, version: 1, at: complaint.receivedAt, actor: { kind: 'COMPLAINANT' }, action: 'COMPLAINT_RECEIVED' } });
  }
}
const steady = (n: number) => Array.from({ length: n }, (_, i) => EVERY_WEEK[i % EVERY_WEEK.length]);

/** Two weeks of the same complaints, then a burst in English and, unless left out, one in Chinese. */
async function twoWeeks(chinese = true): Promise<InMemoryStore> {
  const store = new InMemoryStore();
  await complaintsIn(store, WEEK_BEFORE, [...steady(50), 'Roaming charges appeared on my bill after a trip.']);
  await complaintsIn(store, THIS_WEEK, [
    ...steady(50),
    ...Array.from({ length: 15 }, (_, i) => `After my holiday I found roaming charges of ${100 + i} dollars I never agreed to.`),
    ...(chinese ? Array.from({ length: 12 }, () => '会员到期后被自动续费扣款，没有任何提醒。') : []),
  ]);
  return store;
}

const ask = (store: InMemoryStore, excerpts = true) => emergingTopics(store, { organizationId: ORG, timeZone: 'Asia/Shanghai', period: THIS_WEEK, first: 20, excerpts });

describe('emerging topics', () => {
  it('finds an English phrase that bursts in the period, with its effect size and complaints that mention it', async () => {
    const report = await ask(await twoWeeks(false));
    expect(report).toMatchObject({ previousPeriod: WEEK_BEFORE, currentComplaints: 65, previousComplaints: 51, complete: true, falseDiscoveryRate: 0.05 });
    // The burst's words rose together: one topic, named by its longest most mentioned term.
    expect(report.topics).toHaveLength(1);
    const [roaming] = report.topics;
    expect(roaming).toMatchObject({ term: 'roaming charges', current: 15, previous: 1 });
    expect(roaming.relatedTerms).toEqual(expect.arrayContaining(['holiday found', 'dollars']));
    expect(roaming.rateRatio).toBeCloseTo(15 / 65 / (1 / 51), 12);
    expect(roaming.rateRatioLow!).toBeGreaterThan(1);
    expect(roaming.qValue).toBeLessThanOrEqual(0.05);
    expect(roaming.examples).toHaveLength(3);
    for (const example of roaming.examples) expect(example.excerpt).toMatch(/roaming charges/);
  });

  it('finds a Chinese phrase by its characters', async () => {
    const store = new InMemoryStore();
    await complaintsIn(store, WEEK_BEFORE, steady(50));
    await complaintsIn(store, THIS_WEEK, [...steady(50), ...Array.from({ length: 12 }, () => '会员到期后被自动续费扣款，没有任何提醒。')]);
    const { topics } = await ask(store);
    // One burst, one topic: its character n-grams rose together.
    expect(topics).toHaveLength(1);
    expect([topics[0].term, ...topics[0].relatedTerms]).toEqual(expect.arrayContaining(['自动续', '动续费', '续费扣', '费扣款']));
    expect(topics[0]).toMatchObject({ current: 12, previous: 0, rateRatio: null });
  });

  it('does not list what complainants write about as often as before, in either language', async () => {
    const terms = (await ask(await twoWeeks())).topics.flatMap((t) => [t.term, ...t.relatedTerms]);
    for (const steadyTerm of ['monthly bill', 'network', '信号', '客服']) expect(terms).not.toContain(steadyTerm);
    // Grammatical words are no topic, however often they occur.
    for (const stopword of ['the', 'my', 'i']) expect(terms).not.toContain(stopword);
  });

  it('quotes no complaint where the reader may not see its text: references only', async () => {
    const report = await ask(await twoWeeks(), false);
    expect(report.topics.length).toBeGreaterThan(0);
    for (const topic of report.topics) for (const example of topic.examples) expect(example).toEqual({ complaintId: expect.any(String), reference: expect.stringMatching(/^CP-/), excerpt: null });
  });

  it('finds nothing in a period as ordinary as the one before', async () => {
    const store = new InMemoryStore();
    await complaintsIn(store, WEEK_BEFORE, steady(60));
    await complaintsIn(store, THIS_WEEK, steady(60));
    const report = await ask(store);
    expect(report.termsTested).toBeGreaterThan(20);
    expect(report.topics).toEqual([]);
  });

  it('reads words, word pairs without stopwords, and Chinese character bigrams and trigrams', () => {
    expect([...topicTerms('The credit report shows XXXX accounts from 2019')]).toEqual(['credit', 'report', 'credit report', 'shows', 'report shows', 'accounts']);
    expect([...topicTerms('自动续费')]).toEqual(['自动', '动续', '续费', '自动续', '动续费']);
  });
});
