import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { costLimitRule } from './cost-limit';

/**
 * Limits on the shape of a GraphQL document, after the OWASP GraphQL cheat sheet. What
 * the project sends itself stays well inside them: across the test suite and the
 * benchmarks the deepest operation is 5 levels, the costliest 3,219 (a page of 100
 * complaints with their history), the longest 143 tokens (a staff step returning the
 * whole complaint). Introspection counts like any other query: GraphiQL's own schema
 * query nests 21 levels, so the local explorer is handed the schema in its page instead.
 *
 * A document over a limit is refused before anything runs, with HTTP 400 and a message
 * that names the limit (never a value from the request):
 * - depth, aliases, cost, directives: `GRAPHQL_VALIDATION_FAILED`;
 * - tokens: `GRAPHQL_PARSE_FAILED` (the parser stops at the limit).
 */
export const ARMOR_LIMITS = {
  /** Nested selection sets below the operation (`{ a { b } }` is 2). */
  maxDepth: 10,
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: 15,
  /**
   * graphql-armor's static cost (cost-limit.ts): 1 per scalar field, 2 per object field
   * plus 1.5 times the cost of its selection, times `first` when `first` is written in the
   * document (its default when left out) and the field answers a list (a connection, a
   * report's groups; not `complaintExport`, whose page is one object of scalars). A
   * `first` passed as a variable counts as 1. The whole complaint costs 191; a page of 100 complaints with
   * their history 3,219; a page of 20 whole complaints 8,890 (refused).
   */
  maxCost: 5000,
  /** Lexical tokens in the document (names, punctuation, values; comments are free). */
  maxTokens: 1000,
  /** Directives (`@include`, `@skip`, …) in one operation. */
  maxDirectives: 10,
} as const;

/**
 * Armor's own messages read "Syntax Error: … limit of N exceeded, found M." The
 * "Syntax Error" is wrong for a validation rule and "found M" would be rewritten by the
 * error formatter (it drops whatever follows "found", which may quote a value; a cost
 * may be fractional, e.g. "found 8168.75."): the client gets "… limit of N exceeded.".
 */
const report = (context: ValidationContext | null, error: GraphQLError): void => {
  const message = error.message.replace(/^Syntax Error: /, '').replace(/, found [\d.]+\.$/, '.');
  const refusal = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  // Only armor's token counter (not used: see parseOptions) rejects without a context.
  if (!context) throw refusal;
  context.reportError(refusal);
};

/** Reported through `report` instead of armor's default (a BAD_USER_INPUT that Apollo relabels anyway). */
const reject = () => ({ propagateOnRejection: false, onReject: [report] });

/**
 * Refuses an operation type the schema does not have (it has no subscriptions). graphql-js 16
 * validates such a document and then fails to execute it, which Apollo reports as an
 * internal error; graphql-js 17 adds this rule as KnownOperationTypesRule.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = schema.getRootType(node.operation);
    if (!root) context.reportError(new GraphQLError(`The schema has no ${node.operation} operations.`, { nodes: node }));
  },
});

export interface Armor {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The Apollo plugins, validation rules and parser options that enforce ARMOR_LIMITS.
 *
 * The token limit goes to graphql-js's parser (`maxTokens`, the same lexer count armor
 * makes) rather than to armor's Apollo max-tokens plugin: that plugin parses in
 * `parsingDidStart`, where a throw escapes Apollo's request pipeline, so every
 * document over the limit, and every document that does not parse, would be answered
 * with HTTP 500 instead of a 400 `GRAPHQL_PARSE_FAILED`.
 *
 * Field suggestions ("Did you mean …?") are blocked outside the local stack, where
 * Apollo's own `hideSchemaDetailsFromClientErrors` already removes them from validation
 * errors; armor's plugin removes them from any other error as well.
 */
export function createArmor({ developmentMode }: { developmentMode: boolean }): Armor {
  const { plugins, validationRules } = new ApolloArmor({
    // Introspection counts too: `__schema { types { fields { type { ofType { … } } } } }` nests as deep as it is written.
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: false, ...reject() },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...reject() },
    // Armor's cost rule multiplies any field with a literal `first`; cost-limit.ts only those that answer a list.
    costLimit: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...reject() },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !developmentMode, mask: '' },
  }).protect();
  return { plugins, validationRules: [...validationRules, costLimitRule(ARMOR_LIMITS.maxCost, report), knownOperationTypes], parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens } };
}
