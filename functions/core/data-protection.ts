import { createHash } from 'node:crypto';
import type { Clock } from './clock';
import { nextVersion, type Actor, type CaseEntry, type Complaint, type ComplaintChange, type Feedback, type Notification } from './complaint';
import { fingerprint } from './duplicates/fingerprint';
import { VersionConflict } from './errors';
import type { FileStore } from './files/ports';
import type { InboundEmailStore } from './inbound/inbound-email';
import { complaintFilePrefix } from './files/stored-file';
import type { Logger } from './logger';
import type { ComplaintRecord, ComplaintStore } from './ports';

/** Keys a complainant's complaints by their email without putting the address in a key. */
export const complainantKey = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

export const ERASED = '[erased]';

const withoutComment = (f: Feedback): Feedback => ({ ...f, comment: undefined });

/** Every complaint of a complainant in the organization, with everything recorded about it. */
export async function exportComplainantData(store: ComplaintStore, organizationId: string, email: string): Promise<ComplaintRecord[]> {
  const ids = await store.complaintIdsOfComplainant(organizationId, complainantKey(email));
  const records = await Promise.all(ids.map((id) => store.getRecord(id)));
  return records.filter((r): r is ComplaintRecord => r !== null);
}

/**
 * The version of a complaint without its complainant's personal data: name, contact
 * details, the facts and request in their words, their answers and every feedback comment. What
 * statistics need (category, channel, dates, outcome, clocks) and the shape of the
 * history (every audit entry, who and when) are kept. Its duplicate-index entries are deleted,
 * and its files' names (their bytes are deleted by eraseComplainantData).
 * The salts of the personal data go with it, the envelopes stay: the audit chain still
 * verifies (core/audit/seal.ts).
 */
export function erasure(record: ComplaintRecord, actor: Actor, at: Date): ComplaintChange {
  const c = record.complaint;
  const complaint: Partial<Complaint> = {
    complainant: { name: ERASED, preferredLanguage: c.complainant.preferredLanguage },
    facts: ERASED,
    remedyRequested: ERASED,
    region: undefined,
    pendingRequest: c.pendingRequest === undefined ? undefined : ERASED,
    feedback: c.feedback && withoutComment(c.feedback),
    earlierFeedback: c.earlierFeedback?.map(withoutComment),
  };
  const change = nextVersion(c, complaint, 'PERSONAL_DATA_ERASED', actor, at);
  const entries: CaseEntry[] = record.entries.filter((e) => e.text !== undefined).map((e) => ({ ...e, text: ERASED, textSalt: undefined }));
  const notifications: Notification[] = record.notifications.filter((n) => n.detail?.text !== undefined).map((n) => ({ ...n, detail: { ...n.detail, text: ERASED } }));
  // File records are outside the chain: the entries keep each file's SHA-256 and key, so the history still verifies.
  const files = (record.files ?? []).map((f) => ({ ...f, name: ERASED, erased: true }));
  // Its duplicate-index entries go too: a phone hash is enough to find the person again, and the buckets to match their words.
  const { bands, contacts } = fingerprint(c.facts, c.complainant);
  return { ...change, rewrites: { entries, notifications, ...(files.length ? { files } : {}) }, dropDuplicateIndex: { bands, phoneHash: contacts.phoneHash } };
}

/**
 * Erases a complainant's personal data from all their complaints; each complaint is one version with its audit entry.
 * The emails they sent to the inbound address lose their bytes, sender and subject.
 * Their files' bytes go first, before each attempt, every object under the complaint's prefix
 * (attached, pending or never recorded): an attempt that conflicts with a new attachment deletes it on the next.
 */
export async function eraseComplainantData(
  deps: { store: ComplaintStore; clock: Clock; logger: Logger; files?: FileStore; inboundEmails?: InboundEmailStore },
  organizationId: string,
  email: string,
  actor: Actor,
): Promise<number> {
  const ids = await deps.store.complaintIdsOfComplainant(organizationId, complainantKey(email));
  for (const id of ids) {
    // The erasure rewrites the record's entries too, so it is decided from a fresh read each attempt.
    for (let attempt = 1; ; attempt += 1) {
      const record = await deps.store.getRecord(id);
      if (!record) break;
      // Every attempt: a conflict may come from a file attached since the last one.
      await deps.files?.deleteUnder(complaintFilePrefix(record.complaint.organizationId, id));
      try {
        await deps.store.commit(erasure(record, actor, deps.clock.now()));
        break;
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt === 5) throw error;
      }
    }
    deps.logger.info('complainant.erased', { complaintId: id });
  }
  await eraseInboundEmails(deps, organizationId, email);
  return ids.length;
}

/** The emails they sent: the raw bytes deleted, the sender and subject erased; the record (state, verdicts, size) stays for staff. */
async function eraseInboundEmails(deps: { files?: FileStore; inboundEmails?: InboundEmailStore; clock: Clock }, organizationId: string, email: string): Promise<void> {
  for (const id of (await deps.inboundEmails?.idsFromSender(organizationId, complainantKey(email))) ?? []) {
    const record = await deps.inboundEmails!.get(organizationId, id);
    if (!record) continue;
    if (record.rawKey) await deps.files?.deleteUnder(record.rawKey);
    await deps.inboundEmails!.save({ ...record, from: ERASED, subject: record.subject && ERASED, rawKey: undefined, updatedAt: deps.clock.now().toISOString() });
  }
}
