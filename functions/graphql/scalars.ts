import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Messages name the expected form, never the value received.
function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('DateTime must be an ISO 8601 date and time with a time zone, e.g. 2026-11-29T08:00:00Z.');
  }
  return new Date(value).toISOString();
}

function parseDate(value: unknown): string {
  const valid = typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new GraphQLError('Date must be a calendar date in the form YYYY-MM-DD.');
  return value;
}

const literal = (parse: (v: unknown) => string) => (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined);

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => String(v),
  parseValue: parseInstant,
  parseLiteral: literal(parseInstant),
});

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});
