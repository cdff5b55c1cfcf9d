import type { CombinedError } from '@urql/core';

export interface FieldIssue {
  field: string;
  message: string;
}

/** The API's stable error code (extensions.code), or NETWORK when the request never got an answer. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return error.graphQLErrors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string') ?? 'INTERNAL_SERVER_ERROR';
}

/**
 * The field-level problems of a BAD_USER_INPUT answer, by dotted path
 * (`input.complainant.email`), so a form can show each next to its field.
 */
export function fieldIssues(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const issues = (e.extensions?.issues as FieldIssue[] | undefined) ?? [];
    for (const issue of issues) byField[issue.field] ??= issue.message;
  }
  return byField;
}
