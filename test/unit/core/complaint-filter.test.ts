import type { Complaint } from '../../../functions/core/complaint';
import { matchesFilter } from '../../../functions/core/complaint-filter';
import { queryTerms } from '../../../functions/core/search/terms';
import { InMemoryStore } from '../../harness/in-memory-store';
import { receivedComplaint, RECEIVED_AT } from '../lifecycle/fixtures';

const at = (iso: string) => new Date(iso);

describe('the complaint filter', () => {
  const received = receivedComplaint({ category: 'Mobile network', facts: '家中两周没有信号' });
  const soonest = [...received.clocks].sort((a, b) => a.atRiskAt.localeCompare(b.atRiskAt))[0];

  it('sees a clock turn at risk, then breached, as time passes, with nothing written', () => {
    const before = new Date(new Date(soonest.atRiskAt).getTime() - 1);
    expect(matchesFilter(received, { clockState: 'AT_RISK' }, before)).toBe(false);
    expect(matchesFilter(received, { clockState: 'ON_TRACK' }, before)).toBe(true);
    expect(matchesFilter(received, { clockState: 'AT_RISK' }, at(soonest.atRiskAt))).toBe(true);
    expect(matchesFilter(received, { clockState: 'BREACHED' }, new Date(new Date(soonest.dueAt).getTime() + 1))).toBe(true);
  });

  it('counts an open complaint without a handler as unassigned, and a closed one as not', () => {
    expect(matchesFilter(received, { unassigned: true }, RECEIVED_AT)).toBe(true);
    expect(matchesFilter({ ...received, handlerId: 'h1' }, { unassigned: true }, RECEIVED_AT)).toBe(false);
    expect(matchesFilter({ ...received, handlerId: 'h1' }, { unassigned: false, handlerId: 'h1' }, RECEIVED_AT)).toBe(true);
    expect(matchesFilter({ ...received, status: 'WITHDRAWN' }, { unassigned: true }, RECEIVED_AT)).toBe(false);
  });

  it('ANDs every field given', () => {
    const c: Complaint = { ...received, handlerId: 'h1', teamId: 'telecom' };
    expect(matchesFilter(c, { teamId: 'telecom', category: 'MOBILE NETWORK', search: queryTerms('信号') }, RECEIVED_AT)).toBe(true);
    expect(matchesFilter(c, { teamId: 'telecom', search: queryTerms('退款') }, RECEIVED_AT)).toBe(false);
    expect(matchesFilter(c, { teamId: 'billing', search: queryTerms('信号') }, RECEIVED_AT)).toBe(false);
  });
});

describe('the in-memory store used by unit tests', () => {
  it('lists what the filter keeps, newest first, page by page', async () => {
    const store = new InMemoryStore();
    const complaints = [0, 1, 2].map((n) => ({ ...receivedAfter(n), id: `c${n}`, reference: `CP-20261130-AAAAA${n}` }));
    for (const c of complaints) store.records.set(c.id, { complaint: c, history: [], entries: [], notifications: [] });
    const list = (after?: { sortKey: string; id: string }) =>
      store.list({ organizationId: complaints[0].organizationId, list: { kind: 'all', filter: { search: queryTerms('信号') } }, first: 2, after, now: RECEIVED_AT });
    const first = await list();
    expect(first.items.map((i) => i.complaint.id)).toEqual(['c2', 'c1']);
    expect(first.hasNextPage).toBe(true);
    const second = await list(first.items[1].position);
    expect(second.items.map((i) => i.complaint.id)).toEqual(['c0']);
    expect(second.hasNextPage).toBe(false);
  });
});

/** The same complaint received `minutes` later. */
function receivedAfter(minutes: number): Complaint {
  return { ...receivedComplaint({ facts: '家中两周没有信号' }), receivedAt: new Date(RECEIVED_AT.getTime() + minutes * 60_000).toISOString() };
}
