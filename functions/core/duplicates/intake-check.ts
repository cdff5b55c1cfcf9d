import type { Complainant, DuplicateIndexEntry } from '../complaint';
import { errorName, type Logger } from '../logger';
import { findDuplicates } from './find-duplicates';
import { CONTACT_WINDOW_DAYS, fingerprint, indexExpiry, TEXT_WINDOW_DAYS } from './fingerprint';
import type { DuplicateIndex } from './ports';
import type { DuplicateSuggestion } from './suggestions';

export interface DuplicateCheck {
  suggestions: DuplicateSuggestion[];
  /** What the submission's transaction writes so later complaints find this one; absent if it could not be computed. */
  index?: DuplicateIndexEntry;
}

/**
 * The duplicate suggestions of a new complaint and its own index entries. Never fails a
 * submission: whatever goes wrong, the complaint is received without suggestions and the
 * error's name (only) is logged.
 */
export async function checkForDuplicates(
  deps: { duplicates?: DuplicateIndex; logger: Logger },
  organizationId: string,
  facts: string,
  complainant: Pick<Complainant, 'email' | 'phone'>,
  receivedAt: Date,
): Promise<DuplicateCheck> {
  try {
    const print = fingerprint(facts, complainant);
    const index: DuplicateIndexEntry = {
      bands: print.bands,
      bandsExpireAt: indexExpiry(receivedAt, TEXT_WINDOW_DAYS),
      phoneHash: print.contacts.phoneHash,
      phoneExpiresAt: indexExpiry(receivedAt, CONTACT_WINDOW_DAYS),
    };
    if (!deps.duplicates) return { suggestions: [], index };
    try {
      return { suggestions: await findDuplicates(deps.duplicates, organizationId, print, receivedAt), index };
    } catch (error) {
      deps.logger.warn('intake.duplicate_check_failed', { errorName: errorName(error) });
      return { suggestions: [], index };
    }
  } catch (error) {
    deps.logger.warn('intake.duplicate_check_failed', { errorName: errorName(error) });
    return { suggestions: [] };
  }
}
