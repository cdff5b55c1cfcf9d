import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../core/errors';
import { errorName, type Logger } from '../core/logger';

// The path always starts with the variable's name, which tells graphql-js's own
// `at "…"; ` apart from the same characters inside a printed value. Without a path
// (the whole variable is wrong) the reason quotes no value and follows the last "; ".
const COERCION_AT = /^Variable "\$(\w+)" got invalid value .*? at "(\1(?:[.[][\w.[\]]*)?)"; (.*)$/s;
const COERCION_ROOT = /^Variable "\$(\w+)" got invalid value .*; (.*)$/s;

function parseCoercion(message: string): { variable: string; at?: string; reason: string } | undefined {
  const withPath = COERCION_AT.exec(message);
  if (withPath) return { variable: withPath[1], at: withPath[2], reason: withPath[3] };
  const root = COERCION_ROOT.exec(message);
  return root ? { variable: root[1], reason: root[2] } : undefined;
}

/** graphql-js's reasons, each with any quoted value replaced. Unknown reasons are not repeated. */
const REASONS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Field "(\w+)" of required type "([^"]+)" was not provided\.$/, (m) => m[0]],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, (m) => `Field "${m[1]}" is not defined by type "${m[2]}".`],
  [/ does not exist in "(\w+)" enum\./, (m) => `The value does not exist in "${m[1]}" enum.`],
  [/^(\w+ cannot represent [^:]*value):/, (m) => `${m[1]}.`],
  [/^Expected type "(\w+)" to be an object\.$/, (m) => m[0]],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, (m) => m[0]],
  [/^(DateTime|Date) must be [^:]*$/, (m) => m[0]],
];

function reasonWithoutValues(reason: string): string {
  for (const [pattern, keep] of REASONS) {
    const m = reason.match(pattern);
    if (m) return keep(m);
  }
  return 'The value is not valid for this field.';
}

/**
 * graphql-js quotes the offending value in some messages; values may be personal
 * data, so messages are rebuilt from the field path and the kind of problem only.
 */
export function withoutValues(message: string): string {
  const coercion = parseCoercion(message);
  if (coercion) {
    const { variable, at, reason } = coercion;
    return `Variable "$${variable}" has an invalid value at "${at ?? variable}": ${reasonWithoutValues(reason)}`;
  }
  return message
    .replace(/(cannot represent [^:]*value): .*$/, '$1.')
    .replace(/found .*$/, 'found an invalid value.')
    .replace(/Value ".*?" does not exist in/, 'The value does not exist in')
    .replace(/ Did you mean .*$/, '');
}

/** The dotted path of the input field a variable-coercion message points at. */
export function fieldOf(message: string): string | undefined {
  const coercion = parseCoercion(message);
  const variable = coercion?.variable ?? /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = coercion?.at ?? variable;
  const named = coercion && /^Field "(\w+)" (of required type|is not defined)/.exec(coercion.reason)?.[1];
  return named ? `${at}.${named}` : at;
}

/**
 * Apollo's automatic persisted queries refuse a `persistedQuery.sha256Hash` that is not
 * the SHA-256 of the `query` sent with it with this message, HTTP 400 and no code (which
 * would make it an INTERNAL_SERVER_ERROR, logged as one): it is the client's mistake.
 */
const APQ_HASH_MISMATCH = 'provided sha does not match query';

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && original.message === APQ_HASH_MISMATCH && original.extensions.code === undefined) {
      return { message: 'The persisted query hash is not the SHA-256 of the query sent with it.', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } };
    }
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
    const retryAfterSeconds = formatted.extensions?.retryAfterSeconds;
    return {
      message: withoutValues(formatted.message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(field ? { field } : {}), ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}) },
    };
  };
}
