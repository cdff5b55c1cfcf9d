import type { ComplaintRecord } from '../ports';
import { checkDigest, type SignedDigest } from './digest';
import type { DigestArchive, DigestKeys } from './ports';
import { daysOfHistory, verifyHistory, type DayDigest, type HistoryVerification } from './verify-history';

export interface VerificationDependencies {
  archive: DigestArchive;
  keys: DigestKeys;
}

async function dayDigest(deps: VerificationDependencies, organizationId: string, day: string): Promise<DayDigest | null> {
  const signed = await deps.archive.get(organizationId, day);
  if (!signed) return null;
  const link = signed.digest.previous;
  const previous = link ? await deps.archive.get(organizationId, link.day) : null;
  return { day, signed, previous, publicKeyPem: await deps.keys.publicKeyPem(signed.keyId) };
}

/**
 * A complaint's history checked against its chain and the signed digests of the days it
 * was changed on, and of any `alsoDays` (a digest that names it, though no entry of that day is left).
 */
export async function verifyComplaintHistory(deps: VerificationDependencies, record: ComplaintRecord, alsoDays: readonly string[] = []): Promise<HistoryVerification> {
  const days = [...new Set([...daysOfHistory(record.history), ...alsoDays])].sort();
  const found = await Promise.all(days.map((day) => dayDigest(deps, record.complaint.organizationId, day)));
  return verifyHistory(record, found.filter((d): d is DayDigest => d !== null));
}

export interface DigestCheck {
  day: string;
  problem?: string;
  /** The complaints the digest holds, with the version it holds each at. */
  heads: SignedDigest['digest']['heads'];
}

/** Every stored digest of an organization (or one day's): signature, place and chain, oldest first. */
export async function verifyDigests(deps: VerificationDependencies, organizationId: string, onlyDay?: string): Promise<DigestCheck[]> {
  const days = onlyDay ? [onlyDay] : await deps.archive.days(organizationId);
  const checks: DigestCheck[] = [];
  for (const day of days) {
    const d = await dayDigest(deps, organizationId, day);
    if (!d) {
      checks.push({ day, problem: 'DIGEST_MISSING', heads: [] });
      continue;
    }
    const problem = checkDigest(d.signed, { organizationId, day }, d.publicKeyPem, d.previous) ?? undefined;
    checks.push({ day, problem, heads: d.signed.digest.heads });
  }
  return checks;
}
