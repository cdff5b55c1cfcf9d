import type { EvidenceInput, FeedbackInput } from '../../graphql/generated/types';
import type { Evidence } from '../complaint';
import { invalidInput, type FieldIssue } from '../errors';

/** Documented limits of the lifecycle mutations' text arguments. */
export const TEXT_LIMITS = {
  note: 5000,
  message: 5000,
  question: 2000,
  answer: 5000,
  explanation: 2000,
  reason: 1000,
  comment: 2000,
  evidenceDescription: 1000,
  evidenceSource: 200,
  fileReference: 500,
  fileId: 100,
  /** As a category (core/intake/limits.ts). */
  triageCorrection: 100,
} as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function checkText(issues: FieldIssue[], field: string, value: string | null | undefined, max: number, required: boolean): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) issues.push({ field, message: 'is required' });
    return undefined;
  }
  if ([...trimmed].length > max) issues.push({ field, message: `must be at most ${max} characters` });
  if (CONTROL.test(trimmed)) issues.push({ field, message: 'contains control characters' });
  return trimmed;
}

/** A required text argument, trimmed; BAD_USER_INPUT naming the argument otherwise. */
export function text(field: string, value: string | null | undefined, max: number): string {
  const issues: FieldIssue[] = [];
  const checked = checkText(issues, field, value, max, true);
  if (issues.length) throw invalidInput(issues);
  return checked!;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | undefined {
  const issues: FieldIssue[] = [];
  const checked = checkText(issues, field, value, max, false);
  if (issues.length) throw invalidInput(issues);
  return checked;
}

export function evidence(input: EvidenceInput): Evidence {
  const issues: FieldIssue[] = [];
  const result: Evidence = {
    description: checkText(issues, 'evidence.description', input.description, TEXT_LIMITS.evidenceDescription, true) ?? '',
    source: checkText(issues, 'evidence.source', input.source, TEXT_LIMITS.evidenceSource, true) ?? '',
    contentHash: checkText(issues, 'evidence.contentHash', input.contentHash, 64, false)?.toLowerCase(),
    fileReference: checkText(issues, 'evidence.fileReference', input.fileReference, TEXT_LIMITS.fileReference, false),
    fileId: checkText(issues, 'evidence.fileId', input.fileId, TEXT_LIMITS.fileId, false),
    // Left out unless set, so evidence recorded as before digests as before.
    ...(input.sharedWithComplainant === true ? { sharedWithComplainant: true } : {}),
  };
  if (result.contentHash !== undefined && !/^[0-9a-f]{64}$/.test(result.contentHash)) issues.push({ field: 'evidence.contentHash', message: 'must be 64 hex characters (SHA-256)' });
  if (result.fileId !== undefined && (result.contentHash !== undefined || result.fileReference !== undefined)) {
    issues.push({ field: 'evidence.fileId', message: 'brings its own SHA-256 and key: leave contentHash and fileReference out' });
  }
  if (issues.length) throw invalidInput(issues);
  return result;
}

export function feedback(input: FeedbackInput): { rating: number; resolved: boolean; comment?: string } {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) issues.push({ field: 'feedback.rating', message: 'must be a whole number from 1 to 5' });
  const comment = checkText(issues, 'feedback.comment', input.comment, TEXT_LIMITS.comment, false);
  if (issues.length) throw invalidInput(issues);
  return { rating: input.rating, resolved: input.resolved, comment };
}
