import type { CaseEntry, Complaint } from '../complaint';
import { canonicalJson, sha256 } from './canonical-json';

/**
 * The complaint's personal fields: exactly what an erasure removes (data-protection.ts).
 * They enter its state digest only through a salted envelope, so a digest kept in the
 * history after an erasure cannot be brute-forced back to a phone number.
 */
export function personalFields(c: Complaint) {
  return {
    name: c.complainant.name,
    email: c.complainant.email,
    phone: c.complainant.phone,
    postalAddress: c.complainant.postalAddress,
    region: c.region,
    facts: c.facts,
    remedyRequested: c.remedyRequested,
    pendingRequest: c.pendingRequest,
    feedbackComment: c.feedback?.comment,
    earlierFeedbackComments: c.earlierFeedback?.map((f) => f.comment),
  };
}

/** SHA-256(salt ‖ canonical personal fields); without a salt (after an erasure, nothing personal is left) the salt is empty. */
export const personalEnvelope = (c: Complaint): string => sha256(c.personalSalt ?? '', canonicalJson(personalFields(c)));

/** The complaint's state at its version, personal fields only by their envelope; the chain's own fields are left out. */
export function stateDigest(c: Complaint): string {
  const { auditHead: _head, personalSalt: _salt, complainant, region: _region, facts: _facts, remedyRequested: _remedy, pendingRequest: _request, feedback, earlierFeedback, ...rest } = c;
  return sha256(
    canonicalJson({
      ...rest,
      complainant: { preferredLanguage: complainant.preferredLanguage },
      feedback: feedback && { ...feedback, comment: undefined },
      earlierFeedback: earlierFeedback?.map((f) => ({ ...f, comment: undefined })),
      personal: personalEnvelope(c),
    }),
  );
}

/** SHA-256(salt ‖ text) of a case entry's text. */
export const textEnvelope = (salt: string, text: string): string => sha256(salt, text);

/**
 * A case entry's digest. Its text counts by its envelope: recomputed while the salt is
 * there, the stored one once an erasure has removed text and salt together.
 */
export function entryDigest(e: CaseEntry): string {
  const { textSalt, textEnvelope: stored, text, ...rest } = e;
  const envelope = text === undefined ? undefined : textSalt !== undefined ? textEnvelope(textSalt, text) : stored;
  return sha256(canonicalJson({ ...rest, text: envelope }));
}
