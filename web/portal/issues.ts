import type { MessageKey } from './message-key';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

/** One field's problem as the portal words it: a catalog key, or the API's own message when none fits. */
export type Problem = { key: MessageKey; values?: Record<string, string | number> } | { apiMessage: string };

/**
 * The API's BAD_USER_INPUT messages (functions/core/intake/validate-submission.ts and the
 * lifecycle inputs) in the page's language; a message the portal does not know is shown as the API wrote it.
 */
const API_MESSAGES: Array<[RegExp, (m: RegExpMatchArray) => Problem]> = [
  [/^is required$/, () => ({ key: 'error.required' })],
  [/^must be at most (\d+) characters$/, (m) => ({ key: 'error.tooLong', values: { max: Number(m[1]) } })],
  [/^is not a valid email address$/, () => ({ key: 'error.email' })],
  [/^must be \d+ to \d+ digits/, () => ({ key: 'error.phone' })],
  [/^must not be in the future$/, () => ({ key: 'error.future' })],
  [/^give an email address or a phone number$/, () => ({ key: 'error.contact' })],
  [/^contains control characters$/, () => ({ key: 'error.control' })],
  [/^must be a whole number from 1 to 5$/, () => ({ key: 'error.rating' })],
];

export function problemOf(apiMessage: string): Problem {
  for (const [pattern, problem] of API_MESSAGES) {
    const match = apiMessage.match(pattern);
    if (match) return problem(match);
  }
  return { apiMessage };
}

export const wordProblem = (problem: Problem, t: T): string => ('key' in problem ? t(problem.key, problem.values) : problem.apiMessage);

/** Characters as the API counts them (code points), so a Chinese text's limit is its characters. */
export const length = (text: string): number => [...text.trim()].length;

/** Required and at most `max` characters: the checks the schema documents, made before sending. */
export function checkText(value: string, max: number, required: boolean): Problem | undefined {
  if (required && value.trim() === '') return { key: 'error.required' };
  if (length(value) > max) return { key: 'error.tooLong', values: { max } };
  return undefined;
}
