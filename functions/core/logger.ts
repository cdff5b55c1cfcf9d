/**
 * Structured logs. Fields are ids, codes, counts and timings only: callers never pass
 * names, contact details or complaint text, and the logger drops anything else.
 */
export interface LogFields {
  complaintId?: string;
  errorName?: string;
  code?: string;
  count?: number;
  ms?: number;
  state?: string;
  /** The provider's id of a sent email (SES) or a webhook's delivery id. */
  messageId?: string;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ALLOWED: ReadonlyArray<keyof LogFields> = ['complaintId', 'errorName', 'code', 'count', 'ms', 'state', 'messageId'];

/** Only the allowed fields, whatever a caller (or a cast) passed in. */
export function safeFields(fields: LogFields = {}): LogFields {
  const safe: Record<string, unknown> = {};
  for (const key of ALLOWED) if (fields[key] !== undefined) safe[key] = fields[key];
  return safe;
}

/** The name of an error, safe to log: provider messages may quote an address. */
export const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'UnknownError');
