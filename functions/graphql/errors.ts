import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../core/errors';
import { errorName, type Logger } from '../core/logger';

/**
 * graphql-js quotes the offending value in some messages ("String cannot represent a
 * non string value: <value>", "found <value>", 'Value "<value>" does not exist').
 * Values may be personal data, so they are cut out; the field path stays.
 */
export function withoutValues(message: string): string {
  return message
    .replace(/(got invalid value) .*? (at "|;)/, '$1 $2')
    .replace(/(got invalid value) .*$/, '$1.')
    .replace(/(cannot represent [^:]*?value): .*?(;|$)/g, '$1$2')
    .replace(/found [^;]*(;|$)/g, 'found an invalid value$1')
    .replace(/Value ".*?" does not exist/g, 'The value does not exist')
    .replace(/ Did you mean .*$/, '');
}

/** The dotted path of the input field a variable-coercion message points at. */
export function fieldOf(message: string): string | undefined {
  const variable = /Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = /at "([^"]+)"/.exec(message)?.[1] ?? variable;
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1] ?? /Field "(\w+)" is not defined/.exec(message)?.[1];
  return missing ? `${at}.${missing}` : at;
}

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, field: original.issues[0]?.field, issues: original.issues.length ? original.issues : undefined },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error('graphql.internal_error', { errorName: errorName(original) });
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const field = fieldOf(formatted.message);
    return {
      message: withoutValues(formatted.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(field ? { field } : {}) },
    };
  };
}
