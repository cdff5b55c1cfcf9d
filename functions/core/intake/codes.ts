import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so codes survive being read out over the phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type RandomBytes = (size: number) => Buffer;

function randomCode(length: number, random: RandomBytes): string {
  const bytes = random(length);
  let code = '';
  for (let i = 0; i < length; i += 1) code += ALPHABET[bytes[i] & 31];
  return code;
}

/** A human-friendly reference, e.g. CP-20261129-7K3M9Q: the day received and six random characters. */
export function newReference(receivedOn: string, random: RandomBytes = randomBytes): string {
  return `CP-${receivedOn.replace(/-/g, '')}-${randomCode(6, random)}`;
}

/** Ten random characters (50 bits), shown as XXXXX-XXXXX. */
export function newAccessCode(random: RandomBytes = randomBytes): string {
  const code = randomCode(10, random);
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what people type: any case, with or without the dash, O for 0, I or L for 1. */
function normalize(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The stored form of an access code, salted with the complaint's id. */
export function hashAccessCode(complaintId: string, code: string): string {
  return createHash('sha256').update(`${complaintId}:${normalize(code)}`).digest('hex');
}

export function accessCodeMatches(complaintId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashAccessCode(complaintId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export const normalizeReference = (reference: string): string => reference.trim().toUpperCase();
