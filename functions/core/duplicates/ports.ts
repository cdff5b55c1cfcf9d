import type { Candidate } from './suggestions';

/**
 * Where intake finds earlier complaints without a Scan: LSH buckets and contact indexes
 * written in each submission's transaction, read newest first from `since` on.
 */
export interface DuplicateIndex {
  /** Ids in one band bucket, newest first, at most `limit`. */
  bucket(organizationId: string, band: string, since: string, limit: number): Promise<string[]>;
  /** Ids of complaints with this email hash / phone hash, newest first, at most `limit`. */
  sameEmail(organizationId: string, emailHash: string, since: string, limit: number): Promise<string[]>;
  samePhone(organizationId: string, phoneHash: string, since: string, limit: number): Promise<string[]>;
  /**
   * The complaints to score, read together and eventually consistent (they were written
   * before, like the buckets that named them); ids that do not exist are left out.
   */
  candidates(ids: string[]): Promise<Candidate[]>;
}
