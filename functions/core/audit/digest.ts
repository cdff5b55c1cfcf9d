import { verify } from 'node:crypto';
import type { HistoryProblemCode } from '../../graphql/generated/types';
import { canonicalJson, sha256 } from './canonical-json';

/** A complaint's latest audit entry on a day. */
export interface ChainHead {
  complaintId: string;
  version: number;
  hash: string;
}

/** One organization's chain heads of one UTC day, chained to its previous digest. */
export interface AuditDigest {
  organizationId: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  /** The organization's digest before this one (days without changes have none). */
  previous: { day: string; hash: string } | null;
  /** Sorted by complaint id. */
  heads: ChainHead[];
}

/** A digest with its ECDSA P-256 / SHA-256 signature (DER, base64) and the key that made it. */
export interface SignedDigest {
  digest: AuditDigest;
  keyId: string;
  signature: string;
}

/**
 * A stored digest's text as a signed digest. Text that is not one (edited into broken JSON,
 * or missing its parts) reads as a digest of that organization and day with no signature,
 * so its check fails as DIGEST_INVALID rather than stopping the verification.
 */
export function readSignedDigest(text: string, organizationId: string, day: string): SignedDigest {
  try {
    const parsed = JSON.parse(text) as SignedDigest;
    const d = parsed?.digest;
    if (typeof parsed.signature === 'string' && typeof parsed.keyId === 'string' && typeof d?.organizationId === 'string' && typeof d.day === 'string' && Array.isArray(d.heads)) return parsed;
  } catch {
    // falls through to the unsigned placeholder
  }
  return { digest: { organizationId, day, previous: null, heads: [] }, keyId: '', signature: '' };
}

/** What is signed and hashed: the canonical JSON of the digest. */
export const digestBytes = (d: AuditDigest): Buffer => Buffer.from(canonicalJson(d), 'utf8');
export const digestHash = (d: AuditDigest): string => sha256(canonicalJson(d));

/** The UTC day of an ISO instant. */
export const utcDay = (iso: string): string => iso.slice(0, 10);

export type DigestProblem = Extract<HistoryProblemCode, 'DIGEST_INVALID' | 'DIGEST_MISMATCH' | 'DIGEST_CHAIN_BROKEN'>;

/**
 * Checks a digest read from the archive under (organization, day): its signature, that it
 * is the digest of that organization and day (a digest moved to another day's place fails)
 * and that it chains to the digest it names as previous. Null when it holds.
 */
export function checkDigest(
  signed: SignedDigest,
  expected: { organizationId: string; day: string },
  publicKeyPem: string | null,
  previous: SignedDigest | null,
): DigestProblem | null {
  let valid: boolean;
  try {
    valid = publicKeyPem !== null && verify('sha256', digestBytes(signed.digest), publicKeyPem, Buffer.from(signed.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return 'DIGEST_INVALID';
  if (signed.digest.organizationId !== expected.organizationId || signed.digest.day !== expected.day) return 'DIGEST_MISMATCH';
  const link = signed.digest.previous;
  if (link && (!previous || previous.digest.day !== link.day || digestHash(previous.digest) !== link.hash)) return 'DIGEST_CHAIN_BROKEN';
  return null;
}
