import { CONTACT_WINDOW_DAYS, TEXT_WINDOW_DAYS, windowStart, type Fingerprint } from './fingerprint';
import type { DuplicateIndex } from './ports';
import { bySimilarity, judge, type DuplicateSuggestion } from './suggestions';

/** Newest ids read per bucket or contact: a flooded bucket costs one bounded Query. */
export const PER_LOOKUP = 10;
/** Earlier complaints read and scored exactly, those sharing the most buckets first. */
export const MAX_CANDIDATES = 8;
/** Suggestions kept with the complaint. */
export const MAX_SUGGESTIONS = 5;

/**
 * The earlier complaints of the organization a new one may duplicate: the ids in its LSH
 * buckets and under its email and phone hashes (one bounded Query each, in parallel), the
 * most promising read together and judged exactly.
 */
export async function findDuplicates(
  index: DuplicateIndex,
  organizationId: string,
  fresh: Fingerprint,
  receivedAt: Date,
): Promise<DuplicateSuggestion[]> {
  const since = { text: windowStart(receivedAt, TEXT_WINDOW_DAYS), contact: windowStart(receivedAt, CONTACT_WINDOW_DAYS) };
  const { emailHash, phoneHash } = fresh.contacts;
  const [buckets, byEmail, byPhone] = await Promise.all([
    Promise.all(fresh.bands.map((band) => index.bucket(organizationId, band, since.text, PER_LOOKUP))),
    emailHash ? index.sameEmail(organizationId, emailHash, since.contact, PER_LOOKUP) : [],
    phoneHash ? index.samePhone(organizationId, phoneHash, since.contact, PER_LOOKUP) : [],
  ]);
  const weight = new Map<string, number>();
  // A contact match outranks any number of shared buckets: it is a reason on its own.
  for (const id of [...byEmail, ...byPhone]) weight.set(id, (weight.get(id) ?? 0) + fresh.bands.length + 1);
  for (const ids of buckets) for (const id of ids) weight.set(id, (weight.get(id) ?? 0) + 1);
  const chosen = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  const candidates = chosen.length > 0 ? await index.candidates(chosen) : [];
  return candidates
    .filter((c) => c.organizationId === organizationId)
    .map((c) => judge(fresh, c, since))
    .filter((s): s is DuplicateSuggestion => s !== null)
    .sort(bySimilarity)
    .slice(0, MAX_SUGGESTIONS);
}
