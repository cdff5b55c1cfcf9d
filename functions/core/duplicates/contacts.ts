import { createHash } from 'node:crypto';
import type { Complainant } from '../complaint';
import { complainantKey } from '../data-protection';

/**
 * A phone number's last ten digits: "+86 138-1234-5678" and "13812345678" are the same
 * phone, as are "+1 (555) 010-2030" and "5550102030". Shorter numbers are kept whole.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.slice(-10);
}

export const phoneKey = (phone: string): string => createHash('sha256').update(`phone:${phoneDigits(phone)}`).digest('hex');

/** The hashes a complainant is recognised by: never the address or number itself. */
export interface ContactKeys {
  emailHash?: string;
  phoneHash?: string;
}

export function contactKeys(complainant: Pick<Complainant, 'email' | 'phone'>): ContactKeys {
  return {
    emailHash: complainant.email ? complainantKey(complainant.email) : undefined,
    phoneHash: complainant.phone ? phoneKey(complainant.phone) : undefined,
  };
}

/** Whether two complainants share an email address or a phone number. */
export function sameContact(a: ContactKeys, b: ContactKeys): boolean {
  return (a.emailHash !== undefined && a.emailHash === b.emailHash) || (a.phoneHash !== undefined && a.phoneHash === b.phoneHash);
}
