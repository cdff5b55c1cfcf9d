/**
 * An email as it reaches the platform, whatever carried it: the SES receipt rule in the
 * cloud (the raw message from the inbound bucket, with SES's verdicts) or the local SMTP
 * server (the raw message and the SMTP envelope).
 */
export interface ReceivedEmail {
  /** The message exactly as received (RFC 5322 bytes). */
  raw: Uint8Array;
  /** The SMTP envelope: MAIL FROM (absent for a bounce's null sender) and RCPT TO. */
  envelope: { from?: string; to: string[] };
  /** The receiving side's verdicts, when it gives them (SES does; locally none). */
  verdicts?: AuthenticationVerdicts;
  /** When it was received (ISO 8601). */
  receivedAt: string;
}

export type Verdict = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'NONE';

export interface AuthenticationVerdicts {
  spf?: Verdict;
  dkim?: Verdict;
  dmarc?: Verdict;
  spam?: Verdict;
  virus?: Verdict;
}

export interface EmailAddress {
  /** Lower-cased. */
  address: string;
  name?: string;
}

export interface EmailAttachment {
  filename: string;
  /** The declared media type, lower-cased; never trusted to render. */
  contentType: string;
  content: Uint8Array;
  /** An inline image (a part with a Content-ID shown in the HTML body). */
  inline: boolean;
}

/** What the parser makes of a message: decoded, with the text the platform keeps. */
export interface ParsedEmail {
  /** Message-ID, In-Reply-To and References without their angle brackets. */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  from?: EmailAddress;
  replyTo?: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  subject: string;
  /** The Date header, ISO 8601, when it parses. */
  date?: string;
  /** The body as plain text: the text part, else the HTML part turned into safe text. */
  text: string;
  /** Every header, names lower-cased, values decoded, in order. */
  headers: Record<string, string[]>;
  attachments: EmailAttachment[];
}

/** Turns raw bytes into a ParsedEmail; throws UnparseableEmail when it cannot. */
export interface MailParser {
  parse(raw: Uint8Array): Promise<ParsedEmail>;
}

export class UnparseableEmail extends Error {
  constructor(readonly reason: string) {
    super(`the message could not be parsed: ${reason}`);
    this.name = 'UnparseableEmail';
  }
}

/**
 * What became of a received message. Every message is kept (its raw bytes in the files
 * store) whatever its state, so none is ever lost and staff can look at any of them.
 */
export type InboundEmailState =
  /** Made a new complaint (complaintId). */
  | 'NEW_COMPLAINT'
  /** Joined its complaint (complaintId): the answer to a request for information, or a complainant message. */
  | 'JOINED_COMPLAINT'
  /** A reply that could not be matched to a complaint: unknown sender, forged or stale token. Kept for staff. */
  | 'UNMATCHED'
  /** An auto-reply, out-of-office, bounce or list message: never a complaint, never answered. */
  | 'AUTOMATIC'
  /** The sender sent too many messages in a short time: kept, not processed. */
  | 'THROTTLED'
  /** Over the size limits. */
  | 'REJECTED'
  /** Could not be parsed, or processing failed: kept raw, can be processed again (reprocess). */
  | 'UNPROCESSED';

export interface InboundEmailRecord {
  /** SHA-256 of the raw message (hex): the same message delivered twice is one record. */
  id: string;
  organizationId: string;
  receivedAt: string;
  state: InboundEmailState;
  /** Why it is in its state, a stable code (e.g. UNKNOWN_SENDER, BAD_TOKEN, AUTO_SUBMITTED, PARSE_FAILED). */
  reason?: string;
  complaintId?: string;
  /** The sender's address (lower-cased): shown to staff, never logged. */
  from?: string;
  subject?: string;
  /** The message's own Message-ID, without angle brackets. */
  messageId?: string;
  verdicts?: AuthenticationVerdicts;
  /** True when SPF, DKIM or DMARC failed: flagged to staff, not dropped. */
  authenticationFailed: boolean;
  /** Where the raw bytes are kept in the files store; absent when the message was over the size limit and not kept. */
  rawKey?: string;
  size: number;
  /** How many times it was processed (1 on arrival, +1 per reprocess). */
  attempts: number;
  updatedAt: string;
}

/** A page of inbound messages, newest first. */
export interface InboundEmailPage {
  items: InboundEmailRecord[];
  /** Opaque: pass back as `after` for the next page. */
  endCursor?: string;
}

/** The inbound messages kept in the table. */
export interface InboundEmailStore {
  /** Writes the record unless one with its id exists; false when it did (the message came twice). */
  putNew(record: InboundEmailRecord): Promise<boolean>;
  get(organizationId: string, id: string): Promise<InboundEmailRecord | null>;
  /** Replaces the record (a new state after processing or reprocessing). */
  save(record: InboundEmailRecord): Promise<void>;
  /**
   * Replaces the record only if it is still as it was `read` (same `updatedAt` and `attempts`);
   * false when another process took it meanwhile. Processing it again starts so: never twice at once.
   */
  claim(record: InboundEmailRecord, read: Pick<InboundEmailRecord, 'updatedAt' | 'attempts'>): Promise<boolean>;
  /** Newest first; with a state, only those in it. */
  list(organizationId: string, options: { state?: InboundEmailState; first: number; after?: string }): Promise<InboundEmailPage>;
  /**
   * Counts one more message from a sender (by the hash of its address) in the window that
   * `now` falls in, and returns the count so far in that window.
   */
  countFromSender(organizationId: string, senderHash: string, windowStart: string, expiresAt: number): Promise<number>;
  /** The ids of the messages from a sender, by the hash of their address (an erasure finds them so). */
  idsFromSender(organizationId: string, senderHash: string): Promise<string[]>;
}
