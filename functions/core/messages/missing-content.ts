import type { NotificationKind } from '../complaint';

/**
 * A notice was asked for without what it exists to say (a final response without the
 * response, a reply without its text). Sending a hollow email would be worse than failing:
 * the failure is recorded on the notification and seen. The message names no values.
 */
export class NoticeContentMissing extends Error {
  constructor(kind: NotificationKind, what: string) {
    super(`${kind} notice needs ${what}`);
    this.name = 'NoticeContentMissing';
  }
}

export function required<T>(value: T | null | undefined, kind: NotificationKind, what: string): T {
  if (value === undefined || value === null || value === '') throw new NoticeContentMissing(kind, what);
  return value;
}
