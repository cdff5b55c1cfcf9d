import type { HistoryProblemCode } from '../../graphql/generated/types';
import type { AuditAction, AuditEntry, CaseEntry } from '../complaint';
import { ERASED } from '../data-protection';
import type { ComplaintRecord } from '../ports';
import { checkDigest, utcDay, type SignedDigest } from './digest';
import { stateDigest } from './personal-envelope';
import { entryHash, GENESIS } from './seal';

// The codes come from schema.graphql.
export type { HistoryProblemCode };

/** The first entry that does not verify: its version (and, when it is there, what and when). */
export interface HistoryProblem {
  code: HistoryProblemCode;
  version: number;
  action?: AuditAction;
  at?: string;
  /** For a digest's problem: the day of the digest. */
  day?: string;
}

export interface HistoryVerification {
  verified: boolean;
  entries: number;
  /** The first sealed version; entries before it were written before the chain existed. */
  sealedFromVersion?: number;
  /** Days whose signed digest confirmed this complaint's chain. */
  digestDays: string[];
  problem?: HistoryProblem;
}

/** The signed digest stored for one of the complaint's days, with what checking it needs. */
export interface DayDigest {
  day: string;
  signed: SignedDigest;
  publicKeyPem: string | null;
  /** The digest it names as previous, if that one could be read. */
  previous: SignedDigest | null;
}

const at = (entry: AuditEntry, code: HistoryProblemCode): HistoryProblem => ({ code, version: entry.version, action: entry.action, at: entry.at });

/** Where the stored history first departs from versions 1, 2, 3… */
function orderProblem(history: readonly AuditEntry[]): HistoryProblem | undefined {
  for (let i = 0; i < history.length; i += 1) {
    const expected = i + 1;
    if (history[i].version === expected) continue;
    return history.some((h) => h.version === expected) ? at(history[i], 'OUT_OF_ORDER') : { code: 'MISSING_ENTRY', version: expected };
  }
  return undefined;
}

/** A text without its salt must have been erased by a recorded erasure: otherwise its stored envelope would hide an edit. */
const textHolds = (e: CaseEntry, history: readonly AuditEntry[]): boolean =>
  e.text === undefined || e.textSalt !== undefined || (e.text === ERASED && history.some((h) => h.action === 'PERSONAL_DATA_ERASED' && h.version > e.version));

/** Recomputes the chain; the first entry whose hash does not follow. */
function chainProblem(record: ComplaintRecord): HistoryProblem | undefined {
  let previous: string | undefined;
  for (const entry of record.history) {
    if (entry.hash === undefined) {
      if (previous !== undefined) return at(entry, 'NOT_SEALED');
      continue;
    }
    const entries = record.entries.filter((e) => e.version === entry.version);
    if (!entries.every((e) => textHolds(e, record.history)) || entryHash(previous ?? GENESIS, entry, entries) !== entry.hash) return at(entry, 'HASH_MISMATCH');
    previous = entry.hash;
  }
  return undefined;
}

/** The complaint as stored must be the state the last entry sealed. */
function stateProblem(record: ComplaintRecord): HistoryProblem | undefined {
  const { complaint, history } = record;
  const last = history[history.length - 1];
  if (complaint.version > last.version) return { code: 'MISSING_ENTRY', version: last.version + 1 };
  if (complaint.version < last.version || complaint.auditHead !== last.hash || stateDigest(complaint) !== last.stateDigest) return at(last, 'STATE_MISMATCH');
  return undefined;
}

/** Each day's signed digest must be sound and hold this complaint's chain at the version it names. */
function digestProblems(record: ComplaintRecord, digests: readonly DayDigest[]): { problems: HistoryProblem[]; confirmed: string[] } {
  const problems: HistoryProblem[] = [];
  const confirmed: string[] = [];
  const { complaint, history } = record;
  for (const d of digests) {
    const first = history.find((h) => utcDay(h.at) === d.day) ?? history[0];
    const bad = checkDigest(d.signed, { organizationId: complaint.organizationId, day: d.day }, d.publicKeyPem, d.previous);
    if (bad) {
      problems.push({ ...at(first, bad), day: d.day });
      continue;
    }
    const head = d.signed.digest.heads.find((h) => h.complaintId === complaint.id);
    // Heads are recorded on the day a change is written; a day reached only by the
    // `at` of a caught-up system step has none for this complaint.
    if (!head) continue;
    const entry = history.find((h) => h.version === head.version);
    if (!entry) problems.push({ code: 'MISSING_ENTRY', version: head.version, day: d.day });
    else if (entry.hash !== head.hash) problems.push({ ...at(entry, 'DIGEST_MISMATCH'), day: d.day });
    else confirmed.push(d.day);
  }
  return { problems, confirmed };
}

/**
 * Verifies a complaint's history: the order of its entries, the hash chain (entries and
 * the case entries of each version), the stored state against the last entry, and each
 * signed daily digest given. Names the first entry that does not verify (the lowest
 * version; at one version, a broken chain before a digest's complaint).
 */
export function verifyHistory(record: ComplaintRecord, digests: readonly DayDigest[] = []): HistoryVerification {
  const { history } = record;
  const sealed = history.find((h) => h.hash !== undefined);
  const base = { entries: history.length, sealedFromVersion: sealed?.version };
  if (!sealed) return { ...base, verified: false, digestDays: [], problem: history[0] ? at(history[0], 'NOT_SEALED') : { code: 'MISSING_ENTRY', version: 1 } };
  const structural = orderProblem(history) ?? chainProblem(record) ?? stateProblem(record);
  const { problems, confirmed } = digestProblems(record, digests);
  const all = [...(structural ? [structural] : []), ...problems];
  const problem = all.reduce<HistoryProblem | undefined>((first, p) => (first === undefined || p.version < first.version ? p : first), undefined);
  return { ...base, verified: problem === undefined, digestDays: problem ? [] : confirmed, problem };
}

/** The UTC days a complaint's sealed entries were written on: the days whose digests can speak for it. */
export const daysOfHistory = (history: readonly AuditEntry[]): string[] => [...new Set(history.filter((h) => h.hash !== undefined).map((h) => utcDay(h.at)))].sort();
