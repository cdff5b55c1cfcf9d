import type { AnalyticsDimension, ComplaintFacts, StatsCell } from './facts';

/** The aggregate cells, as the stream handler keeps them. */
export interface StatsStore {
  /**
   * Replaces what was applied for the complaint with `facts` (null: it is gone), unless
   * this version or a newer one was applied already: then nothing changes and it returns
   * false. All or nothing.
   */
  apply(complaintId: string, version: number, facts: ComplaintFacts | null): Promise<boolean>;
  /** The cells of a dimension for days from..to (inclusive), and how many items that read. */
  cells(organizationId: string, dimension: AnalyticsDimension, from: string, to: string): Promise<{ cells: StatsCell[]; itemsRead: number }>;
}
