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
