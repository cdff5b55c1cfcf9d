import { randomBytes } from 'node:crypto';
import { changeAudits, type AuditEntry, type CaseEntry, type ComplaintChange } from '../complaint';
import type { RandomBytes } from '../intake/codes';
import { canonicalJson, sha256 } from './canonical-json';
import { entryDigest, stateDigest, textEnvelope } from './personal-envelope';

/** What the first sealed entry of a complaint chains from. */
export const GENESIS = '';

const SALT_BYTES = 32;

/**
 * An audit entry's hash: SHA-256(previous hash ‖ canonical JSON of who, when and what,
 * the digests of the case entries written in its version, and the digest of the
 * complaint's state at that version when the entry is the last of its change).
 */
export function entryHash(previous: string, audit: AuditEntry, entries: readonly CaseEntry[]): string {
  const { complaintId, version, at, actor, action, stateDigest: state } = audit;
  return sha256(previous, canonicalJson({ complaintId, version, at, actor, action, entries: entries.map(entryDigest), state }));
}

/**
 * Seals a change unless it is sealed already. The stores seal every change they write
 * this way, so no writer can skip it; a writer that goes on from the complaint it
 * committed (accept, then assign) seals first, so that complaint carries the new head.
 */
export const sealed = (change: ComplaintChange): ComplaintChange => (change.audit.hash === undefined ? sealChange(change) : change);

/**
 * Seals a change before it is written: salts the new personal data, chains each audit
 * entry to the one before (the complaint carries the latest hash as `auditHead`, so no
 * extra read is needed) and sets the new head. An erasure drops the salt with the data,
 * and its own entry is sealed like any other.
 */
export function sealChange(change: ComplaintChange, random: RandomBytes = randomBytes): ComplaintChange {
  const salt = () => random(SALT_BYTES).toString('hex');
  const erasing = change.audit.action === 'PERSONAL_DATA_ERASED';
  const complaint = { ...change.complaint, personalSalt: erasing ? undefined : (change.complaint.personalSalt ?? salt()) };
  const entries = (change.entries ?? []).map((e) => {
    if (e.text === undefined) return e;
    const textSalt = salt();
    return { ...e, textSalt, textEnvelope: textEnvelope(textSalt, e.text) };
  });
  const audits = changeAudits(change);
  const chainedFrom = change.complaint.auditHead ?? GENESIS;
  let previous = chainedFrom;
  const sealed = audits.map((audit, i) => {
    const withState = i === audits.length - 1 ? { ...audit, stateDigest: stateDigest(complaint) } : audit;
    const hash = entryHash(previous, withState, entries.filter((e) => e.version === audit.version));
    previous = hash;
    return { ...withState, hash };
  });
  return {
    ...change,
    complaint: { ...complaint, auditHead: previous },
    audit: sealed[sealed.length - 1],
    precedingAudits: change.precedingAudits && sealed.slice(0, -1),
    entries: change.entries && entries,
    chainedFrom,
  };
}
