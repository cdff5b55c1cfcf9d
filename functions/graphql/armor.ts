import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';

/**
 * Limits on the shape of a GraphQL document, after the OWASP GraphQL cheat sheet. Every
 * operation the project sends itself (the explorer's examples, the test harness's
 * whole-complaint selection, the benchmarks) stays well inside them: the deepest is 5
 * levels, the costliest about 400, the longest about 220 tokens. Introspection's
 * `__schema` (GraphiQL's schema query in the local stack) is not counted for depth or cost.
 *
 * A document over a limit is refused before anything runs, with HTTP 400 and a message
 * that names the limit (never a value from the request):
 * - depth, aliases, cost, directives: `GRAPHQL_VALIDATION_FAILED`;
 * - tokens: `GRAPHQL_PARSE_FAILED` (the parser stops counting at the limit).
 */
export const ARMOR_LIMITS = {
  /** Nested selection sets below the operation (`{ a { b } }` is 2). */
  maxDepth: 10,
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: 15,
  /**
   * graphql-armor's static cost: 1 per scalar field, 2 per object field, each level
   * below weighing 1.5 times the one above. Lists are not multiplied (`first` is at most 100).
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
 * error formatter (it drops whatever follows "found", which may quote a value): the
 * client gets "… limit of N exceeded." instead.
 */
const report: GraphQLArmorRejectCallback = (context, error) => {
  const message = error.message.replace(/^Syntax Error: /, '').replace(/, found \d+\.$/, '.');
  const refusal = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  // Only armor's token counter (not used: see parseOptions) rejects without a context.
  if (!context) throw refusal;
  context.reportError(refusal);
};

const reject = { propagateOnRejection: false, onReject: [report] };

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
  const measure = process.env.ARMOR_MEASURE ? measurer(process.env.ARMOR_MEASURE) : undefined;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true, ...reject, ...(measure && { onAccept: [measure('depth')] }) },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, ...reject, ...(measure && { onAccept: [measure('aliases')] }) },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost, ignoreIntrospection: true, ...reject, ...(measure && { onAccept: [measure('cost')] }) },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, ...reject, ...(measure && { onAccept: [measure('directives')] }) },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !developmentMode, mask: '' },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens } };
}

// TEMPORARY measurement, removed before hand-off.
function measurer(file: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  return (kind: string) => (context: import('graphql').ValidationContext | null, details: { n: number }) => {
    const doc = context?.getDocument();
    const src = doc?.loc?.source.body ?? '';
    fs.appendFileSync(file, JSON.stringify({ kind, n: details.n, src: src.slice(0, 20000) }) + '\n');
  };
}
