/**
 * Errors a caller can cause or act on. `code` is stable and reaches the client as
 * `extensions.code`; messages never carry personal data.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  /** The deployment lacks a setting the operation needs (e.g. ACCESS_CODE_SECRET for idempotent submissions). */
  | 'NOT_CONFIGURED';

export interface FieldIssue {
  /** Dotted path from the operation argument, e.g. `input.complainant.email`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalidInput = (issues: FieldIssue[]): DomainError =>
  new DomainError(
    'BAD_USER_INPUT',
    issues.length === 1 ? `${issues[0].field}: ${issues[0].message}` : `${issues.length} fields are invalid: ${issues.map((i) => i.field).join(', ')}`,
    issues,
  );

/** Another change to the same complaint (or the same settings) was committed first. */
export class VersionConflict extends DomainError {
  constructor(what = 'complaint') {
    super('CONFLICT', `The ${what} was changed by someone else; reload it and try again.`);
  }
}

export const notFound = (field: string, what: string): DomainError =>
  new DomainError('NOT_FOUND', `No ${what} with this ${field}.`, [{ field, message: `matches no ${what}` }]);

/** The generated reference is already used; the caller draws another. */
export class ReferenceTaken extends Error {
  constructor() {
    super('reference already taken');
  }
}

/** A partner sent more requests in the current window than its limit allows. */
export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests for this partner; retry after ${retryAfterSeconds} s.`);
  }
}

/** Another request holds the idempotency key (it committed first, or is committing now); the caller reads its record. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('idempotency key already taken');
    this.name = 'IdempotencyKeyTaken';
  }
}
