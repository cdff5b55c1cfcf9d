import { invalidInput } from '../errors';
import { queryTerms, type SearchQuery } from './terms';

export const SEARCH_MAX_LENGTH = 200;

/** The terms of a search as typed, or a BAD_USER_INPUT error saying what to type instead. */
export function parseSearch(search: string): SearchQuery {
  const field = 'filter.search';
  if (search.trim().length === 0 || search.length > SEARCH_MAX_LENGTH) throw invalidInput([{ field, message: `must be 1 to ${SEARCH_MAX_LENGTH} characters` }]);
  const query = queryTerms(search);
  if (query.terms.length === 0) throw invalidInput([{ field, message: 'needs a word of at least two letters or digits, a Chinese character, an email address or a reference' }]);
  return query;
}
