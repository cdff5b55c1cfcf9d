import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbComplaintStore } from '../../functions/adapters/dynamodb/complaint-store';
import { SearchReader } from '../../functions/adapters/dynamodb/search-reader';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import type { ComplaintFilter, ListPosition } from '../../functions/core/ports';
import { queryTerms } from '../../functions/core/search/terms';
import { termKey } from '../../functions/core/search/term-keys';
import { keyringSource } from '../../functions/wiring/secrets';
import type { LocalStack } from '../../local/stack';
import { FakeClock } from '../harness/fake-clock';
import { act, configure, errorCode, gql, ok, person, submit, type Submitted } from '../harness/lifecycle';
import { startTestStack } from '../harness/local-stack';

// Monday 30 Nov 2026, 10:00 in Shanghai. A first response is due within one working day:
// by the end of Tuesday (15:59:59.999Z), at risk once three quarters of that time has gone (about 06:30Z).
const RECEIVED = '2026-11-30T02:00:00.000Z';
const MINUTE = 60_000;
const ORG = 'default';

const handler = person('h-zhou', '周杰');
const other = person('h-wu', '吴磊');
const supervisor = person('sup-xu', '徐静');

const LIST = `query($filter: ComplaintFilter, $first: Int, $after: String) {
  complaints(filter: $filter, first: $first, after: $after) {
    edges { node { id reference clocks { id state } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  edges: Array<{ node: { id: string; reference: string; clocks: Array<{ id: string; state: string }> } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const time = new FakeClock(RECEIVED);
let stack: LocalStack;

/** One page of the complaints list, as a supervisor in the workspace asks for it. */
const page = (filter: Record<string, unknown>, first = 20, after?: string) => ok<Page>(gql(stack, LIST, { filter, first, after }, supervisor.id));
const ids = async (filter: Record<string, unknown>) => (await page(filter)).edges.map((e) => e.node.id);
/** The key the stack's search index is made with, read where the functions read it. */
const searchSecret = async () => (await keyringSource(stack.config.secrets.searchIndex)!.keyring()).current;

/** Submits one complaint a minute after the previous one, so newest-first has an order to show. */
async function submitted(overrides: Parameters<typeof submit>[1]): Promise<Submitted> {
  time.advance(MINUTE);
  return submit(stack, overrides);
}

let telecom: Submitted; // accepted: routed to the telecom team and designated to `handler`
let billing: Submitted; // accepted: no routing rule matches, so no handler
let slow: Submitted; // still received

beforeAll(async () => {
  stack = await startTestStack({ clock: time, waitPollMs: 25 });
  await configure(stack, {
    staff: [handler, other, supervisor],
    teams: [{ id: 'telecom', name: '通信服务组', memberIds: [handler.id], supervisorId: supervisor.id }],
    routingRules: [{ category: 'Mobile network', teamId: 'telecom' }],
    slaTargets: [{ priority: 'NORMAL', firstResponse: { amount: 1, unit: 'WORKING_DAYS' } }],
  });
  telecom = await submitted({
    category: 'Mobile network',
    complainant: { name: '张伟', email: `zhang.wei-${process.pid}@example.com`, preferredLanguage: 'ZH_CN' },
    facts: '家中两周没有信号，客服热线一直无人接听。',
  });
  billing = await submitted({
    category: 'Billing',
    complainant: { name: 'José Müller', email: `jose.muller-${process.pid}@example.org`, preferredLanguage: 'EN' },
    facts: 'Charged twice for roaming in Zürich.',
  });
  slow = await submitted({
    category: 'Mobile network',
    complainant: { name: '李娜', email: `li.na-${process.pid}@example.com`, preferredLanguage: 'ZH_CN' },
    facts: '网速很慢，视频一直卡顿。',
  });
  await act(stack, supervisor.id, 'accept', telecom.id);
  await act(stack, supervisor.id, 'accept', billing.id);
  await stack.streams.idle();
});
afterAll(() => stack?.stop());

describe('searching complaints in the workspace', () => {
  it('finds a complaint by the Chinese name of its complainant, whole or by the surname', async () => {
    expect(await ids({ search: '张伟' })).toEqual([telecom.id]);
    expect(await ids({ search: '张' })).toEqual([telecom.id]);
  });

  it('finds a complaint by two Chinese characters of its facts, and not by characters that only occur apart', async () => {
    expect(await ids({ search: '信号' })).toEqual([telecom.id]);
    expect(await ids({ search: '信号很慢' })).toEqual([]);
  });

  it('finds a Latin name and place without their accents or case', async () => {
    expect(await ids({ search: 'MULLER' })).toEqual([billing.id]);
    expect(await ids({ search: 'zurich roaming' })).toEqual([billing.id]);
  });

  it('finds a complaint by the complainant email address, whole', async () => {
    expect(await ids({ search: telecom.email.toUpperCase() })).toEqual([telecom.id]);
  });

  it('finds a complaint by its reference typed in lower case', async () => {
    expect(await ids({ search: slow.reference.toLowerCase() })).toEqual([slow.id]);
  });

  it('finds complaints by category words, newest first, and ANDs every word', async () => {
    expect(await ids({ search: 'mobile network' })).toEqual([slow.id, telecom.id]);
    expect(await ids({ search: 'network 李娜' })).toEqual([slow.id]);
    expect(await ids({ search: 'network müller' })).toEqual([]);
  });

  it('combines words with the other filters', async () => {
    expect(await ids({ search: 'mobile', status: 'RECEIVED' })).toEqual([slow.id]);
    expect(await ids({ search: 'mobile', teamId: 'telecom' })).toEqual([telecom.id]);
    expect(await ids({ search: 'mobile', unassigned: true })).toEqual([slow.id]);
  });

  it('pages through the hits newest first with a cursor', async () => {
    const first = await page({ search: 'network' }, 1);
    expect(first.edges.map((e) => e.node.id)).toEqual([slow.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ search: 'network' }, 1, first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.id)).toEqual([telecom.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a search with nothing to look for, saying which field and what to type', async () => {
    const res = await gql(stack, LIST, { filter: { search: 'a' } }, supervisor.id);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/^filter\.search: needs a word of at least two letters/);
  });

  it('keeps no word of a complaint in the table keys of its index', async () => {
    const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: stack.config.region });
    const partition = keys.searchPartition(ORG, termKey(await searchSecret(), ORG, '张伟'.slice(0, 1)));
    const out = await client.send(new QueryCommand({ TableName: stack.config.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: partition } } }));
    client.destroy();
    expect(out.Items?.map((i) => i.complaintId.S)).toEqual([telecom.id]);
    expect(partition).toMatch(/^SEARCH#default#[0-9a-f]{16}$/);
  });
});

describe('the handler, team and unassigned filters', () => {
  it('lists the complaints designated to a handler, and those of a team', async () => {
    expect(await ids({ handlerId: handler.id })).toEqual([telecom.id]);
    expect(await ids({ handlerId: other.id })).toEqual([]);
    expect(await ids({ teamId: 'telecom' })).toEqual([telecom.id]);
  });

  it('lists the open complaints nobody handles yet, newest first, and combines with the status', async () => {
    expect(await ids({ unassigned: true })).toEqual([slow.id, billing.id]);
    expect(await ids({ unassigned: true, status: 'ACCEPTED' })).toEqual([billing.id]);
    expect(await ids({ unassigned: false })).toEqual([telecom.id]);
  });

  it('refuses a handler with unassigned: true, which no complaint can match', async () => {
    const res = await gql(stack, LIST, { filter: { handlerId: handler.id, unassigned: true } }, supervisor.id);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('follows an assignment: the complaint leaves the unassigned list for its handler', async () => {
    await act(stack, supervisor.id, 'assign', billing.id, { handlerId: other.id });
    expect(await ids({ unassigned: true })).toEqual([slow.id]);
    expect(await ids({ handlerId: other.id })).toEqual([billing.id]);
  });
});

describe('the clock-state filter, as the clock moves', () => {
  const atRisk = (p: Page) => p.edges.filter((e) => e.node.clocks.some((k) => k.state === 'AT_RISK')).map((e) => e.node.id);
  const breached = (p: Page) => p.edges.filter((e) => e.node.clocks.some((k) => k.state === 'BREACHED')).map((e) => e.node.id);

  it('finds no clock at risk while less than three quarters of the time has gone', async () => {
    time.set('2026-12-01T06:00:00.000Z');
    expect(await ids({ clockState: 'AT_RISK' })).toEqual([]);
    expect(await ids({ clockState: 'ON_TRACK' })).toEqual(expect.arrayContaining([slow.id]));
  });

  it('lists a complaint as at risk once three quarters of its first-response time has gone, evaluated when asked', async () => {
    time.set('2026-12-01T07:00:00.000Z');
    const all = await page({});
    const found = await ids({ clockState: 'AT_RISK' });
    expect(found).toContain(slow.id);
    expect(found).toEqual(atRisk(all));
    expect(await ids({ clockState: 'AT_RISK', status: 'RECEIVED' })).toEqual([slow.id]);
  });

  it('lists it as breached after its deadline', async () => {
    time.set('2026-12-01T16:00:00.000Z');
    const all = await page({});
    const found = await ids({ clockState: 'BREACHED' });
    expect(found).toContain(slow.id);
    expect(found).toEqual(breached(all));
    expect(await ids({ clockState: 'BREACHED', unassigned: true })).toEqual([slow.id]);
  });
});

describe('erasure and the search index', () => {
  it('finds nothing by the old name, email or facts once the complainant data is erased, and drops their postings', async () => {
    expect(await ids({ search: 'müller' })).toEqual([billing.id]);
    const erased = await ok<{ erasedComplaints: number }>(
      gql(stack, 'mutation($email: String!) { eraseComplainantData(email: $email) { erasedComplaints } }', { email: billing.email }, 'admin'),
    );
    expect(erased.erasedComplaints).toBe(1);
    await stack.streams.idle();
    for (const words of ['müller', 'jose', billing.email, 'zurich']) expect(await ids({ search: words })).toEqual([]);
    // The category and the reference are not personal data: it stays findable by them.
    expect(await ids({ search: billing.reference })).toEqual([billing.id]);

    const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: stack.config.region });
    const secret = await searchSecret();
    for (const term of ['muller', 'jose', 'zurich', `email:${billing.email}`]) {
      const out = await client.send(
        new QueryCommand({ TableName: stack.config.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: keys.searchPartition(ORG, termKey(secret, ORG, term)) } } }),
      );
      expect(out.Items).toEqual([]);
    }
    client.destroy();
  });
});

describe('pages of bounded cost', () => {
  it('ends a page at the items-read cap, short or empty, with a cursor that goes on to the end', async () => {
    const client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: stack.config.region });
    const { tableName } = stack.config;
    const store = new DynamoDbComplaintStore(client, tableName, new SearchReader(client, tableName, keyringSource(stack.config.secrets.searchIndex)!, 1), 2);
    const list = (filter: ComplaintFilter, after?: ListPosition) => store.list({ organizationId: ORG, list: { kind: 'all', filter }, first: 20, after, now: time.now() });

    // Three complaints, none in this team: the first request reads two and stops, the second reads the last.
    const first = await list({ teamId: 'nowhere' });
    expect(first).toMatchObject({ items: [], hasNextPage: true });
    const second = await list({ teamId: 'nowhere' }, first.endPosition);
    expect(second).toEqual({ items: [], hasNextPage: false });

    // A search examines one posting per request here: one hit per page, newest first.
    const hit = await list({ search: queryTerms('network') });
    expect(hit.items.map((i) => i.complaint.id)).toEqual([slow.id]);
    expect(hit.hasNextPage).toBe(true);
    const next = await list({ search: queryTerms('network') }, hit.endPosition);
    expect(next.items.map((i) => i.complaint.id)).toEqual([telecom.id]);
    client.destroy();
  });
});
