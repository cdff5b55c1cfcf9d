import type { SubmitComplaintInput } from '../../graphql/generated/types';
import type { Channel, Complainant, Priority, Respondent } from '../complaint';
import { invalidInput, type FieldIssue } from '../errors';
import { localDate } from '../clocks/time-zone';
import { LIMITS } from './limits';

/** A submission that passed every rule, trimmed, with absent optionals left out. */
export interface ValidSubmission {
  channel: Channel;
  complainant: Complainant;
  respondent: Respondent;
  category: string;
  product?: string;
  facts: string;
  remedyRequested: string;
  occurredOn?: string;
  priority: Priority;
  region?: string;
  /** The complainant agreed to publish the facts, scrubbed, in the open-data export. */
  narrativeConsent: boolean;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
const PHONE_CHARS = /^\+?[\d\s\-().]+$/;

class Checker {
  readonly issues: FieldIssue[] = [];

  text(field: string, value: string | null | undefined, max: number, required: boolean): string | undefined {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') {
      if (required) this.issues.push({ field, message: 'is required' });
      return undefined;
    }
    if ([...trimmed].length > max) this.issues.push({ field, message: `must be at most ${max} characters` });
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(trimmed)) this.issues.push({ field, message: 'contains control characters' });
    return trimmed;
  }

  email(field: string, value: string | null | undefined): string | undefined {
    const email = this.text(field, value, LIMITS.email, false);
    if (email !== undefined && !EMAIL.test(email)) this.issues.push({ field, message: 'is not a valid email address' });
    return email;
  }

  phone(field: string, value: string | null | undefined): string | undefined {
    const phone = this.text(field, value, 32, false);
    if (phone === undefined) return undefined;
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE_CHARS.test(phone) || digits < LIMITS.phoneDigitsMin || digits > LIMITS.phoneDigitsMax) {
      this.issues.push({ field, message: `must be ${LIMITS.phoneDigitsMin} to ${LIMITS.phoneDigitsMax} digits, optionally with a leading +` });
    }
    return phone;
  }

  /** `value` is a well-formed date already (the Date scalar checks that). */
  notAfter(field: string, value: string | null | undefined, today: string): string | undefined {
    if (value === null || value === undefined) return undefined;
    if (value > today) this.issues.push({ field, message: 'must not be in the future' });
    return value;
  }
}

/**
 * Checks a submission against the documented limits and rules. Throws one
 * BAD_USER_INPUT error listing every field that is wrong; messages name fields, never values.
 */
export function validateSubmission(input: SubmitComplaintInput, now: Date, timeZone: string): ValidSubmission {
  const c = new Checker();
  const complainant: Complainant = {
    name: c.text('input.complainant.name', input.complainant.name, LIMITS.name, true) ?? '',
    email: c.email('input.complainant.email', input.complainant.email),
    phone: c.phone('input.complainant.phone', input.complainant.phone),
    postalAddress: c.text('input.complainant.postalAddress', input.complainant.postalAddress, LIMITS.postalAddress, false),
    preferredLanguage: input.complainant.preferredLanguage ?? 'ZH_CN',
  };
  if (!input.complainant.email?.trim() && !input.complainant.phone?.trim()) {
    c.issues.push({ field: 'input.complainant.email', message: 'give an email address or a phone number' });
  }
  const submission: ValidSubmission = {
    channel: input.channel,
    complainant,
    respondent: {
      name: c.text('input.respondent.name', input.respondent.name, LIMITS.respondentName, true) ?? '',
      address: c.text('input.respondent.address', input.respondent.address, LIMITS.respondentAddress, false),
    },
    category: c.text('input.category', input.category, LIMITS.category, true) ?? '',
    product: c.text('input.product', input.product, LIMITS.product, false),
    facts: c.text('input.facts', input.facts, LIMITS.facts, true) ?? '',
    remedyRequested: c.text('input.remedyRequested', input.remedyRequested, LIMITS.remedyRequested, true) ?? '',
    occurredOn: c.notAfter('input.occurredOn', input.occurredOn, localDate(now, timeZone)),
    priority: input.priority ?? 'NORMAL',
    region: c.text('input.region', input.region, LIMITS.region, false),
    narrativeConsent: input.consentToPublishNarrative === true,
  };
  if (c.issues.length > 0) throw invalidInput(c.issues);
  return submission;
}
