/**
 * Structured logs. Fields are ids, codes, counts and timings only: callers never pass
 * names, contact details or complaint text, and the JSON logger drops anything else.
 */
export interface LogFields {
  complaintId?: string;
  errorName?: string;
  code?: string;
  count?: number;
  ms?: number;
  state?: string;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ALLOWED: ReadonlyArray<keyof LogFields> = ['complaintId', 'errorName', 'code', 'count', 'ms', 'state'];

function line(level: string, event: string, fields: LogFields = {}): string {
  const safe: Record<string, unknown> = { level, event };
  for (const key of ALLOWED) if (fields[key] !== undefined) safe[key] = fields[key];
  return JSON.stringify(safe);
}

export const jsonLogger: Logger = {
  info: (event, fields) => console.log(line('info', event, fields)),
  warn: (event, fields) => console.warn(line('warn', event, fields)),
  error: (event, fields) => console.error(line('error', event, fields)),
};

/** The name of an error, safe to log: provider messages may quote an address. */
export const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'UnknownError');
