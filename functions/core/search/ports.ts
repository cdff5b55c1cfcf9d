import type { Complaint } from '../complaint';

/** Keeps the search index in step with the complaints; fed by the table's stream. */
export interface SearchIndexer {
  /**
   * Makes the complaint's postings those of its terms at `version` (none when `complaint`
   * is null: it is gone). Returns false when a later version was indexed already, or the
   * terms did not change: then nothing is written.
   */
  apply(complaintId: string, version: number, complaint: Complaint | null): Promise<boolean>;
}
