import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { digestBytes, digestHash, type AuditDigest, type ChainHead } from './digest';
import type { ChainHeadStore, DigestArchive, DigestSigner } from './ports';

export interface DigestDependencies {
  heads: ChainHeadStore;
  archive: DigestArchive;
  signer: DigestSigner;
  clock: Clock;
  logger: Logger;
}

/** How many finished days each run looks back over, so a run that failed is made up by the next. */
export const DIGEST_CATCH_UP_DAYS = 7;

export interface DigestRun {
  /** Digests written or found already written, as `<organization>/<day>`. */
  digests: string[];
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The finished UTC days a run covers, oldest first, ending yesterday. */
export function daysToDigest(now: Date, count = DIGEST_CATCH_UP_DAYS): string[] {
  const today = Date.parse(dayOf(now.getTime()));
  return Array.from({ length: count }, (_, i) => dayOf(today - (count - i) * DAY_MS));
}

/**
 * Writes each organization's digest of each finished day it changed complaints on: the
 * chain heads of that day, chained to its previous digest, signed, stored once. A day
 * already digested (or passed by a later digest) is left as it is; a digest another run
 * stored first is adopted, so each is written once.
 */
export async function writeDailyDigests(deps: DigestDependencies, days: readonly string[] = daysToDigest(deps.clock.now())): Promise<DigestRun> {
  const today = dayOf(deps.clock.now().getTime());
  const done: string[] = [];
  for (const day of days) {
    // A day still running could gain heads after its digest is signed.
    if (day >= today) continue;
    const byOrganization = new Map<string, ChainHead[]>();
    for (const { organizationId, ...head } of await deps.heads.headsOfDay(day)) byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), head]);
    for (const [organizationId, heads] of [...byOrganization].sort(([a], [b]) => a.localeCompare(b))) {
      const previous = await deps.heads.latestDigest(organizationId);
      if (previous && previous.day >= day) continue;
      const digest: AuditDigest = { organizationId, day, previous, heads: heads.sort((a, b) => a.complaintId.localeCompare(b.complaintId)) };
      const written = await deps.archive.put({ digest, keyId: await deps.signer.keyId(), signature: await deps.signer.sign(digestBytes(digest)) });
      const stored = written ? digest : (await deps.archive.get(organizationId, day))?.digest;
      if (!stored) throw new Error('audit digest missing after a refused write');
      await deps.heads.recordDigest(organizationId, day, digestHash(stored));
      deps.logger.info('audit.digest_written', { code: `${organizationId}/${day}`, count: heads.length });
      done.push(`${organizationId}/${day}`);
    }
  }
  return { digests: done };
}
