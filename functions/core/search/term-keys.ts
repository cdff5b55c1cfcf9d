import { createHmac } from 'node:crypto';

/** Hex characters of a term key: 64 bits. A collision only costs a read, as every hit is checked against the complaint. */
const KEY_LENGTH = 16;

/**
 * What the index is keyed by instead of the term: an HMAC of the organization and the term
 * under the deployment's SEARCH_INDEX_SECRET, so a table key never shows a name, an
 * address or a word of the facts, and a guessed word cannot be hashed to find it without the secret.
 */
export function termKey(secret: string, organizationId: string, term: string): string {
  return createHmac('sha256', secret).update(`${organizationId}\n${term}`).digest('hex').slice(0, KEY_LENGTH);
}
