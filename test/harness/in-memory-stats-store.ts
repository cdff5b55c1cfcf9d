import { complaintFacts, factsDelta, type AnalyticsDimension, type ComplaintFacts, type StatsCell } from '../../functions/core/analytics/facts';
import type { StatsStore } from '../../functions/core/analytics/ports';
import type { Complaint } from '../../functions/core/complaint';

const cellId = (organizationId: string, cell: Pick<StatsCell, 'dimension' | 'day' | 'key'>) => JSON.stringify([organizationId, cell.dimension, cell.day, cell.key]);

/**
 * A fake of the aggregates for unit tests: the same facts and deltas the stream handler
 * applies, kept in memory. Reading counts one item per cell, as a Query over the cells would.
 */
export class InMemoryStatsStore implements StatsStore {
  private readonly applied = new Map<string, { version: number; facts: ComplaintFacts | null }>();
  private readonly cellsById = new Map<string, StatsCell & { organizationId: string }>();

  async apply(complaintId: string, version: number, facts: ComplaintFacts | null): Promise<boolean> {
    const last = this.applied.get(complaintId);
    if (last && last.version >= version) return false;
    // There is a delta only when either side has facts, so the organization is known.
    const organizationId = (facts ?? last?.facts)?.organizationId as string;
    for (const delta of factsDelta(last?.facts ?? null, facts)) {
      const id = cellId(organizationId, delta);
      const cell = this.cellsById.get(id) ?? { ...delta, organizationId, counters: {} };
      for (const [name, n] of Object.entries(delta.counters)) cell.counters[name] = (cell.counters[name] ?? 0) + n;
      this.cellsById.set(id, cell);
    }
    this.applied.set(complaintId, { version, facts });
    return true;
  }

  /** What the stream handler does with a stored complaint. */
  add(...complaints: Complaint[]): Promise<boolean[]> {
    return Promise.all(complaints.map((c) => this.apply(c.id, c.version, complaintFacts(c))));
  }

  async cells(organizationId: string, dimension: AnalyticsDimension, from: string, to: string): Promise<{ cells: StatsCell[]; itemsRead: number }> {
    const cells = [...this.cellsById.values()]
      .filter((c) => c.organizationId === organizationId && c.dimension === dimension && c.day >= from && c.day <= to)
      .sort((a, b) => (a.day + a.key < b.day + b.key ? -1 : 1))
      .map(({ dimension: d, day, key, counters }) => ({ dimension: d, day, key, counters: { ...counters } }));
    return { cells, itemsRead: cells.length };
  }
}
