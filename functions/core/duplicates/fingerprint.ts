import type { Complainant } from '../complaint';
import { contactKeys, type ContactKeys } from './contacts';
import { bandKeys, signature } from './minhash';
import { shingles } from './text-shingles';

/** How long a complaint stays a candidate: a repeat by the same contact, or the same text re-sent. */
export const CONTACT_WINDOW_DAYS = 30;
export const TEXT_WINDOW_DAYS = 180;

/** What intake looks a new complaint up by, and what it writes so later ones find it. */
export interface Fingerprint {
  shingles: Set<string>;
  /** One LSH bucket per band (`<band>#<hash>`), hashed. */
  bands: string[];
  contacts: ContactKeys;
}

/** Facts only: the remedy asked for ("a refund") is too alike across different complaints. */
export function fingerprint(facts: string, complainant: Pick<Complainant, 'email' | 'phone'>): Fingerprint {
  const set = shingles(facts);
  return { shingles: set, bands: bandKeys(signature(set)), contacts: contactKeys(complainant) };
}

const DAY_MS = 86_400_000;
export const windowStart = (receivedAt: Date, days: number): string => new Date(receivedAt.getTime() - days * DAY_MS).toISOString();
/** When a complaint's index entries stop mattering (DynamoDB TTL, epoch seconds). */
export const indexExpiry = (receivedAt: Date, days: number): number => Math.floor((receivedAt.getTime() + days * DAY_MS) / 1000);
