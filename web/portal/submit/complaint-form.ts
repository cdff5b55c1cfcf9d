import { languageOf, today } from '../format';
import type { Language, SubmitComplaintInput } from '../generated/graphql';
import { checkText, problemOf, type Problem } from '../issues';

/** What the complainant types, one string per control (the consent is a checkbox). */
export interface ComplaintForm {
  name: string;
  email: string;
  phone: string;
  postalAddress: string;
  preferredLanguage: Language;
  respondentName: string;
  respondentAddress: string;
  category: string;
  product: string;
  facts: string;
  remedyRequested: string;
  occurredOn: string;
  region: string;
  consentToPublishNarrative: boolean;
}
export type FormField = Exclude<keyof ComplaintForm, 'consentToPublishNarrative' | 'preferredLanguage'>;

export const emptyForm = (locale: string): ComplaintForm => ({
  name: '',
  email: '',
  phone: '',
  postalAddress: '',
  preferredLanguage: languageOf(locale),
  respondentName: '',
  respondentAddress: '',
  category: '',
  product: '',
  facts: '',
  remedyRequested: '',
  occurredOn: '',
  region: '',
  consentToPublishNarrative: false,
});

/** Where each control's value goes in SubmitComplaintInput (the path the API names in its issues), in the form's order. */
export const API_PATH: Record<FormField, string> = {
  name: 'input.complainant.name',
  email: 'input.complainant.email',
  phone: 'input.complainant.phone',
  postalAddress: 'input.complainant.postalAddress',
  respondentName: 'input.respondent.name',
  respondentAddress: 'input.respondent.address',
  category: 'input.category',
  product: 'input.product',
  occurredOn: 'input.occurredOn',
  region: 'input.region',
  facts: 'input.facts',
  remedyRequested: 'input.remedyRequested',
};

/** The limits documented in schema.graphql (functions/core/intake/limits.ts): [max characters, required]. */
const TEXT_RULES: Record<Exclude<FormField, 'occurredOn'>, [number, boolean]> = {
  name: [200, true],
  email: [254, false],
  phone: [32, false],
  postalAddress: [500, false],
  respondentName: [200, true],
  respondentAddress: [500, false],
  category: [100, true],
  product: [100, false],
  facts: [5000, true],
  remedyRequested: [2000, true],
  region: [100, false],
};

export type FormProblems = Partial<Record<FormField, Problem>>;

/** The problems found before sending: required fields, lengths, a contact, a date not in the future. */
export function checkForm(form: ComplaintForm, now = new Date()): FormProblems {
  const problems: FormProblems = {};
  for (const [field, [max, required]] of Object.entries(TEXT_RULES) as Array<[keyof typeof TEXT_RULES, [number, boolean]]>) {
    const problem = checkText(form[field], max, required);
    if (problem) problems[field] = problem;
  }
  if (!problems.email && !problems.phone && form.email.trim() === '' && form.phone.trim() === '') problems.email = { key: 'error.contact' };
  if (form.occurredOn && form.occurredOn > today(now)) problems.occurredOn = { key: 'error.future' };
  return problems;
}

/** The API's issues on the form's fields; issues on other paths are returned apart, for the summary. */
export function apiProblems(issues: Record<string, string>): { problems: FormProblems; other: string[] } {
  const byPath = new Map(Object.entries(API_PATH).map(([field, path]) => [path, field as FormField]));
  const problems: FormProblems = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(issues)) {
    const field = byPath.get(path);
    if (field) problems[field] = problemOf(message);
    else other.push(`${path}: ${message}`);
  }
  return { problems, other };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The submission as the API takes it: a web complaint, no priority (staff set it). */
export function toInput(form: ComplaintForm): SubmitComplaintInput {
  return {
    channel: 'WEB',
    complainant: {
      name: form.name.trim(),
      email: optional(form.email),
      phone: optional(form.phone),
      postalAddress: optional(form.postalAddress),
      preferredLanguage: form.preferredLanguage,
    },
    respondent: { name: form.respondentName.trim(), address: optional(form.respondentAddress) },
    category: form.category.trim(),
    product: optional(form.product),
    facts: form.facts.trim(),
    remedyRequested: form.remedyRequested.trim(),
    occurredOn: optional(form.occurredOn),
    region: optional(form.region),
    consentToPublishNarrative: form.consentToPublishNarrative,
  };
}
