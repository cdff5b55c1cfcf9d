import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { MAX_BODY_BYTES } from '../../functions/graphql/lambda-handler';
import { typeDefs } from '../../functions/graphql/generated/type-defs';
import type { LocalStack } from '../../local/stack';
import { asStaff, graphql, startTestStack } from '../harness/local-stack';
import { sampleSubmission } from '../harness/sample';

/**
 * Property-based fuzzing of the local GraphQL endpoint: thousands of random and
 * malformed requests, each checked against what every answer must satisfy. The seed is
 * fixed and printed; FUZZ_SEED=<n> runs another, and a failure reports the seed and
 * path fast-check needs to replay it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
/** Each property takes a few seconds alone; the whole suite on two workers slows it several times. */
const FUZZ_TIMEOUT = 180_000;
const RUNS = { jsonBodies: 300, contentTypes: 150, oversized: 20, deep: 150, submitVariables: 330, strings: 300, documents: 550, unicode: 150 };

/** The codes README's "Errors" table documents. */
function documentedCodes(): Set<string> {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| code | when |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return new Set(rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1])));
}
const DOCUMENTED = documentedCodes();

const schema = buildSchema(typeDefs);
const queryType = schema.getQueryType()!;
const mutationType = schema.getMutationType()!;
const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
const allFieldNames = [...new Set(objectTypes.flatMap((t) => Object.keys(t.getFields())))];
const allTypeNames = Object.keys(schema.getTypeMap()).filter((n) => !n.startsWith('__'));
/** submitComplaint is fuzzed through one known document, so that every stored complaint is matched by a reference in an answer. */
const mutationFields = Object.values(mutationType.getFields()).filter((f) => f.name !== 'submitComplaint');
const queryFields = Object.values(queryType.getFields());

// ---------------------------------------------------------------------------------------
// Strings: every plane, lone surrogates, controls, bidi overrides, combining marks, emoji.

const oddUnits = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u202e', '\u200b', '\ufeff', '\ufffd', '\u2028', '👨‍👩‍👧‍👦', 'e\u0301', '张', '丰', '"', '\\', '$', '{', '}', '\n', '\r\n', '\t', '<script>', "'", '%s', '${', '𝕏', '@');
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), oddUnits, loneSurrogate);
const anyString = (maxLength = 40) => fc.string({ unit: anyUnit, maxLength });
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Without the control characters the validation refuses, so that most such submissions are stored. */
const storableString = (maxLength: number) => fc.string({ unit: anyUnit.filter((u) => !CONTROL.test(u)), minLength: 1, maxLength });

// ---------------------------------------------------------------------------------------
// Requests and what every answer must satisfy.

interface Request {
  body: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  raw: string;
  json: any;
}

let stack: LocalStack;
const logs: string[] = [];
const spies: jest.SpyInstance[] = [];
/** References returned by successful submissions: the only complaints that may be stored. */
const references = new Set<string>();
let storedBefore = 0;

async function send({ body, contentType, headers = {} }: Request): Promise<Answer> {
  const res = await fetch(stack.urls.graphql, {
    method: 'POST',
    headers: { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
  const raw = await res.text();
  let json: any;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  return { status: res.status, raw, json };
}

const ALLOWED_STATUS = new Set([200, 400, 401, 413, 429]);

/** Throws (and so fails the property, which fast-check then shrinks) when an answer breaks a rule. */
function check(request: Request, answer: Answer, logsBefore: number): void {
  const where = () => `status ${answer.status}, body ${answer.raw.slice(0, 500)}\nrequest ${typeof request.body === 'string' ? request.body.slice(0, 500) : `${request.body.length} bytes`} (${request.contentType})`;
  if (answer.status >= 500) throw new Error(`a 5xx answer: ${where()}`);
  if (!ALLOWED_STATUS.has(answer.status)) throw new Error(`an unexpected status: ${where()}`);
  const json = answer.json;
  if (json === undefined || json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error(`not a JSON object: ${where()}`);
  if (!('data' in json) && !('errors' in json)) throw new Error(`neither data nor errors: ${where()}`);
  if (answer.status !== 200 && !(Array.isArray(json.errors) && json.errors.length > 0)) throw new Error(`a refusal without errors: ${where()}`);
  if (answer.status === 413 && json.errors[0].extensions?.code !== 'PAYLOAD_TOO_LARGE') throw new Error(`a 413 without PAYLOAD_TOO_LARGE: ${where()}`);
  if (answer.status === 429 && json.errors[0].extensions?.code !== 'RATE_LIMITED') throw new Error(`a 429 without RATE_LIMITED: ${where()}`);
  for (const error of json.errors ?? []) {
    const code = error?.extensions?.code;
    if (typeof error?.message !== 'string') throw new Error(`an error without a message: ${where()}`);
    if (!DOCUMENTED.has(code)) throw new Error(`an undocumented code ${code}: ${where()}`);
    if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`an internal error: ${where()}`);
  }
  const reference = json.data?.submitComplaint?.reference;
  if (typeof reference === 'string') references.add(reference);
  const unhandled = logs.slice(logsBefore).filter((l) => l.includes('graphql.internal_error') || l.includes('Unexpected error processing request'));
  if (unhandled.length) throw new Error(`an unhandled error was logged (${unhandled.join('; ')}): ${where()}`);
}

/** What came back, by property, HTTP status and first error code (or "data"): printed at the end. */
const tally = new Map<string, number>();
let currentProperty = '';

async function exchange(request: Request): Promise<Answer> {
  const logsBefore = logs.length;
  const answer = await send(request);
  const outcome = `${currentProperty}: ${answer.status} ${answer.json?.errors?.[0]?.extensions?.code ?? 'data'}`;
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  check(request, answer, logsBefore);
  return answer;
}

const LIST = `query($after: String) { complaints(first: 100, after: $after) { edges { node { id reference history { action } } } pageInfo { hasNextPage endCursor } } }`;

async function storedComplaints(): Promise<Array<{ id: string; reference: string; history: unknown[] }>> {
  const nodes: Array<{ id: string; reference: string; history: unknown[] }> = [];
  let after: string | null = null;
  do {
    const page: any = await graphql(stack, LIST, { after }, asStaff('fuzz-auditor'));
    if (page.errors) throw new Error(`listing failed: ${page.raw}`);
    nodes.push(...page.data.complaints.edges.map((e: { node: { id: string; reference: string; history: unknown[] } }) => e.node));
    after = page.data.complaints.pageInfo.hasNextPage ? page.data.complaints.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** No partial write: exactly the complaints whose reference was answered are stored, each with its audit entry. */
async function expectNoPartialWrites(): Promise<void> {
  await new Promise((r) => setTimeout(r, 200));
  const stored = await storedComplaints();
  expect(stored.length).toBe(storedBefore + references.size);
  const storedReferences = new Set(stored.map((c) => c.reference));
  expect([...references].filter((r) => !storedReferences.has(r))).toEqual([]);
  expect(stored.filter((c) => c.history.length < 1).map((c) => c.id)).toEqual([]);
}

/** Runs one property; its seed is SEED plus a number drawn from the test's name, so `-t` replays it alone. */
async function fuzz<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, toRequest: (value: T) => Request): Promise<void> {
  currentProperty = expect.getState().currentTestName?.replace(/^.*\) /, '') ?? '';
  const seed = SEED + [...currentProperty].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_000, 0);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      await exchange(toRequest(value));
    }),
    { seed, numRuns },
  );
  await expectNoPartialWrites();
}

// ---------------------------------------------------------------------------------------
// Who calls: nobody, staff of two roles, or credentials that are not valid.

const callers = fc.constantFrom<'anonymous' | 'admin' | 'analyst' | 'bad-token' | 'bad-key'>('anonymous', 'admin', 'analyst', 'bad-token', 'bad-key');
function headersOf(caller: 'anonymous' | 'admin' | 'analyst' | 'bad-token' | 'bad-key'): Record<string, string> {
  switch (caller) {
    case 'anonymous':
      return {};
    case 'admin':
      return asStaff('fuzz-admin');
    case 'analyst':
      return asStaff('fuzz-analyst', 'ANALYST');
    case 'bad-token':
      return { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' };
    case 'bad-key':
      return { 'x-api-key': 'cpk_not_a_real_key' };
  }
}

// ---------------------------------------------------------------------------------------
// GraphQL documents built from the schema: mostly well-typed, with wrong names, wrong
// types, variables, aliases, directives, fragments and odd strings mixed in.

type G = fc.GeneratorValue;
const nat = (g: G, max: number) => g(fc.nat, { max });
const chance = (g: G, percent: number) => nat(g, 99) < percent;
/** Half the documents are well-formed and well-typed (noise 0), so that they reach the resolvers; the rest carry mistakes. */
let noise = 1;
const mistake = (g: G, percent: number) => noise > 0 && chance(g, percent);
const pick = <T>(g: G, items: readonly T[]): T => items[nat(g, items.length - 1)];
const gqlString = (s: string) => JSON.stringify(s);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

interface DocumentContext {
  variables: Record<string, unknown>;
  definitions: string[];
  aliases: number;
}

function wrongLiteral(g: G): string {
  return pick(g, ['1', '-2147483649', '99999999999999999999', '1.5e400', 'true', 'null', '"x"', gqlString(g(anyString)), '[1, "a", null]', '{ a: 1 }', 'WEB', '$undefined']);
}

function jsonFor(g: G, type: GraphQLInputType, depth = 0): unknown {
  if (mistake(g, 6)) return g(fc.jsonValue, { maxDepth: 2 });
  if (isNonNullType(type)) return jsonFor(g, type.ofType, depth);
  if (mistake(g, 4)) return null;
  if (isListType(type)) return Array.from({ length: nat(g, 3) }, () => jsonFor(g, type.ofType, depth + 1));
  if (isInputObjectType(type)) return depth > 4 ? {} : objectFor(g, type, (t) => jsonFor(g, t, depth + 1));
  if (isEnumType(type)) return mistake(g, 10) ? g(anyString) : pick(g, type.getValues()).name;
  switch (type.name) {
    case 'Int':
      return mistake(g, 10) ? pick(g, [2 ** 31, -(2 ** 31) - 1, 1.5, '7', true, -3, 150]) : g(fc.integer, { min: 1, max: 100 });
    case 'Float':
      return g(fc.double, { noNaN: true });
    case 'Boolean':
      return mistake(g, 10) ? 'true' : g(fc.boolean);
    case 'DateTime':
      return mistake(g, 50) ? pick(g, ['2026-13-01T00:00:00Z', '', 'yesterday', g(anyString)]) : '2026-11-01T08:00:00.000Z';
    case 'Date':
      return mistake(g, 50) ? pick(g, ['2026-02-30', '3026-01-01', '', g(anyString)]) : '2026-11-01';
    default:
      return g(anyString);
  }
}

function literalFor(g: G, type: GraphQLInputType, context: DocumentContext, depth = 0): string {
  if (mistake(g, 8)) return wrongLiteral(g);
  if (chance(g, 10)) return variableFor(g, type, context);
  if (isNonNullType(type)) return literalFor(g, type.ofType, context, depth);
  if (mistake(g, 4)) return 'null';
  if (isListType(type)) return `[${Array.from({ length: nat(g, 3) }, () => literalFor(g, type.ofType, context, depth + 1)).join(', ')}]`;
  if (isInputObjectType(type)) {
    if (depth > 4) return '{}';
    const fields = objectFor(g, type, (t) => literalFor(g, t, context, depth + 1));
    return `{ ${Object.entries(fields)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} }`;
  }
  if (isEnumType(type)) return mistake(g, 10) ? pick(g, ['NOPE', 'web', '"WEB"']) : pick(g, type.getValues()).name;
  const value = jsonFor(g, type, depth);
  // A lone surrogate cannot be written in a GraphQL string literal (it can in a JSON variable).
  if (typeof value === 'string' && noise === 0) return gqlString(value.replace(LONE_SURROGATE, '\ufffd'));
  return typeof value === 'string' ? gqlString(value) : value === null || value === undefined ? 'null' : typeof value === 'object' ? wrongLiteral(g) : JSON.stringify(value);
}

function objectFor<V>(g: G, type: GraphQLInputObjectType, valueOf: (t: GraphQLInputType) => V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const field of Object.values(type.getFields())) {
    const required = isNonNullType(field.type);
    if (required ? !mistake(g, 5) : chance(g, 40)) out[field.name] = valueOf(field.type);
  }
  if (mistake(g, 4)) out[pick(g, allFieldNames)] = valueOf(pick(g, Object.values(type.getFields())).type);
  return out;
}

function variableFor(g: G, type: GraphQLInputType, context: DocumentContext): string {
  const name = `v${context.definitions.length}`;
  const declared = mistake(g, 8) ? pick(g, [...allTypeNames, 'Int!', '[String]', 'Nope']) : String(type);
  if (!mistake(g, 3)) context.definitions.push(`$${name}: ${declared}`);
  if (!mistake(g, 10)) context.variables[name] = jsonFor(g, type);
  return `$${name}`;
}

function fieldText(g: G, field: GraphQLField<unknown, unknown>, context: DocumentContext, depth: number, maxDepth: number): string {
  const alias = chance(g, 10) ? `a${context.aliases++}: ` : '';
  const args = field.args.filter((a) => (isNonNullType(a.type) ? !mistake(g, 5) : chance(g, 30))).map((a) => `${a.name}: ${literalFor(g, a.type, context)}`);
  if (mistake(g, 3)) args.push(`${pick(g, ['first', 'id', 'nope'])}: ${wrongLiteral(g)}`);
  const directive = chance(g, 5) ? (mistake(g, 50) ? ` @${pick(g, ['deprecated', 'nope', 'include'])}(if: ${pick(g, ['1', '$flag', 'null'])})` : ` @${pick(g, ['include', 'skip'])}(if: ${pick(g, ['true', 'false'])})`) : '';
  const named = getNamedType(field.type);
  let sub = '';
  if (isObjectType(named)) sub = depth >= maxDepth || mistake(g, 3) ? (mistake(g, 50) ? '' : ' { __typename }') : ` { ${selectionFor(g, named, context, depth + 1, maxDepth)} }`;
  else if (mistake(g, 3)) sub = ' { id }';
  return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive}${sub}`;
}

function selectionFor(g: G, type: GraphQLObjectType, context: DocumentContext, depth: number, maxDepth: number): string {
  const fields = Object.values(type.getFields());
  const parts: string[] = [];
  for (let i = 0, n = 1 + nat(g, 3); i < n; i++) {
    const roll = nat(g, 99);
    if (roll < 4) parts.push('__typename');
    else if (roll < 8 && noise > 0) parts.push(pick(g, allFieldNames));
    else if (roll < 12 && depth < 14) {
      const on = mistake(g, 20) ? pick(g, objectTypes) : type;
      parts.push(`... on ${on.name} { ${selectionFor(g, on, context, depth + 1, maxDepth)} }`);
    } else parts.push(fieldText(g, pick(g, fields), context, depth, maxDepth));
  }
  return parts.join(' ');
}

const schemaDocuments = fc.gen().map((g) => {
  noise = chance(g, 50) ? 0 : 1;
  const context: DocumentContext = { variables: {}, definitions: [], aliases: 0 };
  const kind = noise ? pick(g, ['query', 'mutation', '', 'subscription', 'query Named']) : pick(g, ['query', 'mutation', 'query Named']);
  const root = kind.startsWith('mutation') ? mutationFields : queryFields;
  const maxDepth = 1 + nat(g, 11);
  const selections = Array.from({ length: 1 + nat(g, 2) }, () => fieldText(g, pick(g, root), context, 1, maxDepth));
  const fragment = mistake(g, 5) ? pick(g, [' fragment F on Complaint { id ...F }', ' fragment F on Query { __typename }', ' fragment G on Nope { x }']) : '';
  const head = context.definitions.length && kind === '' ? 'query' : kind;
  const query = `${head}${context.definitions.length ? `(${context.definitions.join(', ')})` : ''} { ${selections.join(' ')} }${fragment}`;
  const body: Record<string, unknown> = { query, variables: mistake(g, 5) ? g(fc.jsonValue, { maxDepth: 1 }) : context.variables };
  if (chance(g, 10)) body.operationName = noise ? pick(g, ['Named', 'Other', '', null, 1]) : kind === 'query Named' ? 'Named' : null;
  return { body, caller: noise ? pick(g, ['anonymous', 'admin', 'analyst', 'bad-token'] as const) : pick(g, ['anonymous', 'admin', 'admin', 'analyst'] as const) };
});

// ---------------------------------------------------------------------------------------
// Submissions: the valid template, each leaf of SubmitComplaintInput, and what to do to it.

const SUBMIT = `mutation Submit($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference accessCode complaint { id status } } }`;
const TEMPLATE = sampleSubmission();

interface Leaf {
  path: string[];
  type: GraphQLInputType;
}
function leavesOf(type: GraphQLInputObjectType, prefix: string[] = []): Leaf[] {
  return Object.values(type.getFields()).flatMap((f) => {
    const named = getNamedType(f.type);
    const here = { path: [...prefix, f.name], type: f.type };
    return isInputObjectType(named) ? [here, ...leavesOf(named, here.path)] : [here];
  });
}
const SUBMIT_INPUT = schema.getType('SubmitComplaintInput') as GraphQLInputObjectType;
const LEAVES = leavesOf(SUBMIT_INPUT);
const STRING_LEAVES = LEAVES.filter((l) => ['String', 'ID'].includes(getNamedType(l.type).name));

function setPath(target: Record<string, any>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
let mailbox = 0;
const validEmail = () => `fuzz-${process.pid}-${(mailbox += 1)}@example.com`;

const wronglyTypedSubmissions = fc.gen().map((g) => {
  noise = 1;
  const input: Record<string, any> = { ...clone(TEMPLATE), complainant: { ...clone(TEMPLATE.complainant), email: validEmail() } };
  for (let i = 0, n = 1 + nat(g, 2); i < n; i++) {
    const leaf = pick(g, LEAVES);
    const roll = nat(g, 99);
    if (roll < 45) setPath(input, leaf.path, g(fc.jsonValue, { maxDepth: 2 }));
    else if (roll < 60) setPath(input, leaf.path, undefined);
    else if (roll < 70) setPath(input, leaf.path, pick(g, [13800138000, 1.5, true, [], {}, null, -1, '']));
    else if (roll < 80) setPath(input, [...leaf.path.slice(0, -1), pick(g, ['extra', 'id', 'status', '__proto__', 'constructor'])], g(anyString));
    else setPath(input, leaf.path, jsonFor(g, leaf.type));
  }
  const roll = nat(g, 99);
  const variables = roll < 3 ? g(fc.jsonValue, { maxDepth: 2 }) : roll < 6 ? { input: g(fc.jsonValue, { maxDepth: 2 }) } : roll < 8 ? {} : { input };
  return { query: SUBMIT, variables };
});

const unicodeSubmissions = fc.gen().map((g) => {
  const input: Record<string, any> = clone(TEMPLATE);
  for (const leaf of STRING_LEAVES) {
    const name = leaf.path[leaf.path.length - 1];
    if (name === 'email') setPath(input, leaf.path, pick(g, [validEmail(), validEmail(), `${g(anyString)}@example.com`, g(anyString)]));
    else if (name === 'phone') setPath(input, leaf.path, chance(g, 70) ? '+86 139 1234 5678' : g(anyString));
    else setPath(input, leaf.path, chance(g, 90) ? g(storableString, 1 + nat(g, 99)) : g(anyString, 300));
  }
  return { query: SUBMIT, variables: { input } };
});

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  process.stderr.write(`fuzz.test.ts: fast-check seed ${SEED} (FUZZ_SEED=${SEED} replays it)\n`);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' '))));
  }
  stack = await startTestStack();
  storedBefore = (await storedComplaints()).length;
}, 60_000);

afterAll(async () => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const lines = [...tally.entries()].map(([k, n]) => `  ${k}: ${n}`);
  process.stderr.write(`fuzz.test.ts: seed ${SEED}, ${total} requests, ${references.size} complaints stored\n${lines.join('\n')}\n`);
  await stack?.stop();
  spies.splice(0).forEach((s) => s.mockRestore());
});

describe(`random and malformed requests to the local endpoint (fast-check seed ${SEED})`, () => {
  it('reads the documented error codes from README', () => {
    expect([...DOCUMENTED]).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNAUTHENTICATED']));
  });

  // Found by the fuzzing below: Apollo's OPERATION_RESOLUTION_FAILURE is now in the README table.
  it('an operationName that matches no operation is answered with a documented code', async () => {
    const res = await send({ body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }), contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(DOCUMENTED).toContain(res.json.errors[0].extensions.code);
  });

  it('random JSON bodies', async () => {
    const bodies = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.record({ query: fc.oneof(anyString(), fc.jsonValue({ maxDepth: 1 })), variables: fc.jsonValue({ maxDepth: 2 }), operationName: fc.jsonValue({ maxDepth: 1 }), extensions: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
      fc.tuple(fc.json({ maxDepth: 2 }), anyString(5)).map(([json, tail]) => json + tail),
      anyString(80),
    );
    await fuzz(fc.tuple(bodies, callers), RUNS.jsonBodies, ([body, caller]) => ({ body, contentType: 'application/json', headers: headersOf(caller) }));
  }, FUZZ_TIMEOUT);

  it('wrong content types', async () => {
    const types = fc.oneof(
      fc.constantFrom('text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/graphql-response+json', 'APPLICATION/JSON', 'Application/Json; charset=utf-8', 'application/json; charset=utf-16', 'application/jsonp', 'application/xml', '', '*/*', 'application/octet-stream'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    const bodies = fc.oneof(
      fc.constant(JSON.stringify({ query: '{ __typename }' })),
      fc.constant(JSON.stringify({ query: SUBMIT, variables: { input: TEMPLATE } })),
      fc.constant('query=%7B__typename%7D'),
      fc.json({ maxDepth: 2 }),
      anyString(60),
      fc.uint8Array({ maxLength: 200 }),
    );
    const preflight = fc.constantFrom<Record<string, string>>({}, { 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'X' });
    await fuzz(fc.tuple(types, bodies, preflight), RUNS.contentTypes, ([contentType, body, headers]) => ({ body, contentType, headers }));
  }, FUZZ_TIMEOUT);

  it('oversized bodies are refused with 413 PAYLOAD_TOO_LARGE, and nothing at the limit is', async () => {
    const kinds = fc.constantFrom('json-padding', 'query-padding', 'multibyte', 'junk');
    const oversized = fc.tuple(kinds, fc.integer({ min: MAX_BODY_BYTES + 1, max: 900_000 }));
    await fuzz(oversized, RUNS.oversized, ([kind, size]) => {
      const fill = (n: number, unit = 'x') => unit.repeat(Math.ceil(n / Buffer.byteLength(unit)));
      const body =
        kind === 'json-padding'
          ? JSON.stringify({ query: '{ __typename }', pad: fill(size) })
          : kind === 'query-padding'
            ? JSON.stringify({ query: `{ __typename }${fill(size, ' ')}` })
            : kind === 'multibyte'
              ? JSON.stringify({ query: SUBMIT, variables: { input: { ...TEMPLATE, facts: fill(size, '我') } } })
              : fill(size, '{');
      return { body, contentType: 'application/json' };
    });
    const atLimit = JSON.stringify({ query: '{ __typename }', pad: '' });
    const res = await exchange({ body: atLimit.replace('"pad":""', `"pad":"${'x'.repeat(MAX_BODY_BYTES - Buffer.byteLength(atLimit))}"`), contentType: 'application/json' });
    expect(res.status).toBe(200);
  }, FUZZ_TIMEOUT);

  it('deeply nested queries, values and variables', async () => {
    const nested = fc.tuple(fc.constantFrom('fragments', 'fields', 'braces', 'list-literal', 'object-literal', 'list-variable', 'object-variable', 'self-fragment'), fc.integer({ min: 1, max: 3000 }));
    await fuzz(fc.tuple(nested, callers), RUNS.deep, ([[kind, depth], caller]) => {
      const d = Math.min(depth, kind.endsWith('variable') ? 3000 : 400);
      let body: Record<string, unknown>;
      switch (kind) {
        case 'fragments':
          body = { query: `{ complaint(id: "x") { ${'... on Complaint { '.repeat(d)}id${' }'.repeat(d)} } }` };
          break;
        case 'fields':
          body = { query: `{ ${'complaint(id: "x") { handler { '.repeat(Math.ceil(d / 2))}id${' } }'.repeat(Math.ceil(d / 2))} }` };
          break;
        case 'braces':
          body = { query: '{'.repeat(d) + '}'.repeat(d) };
          break;
        case 'list-literal':
          body = { query: `{ complaints(first: ${'['.repeat(d)}1${']'.repeat(d)}) { pageInfo { hasNextPage } } }` };
          break;
        case 'object-literal':
          body = { query: `{ complaints(filter: ${'{ category: '.repeat(d)}"x"${' }'.repeat(d)}) { pageInfo { hasNextPage } } }` };
          break;
        case 'list-variable':
          body = { query: SUBMIT, variables: { input: JSON.parse('['.repeat(d) + ']'.repeat(d)) } };
          break;
        case 'object-variable':
          body = { query: SUBMIT, variables: { input: { ...TEMPLATE, complainant: JSON.parse('{"a":'.repeat(d) + '1' + '}'.repeat(d)) } } };
          break;
        default:
          body = { query: `query { complaint(id: "x") { ...A } } fragment A on Complaint { id ${'...A '.repeat(Math.min(d, 50))}}` };
      }
      return { body: JSON.stringify(body), contentType: 'application/json', headers: headersOf(caller) };
    });
  }, FUZZ_TIMEOUT);

  it('wrongly typed variables for submitComplaint', async () => {
    await fuzz(fc.tuple(wronglyTypedSubmissions, fc.constantFrom<'anonymous' | 'admin'>('anonymous', 'anonymous', 'admin')), RUNS.submitVariables, ([body, caller]) => ({ body: JSON.stringify(body), contentType: 'application/json', headers: headersOf(caller) }));
  }, FUZZ_TIMEOUT);

  it('random strings as queries', async () => {
    const soup = fc
      .array(fc.oneof(fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '!', '$x', '...', 'on', '@include(if: true)', '"s"', '"""b"""', '1', '-0.5e9', 'query', 'mutation', 'subscription', 'fragment', 'F', '#', '\n', ','), fc.constantFrom(...allFieldNames), fc.constantFrom(...allTypeNames)), { maxLength: 60 })
      .map((tokens) => tokens.join(' '));
    const queries = fc.oneof(anyString(100), fc.string({ unit: 'grapheme-ascii', maxLength: 100 }), soup);
    await fuzz(fc.tuple(queries, fc.option(fc.jsonValue({ maxDepth: 2 })), callers), RUNS.strings, ([query, variables, caller]) => ({
      body: JSON.stringify(variables === null ? { query } : { query, variables }),
      contentType: 'application/json',
      headers: headersOf(caller),
    }));
  }, FUZZ_TIMEOUT);

  it("random GraphQL documents built from the schema's field names", async () => {
    await fuzz(schemaDocuments, RUNS.documents, ({ body, caller }) => ({ body: JSON.stringify(body), contentType: 'application/json', headers: headersOf(caller) }));
  }, FUZZ_TIMEOUT);

  it('random unicode in every string field of a submission', async () => {
    const accepted = references.size;
    await fuzz(unicodeSubmissions, RUNS.unicode, (body) => ({ body: JSON.stringify(body), contentType: 'application/json' }));
    // Most of them are valid: the odd characters went all the way to the table.
    expect(references.size - accepted).toBeGreaterThan(RUNS.unicode / 4);
  }, FUZZ_TIMEOUT);
});
