import { createHash, randomUUID } from 'node:crypto';
import type { SubmitComplaintInput } from '../../graphql/generated/types';
import { COMPLAINANT, followedBy, SYSTEM, type Complaint, type ComplaintChange, type Language } from '../complaint';
import { complainantKey, ERASED } from '../data-protection';
import { DomainError, notFound } from '../errors';
import { PENDING_SECONDS } from '../files/file-service';
import { ALLOWED_CONTENT_TYPES, MAX_FILE_BYTES, MAX_FILES_PER_COMPLAINT, MAX_FILE_NAME, sanitizeFileName } from '../files/limits';
import type { FileRecords, FileStore } from '../files/ports';
import { objectKey, type StoredFileRecord } from '../files/stored-file';
import { submitComplaint, type IntakeDependencies } from '../intake/submit-complaint';
import { LIMITS } from '../intake/limits';
import { TEXT_LIMITS } from '../lifecycle/inputs';
import { performForComplainant, type Decide, type LifecycleDependencies } from '../lifecycle/service';
import { addInternalNote, attachFile, provideInformation, receiveComplainantMessage, type StepContext } from '../lifecycle/steps';
import { TERMINAL } from '../lifecycle/transitions';
import { errorName } from '../logger';
import type { ComplaintRecord } from '../ports';
import {
  UnparseableEmail,
  type AuthenticationVerdicts,
  type EmailAttachment,
  type InboundEmailRecord,
  type InboundEmailStore,
  type MailParser,
  type ParsedEmail,
  type ReceivedEmail,
} from './inbound-email';
import type { ReplyAddresses } from './reply-address';
import { withoutSignature } from './reply-text';

/** A raw message over this is REJECTED unparsed (SES accepts up to 40 MB; no complaint needs more than a file's limit). */
export const MAX_RAW_BYTES = MAX_FILE_BYTES;
/** Messages one sender may send in an hour; the next ones are THROTTLED (kept, not processed). */
export const SENDER_MESSAGES_PER_HOUR = 10;
const HOUR_MS = 3600_000;
/** Longer than the inbound function's timeout (1 minute): a record still PROCESSING after it was left by a crash. */
const PROCESSING_MS = 90_000;
/** The latest emails a complaint remembers having taken a step of: enough to recognise one processed again. */
const REMEMBERED_EMAILS = 20;
/** What a record keeps of a subject: enough to recognize it in a list. */
const SUBJECT_MAX = 300;

/** The parts of mail handling another module provides: MIME parsing, auto-reply detection, cutting quotes and signatures. */
export interface InboundMail {
  parser: MailParser;
  /** Why a message is automatic (an auto-reply, out-of-office, bounce, list message), or null for a person's message. */
  automaticMessageReason(parsed: ParsedEmail, envelopeFrom?: string): string | null;
  /** The new text of a reply: quoted earlier messages and signatures cut off. */
  newReplyText(text: string): string;
}

export interface InboundEmailDependencies extends IntakeDependencies, LifecycleDependencies {
  inboundEmails: InboundEmailStore;
  files: FileStore;
  fileRecords: FileRecords;
  mail: InboundMail;
  addresses: ReplyAddresses;
  /** The address the platform sends from: a message from it (or from the inbound address) is a loop. */
  senderAddress: string;
}

/** How staff and the API reach the intake of email. */
export interface InboundEmailService {
  receive(email: ReceivedEmail): Promise<InboundEmailRecord>;
  reprocess(organizationId: string, id: string): Promise<InboundEmailRecord>;
  /** The kept message as plain text (at most `max` characters), or null when it cannot be parsed or is not kept. */
  text(record: InboundEmailRecord, max: number): Promise<string | null>;
}

export const inboundEmailService = (deps: InboundEmailDependencies): InboundEmailService => ({
  receive: (email) => receiveEmail(deps, email),
  reprocess: (organizationId, id) => reprocessInboundEmail(deps, organizationId, id),
  text: (record, max) => keptText(deps, record, max),
});

type Outcome = Pick<InboundEmailRecord, 'state' | 'reason' | 'complaintId'>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const failed = (v?: AuthenticationVerdicts) => v !== undefined && [v.spf, v.dkim, v.dmarc].includes('FAIL');
const rawKeyOf = (id: string) => `inbound/${id}.eml`;

/**
 * Takes in one received message. Its raw bytes and record are kept first (the record id is
 * the bytes' SHA-256, so a message delivered twice is one record, processed once), then
 * it is processed: size, parsing, automatic messages, the sender's throttle, then a reply
 * to a complaint (by its reply address) or a new complaint. Whatever happens the record
 * says what became of it; a failure leaves it UNPROCESSED, to be processed again.
 */
export async function receiveEmail(deps: InboundEmailDependencies, email: ReceivedEmail): Promise<InboundEmailRecord> {
  const id = sha256(email.raw);
  const organizationId = deps.settingsDefaults.organizationId;
  const tooLarge = email.raw.length > MAX_RAW_BYTES;
  // The one message not kept whole: the carrier (SES's inbound bucket) still holds it.
  if (!tooLarge) await deps.files.put(rawKeyOf(id), email.raw, 'message/rfc822');
  const record: InboundEmailRecord = {
    id,
    organizationId,
    receivedAt: email.receivedAt,
    state: 'UNPROCESSED',
    reason: 'PROCESSING',
    from: email.envelope.from?.toLowerCase(),
    verdicts: email.verdicts,
    authenticationFailed: failed(email.verdicts),
    rawKey: tooLarge ? undefined : rawKeyOf(id),
    size: email.raw.length,
    attempts: 1,
    updatedAt: deps.clock.now().toISOString(),
  };
  if (!(await deps.inboundEmails.putNew(record))) {
    deps.logger.info('inbound.duplicate_delivery');
    const kept = (await deps.inboundEmails.get(organizationId, id)) ?? record;
    // A delivery retried after a crash (SES retries a failed function) takes over what the crash left.
    if (tooLarge || !leftByCrash(deps, kept)) return kept;
    return (await takeOver(deps, kept, email.raw, { envelope: email.envelope, throttle: false })) ?? kept;
  }
  if (tooLarge) return finish(deps, record, { state: 'REJECTED', reason: 'TOO_LARGE' });
  return processKept(deps, record, email.raw, { envelope: email.envelope, throttle: true });
}

/**
 * Processes a kept message again (after a fix, or because staff chose to: a THROTTLED one
 * is not throttled again). One in a complaint is returned as it is: never added twice. One
 * a failure left half done (its complaint made, its record not finished) goes on from there.
 */
export async function reprocessInboundEmail(deps: InboundEmailDependencies, organizationId: string, id: string): Promise<InboundEmailRecord> {
  const record = await deps.inboundEmails.get(organizationId, id);
  if (!record) throw notFound('id', 'inbound email');
  if (record.complaintId && record.state !== 'UNPROCESSED') return record;
  const busy = () => new DomainError('CONFLICT', 'This email is being processed now; try again in a few minutes if it stays unprocessed.');
  if (record.reason === 'PROCESSING' && !leftByCrash(deps, record)) throw busy();
  const raw = record.rawKey ? await deps.files.get(record.rawKey) : null;
  if (!raw) throw new DomainError('INVALID_TRANSITION', 'This email was not kept (it was over the size limit), so it cannot be processed again.');
  const done = await takeOver(deps, record, raw, { throttle: false });
  if (!done) throw busy();
  return done;
}

const leftByCrash = (deps: InboundEmailDependencies, record: InboundEmailRecord) =>
  record.state === 'UNPROCESSED' && record.reason === 'PROCESSING' && deps.clock.now().getTime() - Date.parse(record.updatedAt) >= PROCESSING_MS;

/** Claims the record, then processes it; null when another process claimed it first (one at a time). */
async function takeOver(deps: InboundEmailDependencies, record: InboundEmailRecord, raw: Uint8Array, how: Processing): Promise<InboundEmailRecord | null> {
  const claimed: InboundEmailRecord = { ...record, state: 'UNPROCESSED', reason: 'PROCESSING', attempts: record.attempts + 1, updatedAt: deps.clock.now().toISOString() };
  if (!(await deps.inboundEmails.claim(claimed, record))) return null;
  return processKept(deps, claimed, raw, how);
}

async function keptText(deps: InboundEmailDependencies, record: InboundEmailRecord, max: number): Promise<string | null> {
  const raw = record.rawKey ? await deps.files.get(record.rawKey) : null;
  if (!raw) return null;
  try {
    return (await deps.mail.parser.parse(raw)).text.slice(0, max);
  } catch (error) {
    if (error instanceof UnparseableEmail) return null;
    throw error;
  }
}

async function finish(deps: InboundEmailDependencies, record: InboundEmailRecord, outcome: Outcome): Promise<InboundEmailRecord> {
  const done: InboundEmailRecord = { ...record, ...outcome, updatedAt: deps.clock.now().toISOString() };
  await deps.inboundEmails.save(done);
  deps.logger.info('inbound.processed', { state: done.state, code: done.reason, complaintId: done.complaintId });
  return done;
}

interface Processing {
  /** The SMTP envelope, on arrival (a reprocessed message has its headers only). */
  envelope?: ReceivedEmail['envelope'];
  throttle: boolean;
}

async function processKept(deps: InboundEmailDependencies, record: InboundEmailRecord, raw: Uint8Array, how: Processing): Promise<InboundEmailRecord> {
  let parsed: ParsedEmail;
  try {
    parsed = await deps.mail.parser.parse(raw);
  } catch (error) {
    if (!(error instanceof UnparseableEmail)) deps.logger.error('inbound.parse_failed', { errorName: errorName(error) });
    return finish(deps, record, { state: 'UNPROCESSED', reason: 'PARSE_FAILED' });
  }
  const from = parsed.from?.address.toLowerCase();
  const described = { ...record, from: from ?? record.from, subject: parsed.subject.slice(0, SUBJECT_MAX) || undefined, messageId: parsed.messageId };
  try {
    return finish(deps, described, await decide(deps, described, parsed, how));
  } catch (error) {
    deps.logger.error('inbound.processing_failed', { errorName: errorName(error) });
    // The complaint it made before failing, if it made one, is recorded: processing it again goes on with it.
    const complaintId = (await deps.inboundEmails.get(record.organizationId, record.id))?.complaintId;
    return finish(deps, { ...described, complaintId }, { state: 'UNPROCESSED', reason: error instanceof DomainError ? error.code : 'PROCESSING_FAILED' });
  }
}

async function decide(deps: InboundEmailDependencies, record: InboundEmailRecord, parsed: ParsedEmail, how: Processing): Promise<Outcome> {
  const from = parsed.from?.address.toLowerCase();
  // Our own messages coming back (a forwarding loop) are automatic too: never answered. The inbound
  // address and its reply addresses are all on our inbound domain.
  const ours = from !== undefined && (from === deps.senderAddress.toLowerCase() || (await deps.addresses.recipient(from)).kind !== 'OTHER');
  const automatic = deps.mail.automaticMessageReason(parsed, how.envelope?.from) ?? (ours ? 'OWN_ADDRESS' : null);
  if (automatic) return { state: 'AUTOMATIC', reason: automatic };
  if (!from) return { state: 'REJECTED', reason: 'NO_SENDER' };
  if (how.throttle && (await overThrottle(deps, record.organizationId, from))) return { state: 'THROTTLED', reason: 'TOO_MANY_FROM_SENDER' };

  const recipients = await Promise.all([...(how.envelope?.to ?? []), ...parsed.to.map((a) => a.address), ...parsed.cc.map((a) => a.address)].map((a) => deps.addresses.recipient(a)));
  const reply = recipients.find((r) => r.kind === 'REPLY');
  if (reply?.kind === 'REPLY') return joinComplaint(deps, record, parsed, from, reply.reference);
  if (recipients.some((r) => r.kind === 'BAD_TOKEN')) return { state: 'UNMATCHED', reason: 'BAD_TOKEN' };
  return newComplaint(deps, record, parsed, from);
}

/** Counts the message in its sender's hourly window (the counter keyed by the address's hash, gone after the window). */
async function overThrottle(deps: InboundEmailDependencies, organizationId: string, from: string): Promise<boolean> {
  const now = deps.clock.now().getTime();
  const windowStart = now - (now % HOUR_MS);
  const expiresAt = Math.floor((windowStart + 2 * HOUR_MS) / 1000);
  const count = await deps.inboundEmails.countFromSender(organizationId, complainantKey(from), new Date(windowStart).toISOString(), expiresAt);
  return count > SENDER_MESSAGES_PER_HOUR;
}

// ---- A reply to a complaint ----

/** The provider ids of the emails sent about a complaint; a Message-ID header may carry the id before its `@`. */
function sentIds(record: ComplaintRecord): Set<string> {
  return new Set(record.notifications.flatMap((n) => (n.messageId ? [n.messageId.toLowerCase()] : [])));
}

const threadMatches = (ids: Set<string>, header: string) => {
  const id = header.toLowerCase();
  return ids.has(id) || ids.has(id.split('@')[0]);
};

/**
 * A reply joins its complaint only when its token verified (the caller checked), the
 * complaint is there (not erased, still open), it comes from the complainant's own
 * address, and its In-Reply-To/References, when it has any, name an email sent about
 * this complaint. Missing headers do not block it: the token and the sender decide.
 */
async function joinComplaint(deps: InboundEmailDependencies, inbound: InboundEmailRecord, parsed: ParsedEmail, from: string, reference: string): Promise<Outcome> {
  const record = await deps.store.getRecordByReference(reference);
  const complaint = record?.complaint;
  const email = complaint?.complainant.email?.trim().toLowerCase();
  if (!record || !complaint || complaint.organizationId !== inbound.organizationId || !email || email === ERASED) return { state: 'UNMATCHED', reason: 'COMPLAINT_GONE' };
  const alreadyJoined: Outcome = { state: 'JOINED_COMPLAINT', reason: 'ALREADY_JOINED', complaintId: complaint.id };
  if (holds(complaint, inbound.id)) return alreadyJoined;
  if (email !== from) return { state: 'UNMATCHED', reason: 'UNKNOWN_SENDER' };
  const thread = [parsed.inReplyTo, ...parsed.references].filter((h): h is string => Boolean(h));
  const sent = sentIds(record);
  if (thread.length > 0 && !thread.some((h) => threadMatches(sent, h))) return { state: 'UNMATCHED', reason: 'NOT_IN_THREAD' };
  if (TERMINAL.has(complaint.status)) return { state: 'UNMATCHED', reason: 'STALE_TOKEN' };

  const text = bounded(deps.mail.newReplyText(parsed.text), TEXT_LIMITS.message, complaint.complainant.preferredLanguage);
  const files = await keepAttachments(deps, complaint, parsed.attachments, record.files?.length ?? 0);
  let answered = false;
  // Decided on the latest version: a request for information may have been made or answered meanwhile.
  const taken = await takeStepOnce(deps, complaint, inbound.id, (c, ctx) => {
    answered = c.status === 'AWAITING_COMPLAINANT';
    return withFiles(answered ? provideInformation(c, text, ctx) : receiveComplainantMessage(c, text, ctx), files, inbound.id, ctx);
  });
  if (!taken) return alreadyJoined;
  return { state: 'JOINED_COMPLAINT', reason: answered ? 'ANSWERED_REQUEST' : 'COMPLAINANT_MESSAGE', complaintId: complaint.id };
}

// ---- Each email's step taken once ----

const holds = (complaint: Complaint, inboundId: string) => complaint.inboundEmailIds?.includes(inboundId) ?? false;

/** Thrown inside a step decided on a version that already holds the email's step. */
class StepAlreadyTaken extends Error {}

/**
 * Takes the email's step on the complaint unless the complaint already holds it (a failure
 * came after the step was stored, before the record was): false then. The complaint keeps
 * the email's id in the same transaction as the step, so the check and the step are one.
 */
async function takeStepOnce(deps: InboundEmailDependencies, complaint: Complaint, inboundId: string, decide: Decide): Promise<boolean> {
  try {
    await performForComplainant(deps, complaint, async (c, ctx) => {
      if (holds(c, inboundId)) throw new StepAlreadyTaken();
      const change = await decide(c, ctx);
      const inboundEmailIds = [...(change.complaint.inboundEmailIds ?? []), inboundId].slice(-REMEMBERED_EMAILS);
      return { ...change, complaint: { ...change.complaint, inboundEmailIds } };
    });
    return true;
  } catch (error) {
    if (error instanceof StepAlreadyTaken) return false;
    throw error;
  }
}

// ---- A new complaint ----

/** What the email cannot say, filled in so the complaint passes the intake's rules; the note tells staff to complete them. */
export const PLACEHOLDERS: Record<Language, { respondent: string; remedyRequested: string; noText: string }> = {
  ZH_CN: { respondent: '（邮件未说明，待工作人员补充）', remedyRequested: '（邮件未说明，待工作人员补充）', noText: '（邮件无正文）' },
  EN: { respondent: '(not stated in the email; staff to complete)', remedyRequested: '(not stated in the email; staff to complete)', noText: '(the email had no text)' },
};
/** One category for every emailed complaint until staff set its own: one filter finds them all. */
export const EMAIL_CATEGORY = 'Email (to be categorised)';

const CHINESE = /[\u3400-\u9fff]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as the intake accepts it: no control characters, cut at `max` characters with an ellipsis, never empty. */
function bounded(text: string, max: number, language: Language): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  if (!clean) return PLACEHOLDERS[language].noText;
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

function complainantName(parsed: ParsedEmail, from: string): string {
  const name = (parsed.from?.name ?? '').replace(CONTROL, '').trim();
  return [...(name || from.split('@')[0])].slice(0, LIMITS.name).join('');
}

async function newComplaint(deps: InboundEmailDependencies, inbound: InboundEmailRecord, parsed: ParsedEmail, from: string): Promise<Outcome> {
  // Not cut like a reply: what a new complaint quotes or forwards is part of it.
  const body = withoutSignature(parsed.text);
  const language: Language = CHINESE.test(`${parsed.subject}\n${body}`) ? 'ZH_CN' : 'EN';
  const written = parsed.subject.trim() ? `${parsed.subject.trim()}\n\n${body}` : body;
  const facts = bounded(written, LIMITS.facts, language);
  const input: SubmitComplaintInput = {
    channel: 'EMAIL',
    complainant: { name: complainantName(parsed, from), email: from, preferredLanguage: language },
    respondent: { name: PLACEHOLDERS[language].respondent },
    category: EMAIL_CATEGORY,
    facts,
    remedyRequested: PLACEHOLDERS[language].remedyRequested,
  };
  const complaint = inbound.complaintId ? await deps.store.get(inbound.complaintId) : await submitted(deps, inbound, input);
  if (!complaint) return { state: 'UNMATCHED', reason: 'COMPLAINT_GONE' };
  const made: Outcome = { state: 'NEW_COMPLAINT', complaintId: complaint.id };
  if (holds(complaint, inbound.id)) return made;
  const files = await keepAttachments(deps, complaint, parsed.attachments, 0);
  const defaults = ['respondent', 'category', 'remedyRequested', ...(facts !== written.trim() ? ['facts (cut or empty)'] : [])];
  await takeStepOnce(deps, complaint, inbound.id, (c, ctx) => {
    const noted = addInternalNote(c, intakeNote(inbound.id, defaults, files.refused), { ...ctx, actor: SYSTEM });
    return withFiles(noted, { ...files, refused: [] }, inbound.id, ctx);
  });
  return made;
}

/**
 * Submits the email's complaint and records its id on the email at once, so processing it
 * again after a later failure goes on with this complaint, however long after.
 */
async function submitted(deps: InboundEmailDependencies, inbound: InboundEmailRecord, input: SubmitComplaintInput): Promise<Complaint> {
  // Keyed by the message: a crash before the id is recorded still answers the same complaint (within the idempotency window).
  const scope = { organizationId: inbound.organizationId, caller: 'inbound-email', key: inbound.id };
  // The complainant sent it, as a complainant submits on the portal.
  const { complaint } = await submitComplaint(deps, input, COMPLAINANT, undefined, scope);
  await deps.inboundEmails.save({ ...inbound, complaintId: complaint.id });
  return complaint;
}

/** For staff: where the complaint came from and what they must complete. Written in English, like other system notes. */
function intakeNote(inboundId: string, defaults: string[], refused: string[]): string {
  return [
    `Received by email (inbound email ${inboundId}). The email could not give these fields, which hold placeholders until staff complete them: ${defaults.join(', ')}.`,
    ...(refused.length ? [`Attachments not kept: ${refused.join('; ')}.`] : []),
  ].join('\n');
}

// ---- Attachments ----

interface KeptFiles {
  kept: StoredFileRecord[];
  /** Each "name: why", for the note. */
  refused: string[];
}

/**
 * Stores the attachments and inline images the limits allow as the complainant's files
 * (records PENDING, bytes in the files store), for the change that attaches them. The rest
 * are refused, named in a note; none is ever opened or rendered.
 */
async function keepAttachments(deps: InboundEmailDependencies, complaint: Complaint, attachments: EmailAttachment[], existing: number): Promise<KeptFiles> {
  const kept: StoredFileRecord[] = [];
  const refused: string[] = [];
  const now = deps.clock.now();
  for (const [i, a] of attachments.entries()) {
    const name = [...(sanitizeFileName(a.filename) || `attachment-${i + 1}`)].slice(0, MAX_FILE_NAME).join('');
    const contentType = a.contentType.split(';')[0].trim().toLowerCase();
    const why = !ALLOWED_CONTENT_TYPES.has(contentType)
      ? 'type not accepted'
      : a.content.length < 1 || a.content.length > MAX_FILE_BYTES
        ? 'empty or over 10 MB'
        : existing + kept.length >= MAX_FILES_PER_COMPLAINT
          ? `the complaint has ${MAX_FILES_PER_COMPLAINT} files`
          : undefined;
    if (why) {
      refused.push(`${name}: ${why}`);
      continue;
    }
    const id = randomUUID();
    const file: StoredFileRecord = {
      id,
      complaintId: complaint.id,
      organizationId: complaint.organizationId,
      key: objectKey(complaint.organizationId, complaint.id, id),
      name,
      contentType,
      size: a.content.length,
      sha256: sha256(a.content),
      uploadedBy: { kind: 'COMPLAINANT' },
      requestedAt: now.toISOString(),
      state: 'PENDING',
      expiresAt: Math.floor(now.getTime() / 1000) + PENDING_SECONDS,
    };
    await deps.fileRecords.putPending(file);
    await deps.files.put(file.key, a.content, contentType, name);
    kept.push(file);
  }
  return { kept, refused };
}

/** `change` followed by each kept file attached (by the complainant), and a note of the refused ones. */
function withFiles(change: ComplaintChange, files: KeptFiles, inboundId: string, ctx: StepContext): ComplaintChange {
  let result = change;
  for (const file of files.kept) result = followedBy(result, attachFile(result.complaint, file, undefined, ctx));
  if (files.refused.length) {
    const note = `Attachments of inbound email ${inboundId} not kept: ${files.refused.join('; ')}.`;
    result = followedBy(result, addInternalNote(result.complaint, note, { ...ctx, actor: SYSTEM }));
  }
  return result;
}
