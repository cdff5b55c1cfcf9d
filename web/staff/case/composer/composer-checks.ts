import { checkFinalResponse, FINAL_RESPONSE_LIMITS } from '../../../../functions/core/resolution/final-response';
import type { FinalResponseInput } from '../../../generated/graphql';

export type ComposerField = 'reasons' | 'remedies' | 'remedyDetails' | 'followUpMeasures';
export type CheckMessage = 'check.required' | 'check.tooLong' | 'check.remedyNeeded' | 'check.remedyTwice' | 'check.detailsNeeded' | 'check.controlCharacters';

export interface ComposerCheck {
  message: CheckMessage;
  values?: Record<string, number>;
}

/** The domain's message for each rule, put into the catalog's words (the domain writes for the API, in English). */
const RULES: Array<[RegExp, CheckMessage]> = [
  [/^is required when/, 'check.detailsNeeded'],
  [/^is required/, 'check.required'],
  [/^must be at most/, 'check.tooLong'],
  [/^needs at least one remedy/, 'check.remedyNeeded'],
  [/^must not list the same remedy/, 'check.remedyTwice'],
  [/control characters/, 'check.controlCharacters'],
];

/**
 * The checks resolveComplaint runs, run on the draft as it is typed: the very function the
 * API calls (functions/core/resolution/final-response.ts), so the composer and the API can
 * never disagree. One check per field, the first the domain reports.
 */
export function composerChecks(draft: FinalResponseInput): Partial<Record<ComposerField, ComposerCheck>> {
  const checks: Partial<Record<ComposerField, ComposerCheck>> = {};
  for (const issue of checkFinalResponse(draft)) {
    const field = issue.field.replace(/^response\./, '') as ComposerField;
    if (checks[field]) continue;
    const message = RULES.find(([pattern]) => pattern.test(issue.message))?.[1] ?? 'check.required';
    checks[field] = message === 'check.tooLong' ? { message, values: { max: FINAL_RESPONSE_LIMITS[field as keyof typeof FINAL_RESPONSE_LIMITS] } } : { message };
  }
  return checks;
}
