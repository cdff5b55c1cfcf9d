import { invalidInput } from '../errors';

/** How many groups to answer with: a whole number from 1 to `max`. */
export function validateFirst(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw invalidInput([{ field: 'first', message: `must be between 1 and ${max}` }]);
  return first;
}
