import type { Complaint, ComplaintChange } from './complaint';
import { VersionConflict } from './errors';
import type { ComplaintStore } from './ports';

const ATTEMPTS = 5;

/**
 * For system steps that must land whatever else happens to the complaint meanwhile:
 * reads the latest version, asks `decide` for a change (or null for nothing to do),
 * and commits it, starting over when another change got in first.
 */
export async function commitWithRetry(
  store: ComplaintStore,
  complaintId: string,
  decide: (complaint: Complaint) => ComplaintChange | null,
): Promise<ComplaintChange | null> {
  for (let attempt = 1; ; attempt += 1) {
    const complaint = await store.get(complaintId);
    if (!complaint) throw new Error('complaint not found');
    const change = decide(complaint);
    if (!change) return null;
    try {
      await store.commit(change);
      return change;
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt === ATTEMPTS) throw error;
    }
  }
}
