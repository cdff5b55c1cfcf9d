import { DomainError } from '../core/errors';
import type { ListPosition } from '../core/ports';

/** Opaque to clients: the position of the last complaint on a page. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): ListPosition {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string') return { sortKey, id };
  } catch {
    // falls through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'after: is not a cursor returned by this API', [{ field: 'after', message: 'is not a cursor returned by this API' }]);
}
