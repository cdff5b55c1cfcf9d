import { buildSchema, getIntrospectionQuery, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { systemClock } from '../../../functions/core/clock';
import type { Caller } from '../../../functions/core/identity';
import { ARMOR_LIMITS, createArmor } from '../../../functions/graphql/armor';
import { createContext } from '../../../functions/graphql/context';
import { typeDefs } from '../../../functions/graphql/generated/type-defs';
import { createApolloServer } from '../../../functions/graphql/server';
import { explorerPage } from '../../../local/explorer';
import { InMemoryStore } from '../../harness/in-memory-store';
import { COMPLAINANT_MUTATIONS, COMPLAINT_FIELDS, MUTATIONS, TRACKING_FIELDS } from '../../harness/lifecycle';
import { RECORD, SUBMIT, TRACK } from '../../harness/local-stack';
import { sampleSubmission } from '../../harness/sample';
import { DEFAULTS, recordingLogger } from '../core/test-policy';

const STAFF: Caller = { kind: 'STAFF', organizationId: DEFAULTS.organizationId, staffId: 'admin', role: 'ADMIN' };
const ANONYMOUS: Caller = { kind: 'ANONYMOUS' };

function server(developmentMode = false) {
  const services = { store: new InMemoryStore(), workflow: { start: async () => undefined }, clock: systemClock, settingsDefaults: DEFAULTS, logger: recordingLogger(), developmentMode };
  return { apollo: createApolloServer(services), services };
}

let current: ReturnType<typeof server>;

async function run(query: string, variables: Record<string, unknown> = {}, caller: Caller = STAFF, { apollo, services } = current) {
  const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(services, caller) });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { status: res.http.status ?? 200, ...res.body.singleResult };
}

/** A document refused before it ran: the code, HTTP 400, no data, the message, and nothing logged as an internal error. */
async function expectRefused(query: string, code: string, message: RegExp) {
  const result = await run(query);
  expect(result.data).toBeUndefined();
  expect(result.status).toBe(400);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toEqual({ code });
  expect(result.errors![0].message).toMatch(message);
  expect((current.services.logger).lines.join('\n')).not.toContain('graphql.internal_error');
  return result.errors![0];
}

/** `complaint` (1) inside `levels` inline fragments, each one level deeper, and `id` at the bottom. */
const nestedFragments = (levels: number) => `{ complaint(id: "x") { ${'... on Complaint { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

/** A valid document of exactly `n` tokens: `{`, `}`, aliased `__typename`s (3 tokens each, aliases of it are free) and plain ones. */
function documentOfTokens(n: number): string {
  const inner = n - 2;
  const aliased = Array.from({ length: Math.floor(inner / 3) }, (_, i) => `t${i}: __typename`);
  const plain = Array.from({ length: inner % 3 }, () => '__typename');
  const document = `{ ${[...aliased, ...plain].join(' ')} }`;
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  if (count !== n) throw new Error(`built ${count} tokens, not ${n}`);
  return document;
}

describe('the limits on GraphQL documents (graphql-armor)', () => {
  beforeEach(async () => {
    current = server();
    await current.apollo.start();
  });
  afterEach(() => current.apollo.stop());

  it('lets a normal staff session through: submit, read the whole complaint, list a page of 100 with history', async () => {
    const submitted = await run(SUBMIT, { input: sampleSubmission() }, ANONYMOUS);
    expect(submitted.errors).toBeUndefined();
    const id = (submitted.data as any).submitComplaint.complaint.id;
    const whole = await run(`query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`, { id });
    expect(whole.errors).toBeUndefined();
    expect((whole.data as any).complaint.history).toHaveLength(1);
    const page = await run('{ complaints(first: 100) { edges { node { id reference history { action } } } pageInfo { hasNextPage endCursor } } }');
    expect(page.errors).toBeUndefined();
    expect((page.data as any).complaints.edges).toHaveLength(1);
  });

  it(`refuses a query nested deeper than ${ARMOR_LIMITS.maxDepth} levels with GRAPHQL_VALIDATION_FAILED`, async () => {
    // The schema has no cycles; nested inline fragments are the way to go deep.
    expect((await run(nestedFragments(ARMOR_LIMITS.maxDepth - 2))).errors).toBeUndefined();
    const error = await expectRefused(nestedFragments(ARMOR_LIMITS.maxDepth - 1), 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 10 exceeded\.$/);
    expect(error).toEqual({ message: 'Query depth limit of 10 exceeded.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it(`refuses more than ${ARMOR_LIMITS.maxAliases} aliases with GRAPHQL_VALIDATION_FAILED`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: complaint(id: "x${i}") { id }`).join(' ')} }`;
    expect((await run(aliases(ARMOR_LIMITS.maxAliases))).errors).toBeUndefined();
    await expectRefused(aliases(ARMOR_LIMITS.maxAliases + 1), 'GRAPHQL_VALIDATION_FAILED', /^Aliases limit of 15 exceeded\.$/);
  });

  it(`refuses a document of more than ${ARMOR_LIMITS.maxTokens} tokens with GRAPHQL_PARSE_FAILED (HTTP 400, not 500)`, async () => {
    expect((await run(documentOfTokens(ARMOR_LIMITS.maxTokens))).errors).toBeUndefined();
    await expectRefused(documentOfTokens(ARMOR_LIMITS.maxTokens + 1), 'GRAPHQL_PARSE_FAILED', /^Syntax Error: Document contains more that 1000 tokens\. Parsing aborted\.$/);
  });

  it('does not count comments as tokens', async () => {
    expect((await run(`# ${'x '.repeat(5000)}\n{ __typename }`)).errors).toBeUndefined();
  });

  it(`refuses a query costing more than ${ARMOR_LIMITS.maxCost} with GRAPHQL_VALIDATION_FAILED`, async () => {
    await expectRefused(`{ complaints(first: 100) { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
    // A fractional cost (8,168.75) reads the same.
    await expectRefused(
      '{ complaints(first: 100) { edges { cursor node { id reference status version category receivedAt history { at action actor { kind id } } } } pageInfo { hasNextPage endCursor } } }',
      'GRAPHQL_VALIDATION_FAILED',
      /^Query Cost limit of 5000 exceeded\.$/,
    );
    // The same selection on a page of 5 is within the limit.
    expect((await run(`{ complaints(first: 5) { edges { node { ${COMPLAINT_FIELDS} } } } }`)).errors).toBeUndefined();
  });

  it(`refuses more than ${ARMOR_LIMITS.maxDirectives} directives with GRAPHQL_VALIDATION_FAILED`, async () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;
    expect((await run(directives(ARMOR_LIMITS.maxDirectives))).errors).toBeUndefined();
    await expectRefused(directives(ARMOR_LIMITS.maxDirectives + 1), 'GRAPHQL_VALIDATION_FAILED', /^Directives limit of 10 exceeded\.$/);
  });

  it('still answers a document that does not parse with GRAPHQL_PARSE_FAILED and HTTP 400', async () => {
    await expectRefused('mutation { submitComplaint(', 'GRAPHQL_PARSE_FAILED', /^Syntax Error: Expected Name, /);
  });

  it('refuses a subscription (the schema has none) with GRAPHQL_VALIDATION_FAILED instead of failing inside', async () => {
    // Found by test/integration/fuzz.test.ts: graphql-js 16 lets it through validation and
    // then cannot execute it, which reached the client as INTERNAL_SERVER_ERROR.
    await expectRefused('subscription { __typename }', 'GRAPHQL_VALIDATION_FAILED', /^The schema has no subscription operations\.$/);
  });

  it('applies the same limits in the local stack, where introspection is on, to introspection queries too', async () => {
    await current.apollo.stop();
    current = server(true);
    await current.apollo.start();
    const shallow = await run('{ __schema { queryType { name } types { name fields { name type { name kind ofType { name } } } } } }');
    expect(shallow.errors).toBeUndefined();
    expect((shallow.data as any).__schema.queryType.name).toBe('Query');
    // GraphiQL's own schema query nests 21 levels (the explorer page carries the schema instead).
    const graphiqlSchemaQuery = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true });
    const graphiql = await run(graphiqlSchemaQuery);
    expect(graphiql.status).toBe(400);
    expect(graphiql.data).toBeUndefined();
    expect(graphiql.errors).toContainEqual(expect.objectContaining({ message: 'Query depth limit of 10 exceeded.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    const ofTypes = (n: number) => `{ __type(name: "Complaint") { fields { type { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } } } }`;
    expect((await run(ofTypes(ARMOR_LIMITS.maxDepth - 4))).errors).toBeUndefined();
    await expectRefused(ofTypes(ARMOR_LIMITS.maxDepth - 3), 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 10 exceeded\.$/);
    await expectRefused(`{ __schema { types { fields { type { ${'ofType { '.repeat(7)}name${' }'.repeat(7)} } } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 10 exceeded\.$/);
    await expectRefused(`{ complaints(first: 100) { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /Cost limit/);
  });

  it('takes complaintExport(first: 1000) written as a literal, as the README shows: its page is one object, not 1,000 of them', async () => {
    const analyst: Caller = { ...STAFF, staffId: 'analyst', role: 'ANALYST' };
    const literal = await run('{ complaintExport(period: { from: "2026-11-01", to: "2026-11-30" }, first: 1000) { csv rows nextCursor } }', {}, analyst);
    expect(literal.errors).toBeUndefined();
    expect((literal.data as any).complaintExport).toMatchObject({ rows: 0, nextCursor: null });
  });

  it('still multiplies a literal first into the cost of fields that answer a list', async () => {
    // 20 whole complaints and 50 statistics groups with every figure are over the limit whatever the field.
    await expectRefused(`{ complaints(first: 20) { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
    await expectRefused(`{ handlerQueue(handlerId: "h", first: 20) { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
    // Left out, first is the schema's default (20): the same page, the same cost.
    await expectRefused(`{ complaints { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
    await expectRefused(`{ handlerQueue(handlerId: "h") { edges { node { ${COMPLAINT_FIELDS} } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
    const duration = '{ count averageHours medianHours p90Hours buckets { upToHours count } }';
    const figures = `key received accepted rejected resolved reopened reopenRate escalated timeToFirstResponse ${duration} timeToAcceptance ${duration} timeToResolution ${duration} compliance { source met breached rate } satisfaction { ratings averageRating distribution resolvedShare }`;
    await expectRefused(`{ complaintStatistics(period: { from: "2026-11-01", to: "2026-11-30" }, first: 50) { groups { ${figures} } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 5000 exceeded\.$/);
  });
});

describe("the project's own operations stay within the limits", () => {
  const schema = buildSchema(typeDefs);
  const armor = createArmor({ developmentMode: false });
  const armorErrors = (document: string) => validate(schema, parse(document, armor.parseOptions), armor.validationRules).map((e) => e.message);

  const harness: Record<string, string> = {
    SUBMIT,
    RECORD,
    TRACK,
    whole: `query($id: ID!) { complaint(id: $id) { ${COMPLAINT_FIELDS} } }`,
    tracking: `query($r: String!, $c: String!) { trackComplaint(reference: $r, accessCode: $c) { ${TRACKING_FIELDS} } }`,
    ...Object.fromEntries(Object.entries(MUTATIONS).map(([k, v]) => [`staff ${k}`, v])),
    ...Object.fromEntries(Object.entries(COMPLAINANT_MUTATIONS).map(([k, v]) => [`complainant ${k}`, v])),
  };

  it.each(Object.entries(harness))('%s', (_name, document) => {
    expect(armorErrors(document)).toEqual([]);
  });

  const explorerExample = (): string => JSON.parse(/defaultQuery: ("(?:[^"\\]|\\.)*")/.exec(explorerPage('/graphql'))![1]);

  it("the explorer's example operations are within the limits", () => {
    expect(armorErrors(explorerExample())).toEqual([]);
  });
});
