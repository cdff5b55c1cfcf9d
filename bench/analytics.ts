/**
 * (g) Analytics queries with 1,000 and with 50,000 complaints: latency and aggregate
 * items read of complaintStatistics and hotspots, through the real GraphQL handler over
 * DynamoDB Local. The queries read aggregate cells only, so both should cost the same
 * when the days and groups are the same.
 *
 * The 1,000 complaints go through the stream handler's store (DynamoDbStatsStore.apply,
 * one transaction each). Applying 50,000 that way would take minutes here, so their
 * cells are summed in memory from the same facts and written with BatchWriteItem; to
 * show that this leaves the same cells, the 1,000 are also written that way under a
 * second organization and both answers are compared.
 */
import { BatchWriteItemCommand, type DynamoDBClient, type BatchWriteItemCommandOutput, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import { DynamoDbImprovementActionStore } from '../functions/adapters/dynamodb/improvement-action-store';
import { DynamoDbStatsStore } from '../functions/adapters/dynamodb/stats-store';
import { keys } from '../functions/adapters/dynamodb/table-design';
import { devIssuerTokenVerifier } from '../functions/adapters/auth/jwt-verifiers';
import { complaintFacts, factsDelta, type StatsCell } from '../functions/core/analytics/facts';
import { systemClock } from '../functions/core/clock';
import type { Complaint } from '../functions/core/complaint';
import type { GraphqlServices } from '../functions/graphql/context';
import { createGraphqlHandler } from '../functions/graphql/lambda-handler';
import { complaintStore } from '../functions/wiring/dynamodb';
import { lambdaContext, type LambdaHttpHandler } from '../local/api-gateway';
import { devIssuer } from '../local/dev-issuer';
import { silent, startBenchTable } from './bench-table';
import { median, ms, percentile, ratio, table } from './report';
import { apiEvent } from './requests-per-operation';
import { seededRandom } from '../test/harness/seeded-random';

/** 1,000 and 50,000 as the issue asks; 200,000 shows where the growth in bytes per cell stops. */
const SIZES = [1_000, 50_000, 200_000] as const;
/** Complaints are spread over these days; the queries ask for the last 28 and compare with the 28 before. */
const FIRST_DAY = '2026-10-03';
const DAYS = 56;
const PERIOD = { from: '2026-10-31', to: '2026-11-27' };
const CATEGORIES = ['Billing', 'Network', 'Delivery', 'Refunds', 'Staff conduct', 'Privacy'];
const PRODUCTS = ['Prepaid', 'Postpaid', 'Broadband', 'TV', 'Handset', 'Roaming'];
const CHANNELS: Complaint['channel'][] = ['WEB', 'EMAIL', 'PHONE', 'CHAT', 'SOCIAL_MEDIA', 'PARTNER_API'];
const REGIONS = ['Beijing', 'Shanghai', 'Guangdong', 'Sichuan', 'Zhejiang', 'Hubei'];
const RUNS = 25;
const WARMUP = 3;

const QUERIES = {
  'complaintStatistics by CATEGORY, 28 days': `query($p: PeriodInput!) { complaintStatistics(period: $p, groupBy: CATEGORY) { itemsRead totalGroups groups { key received resolved reopenRate timeToResolution { averageHours medianHours p90Hours } compliance { source rate } satisfaction { averageRating } } } }`,
  'hotspots by PRODUCT, 28 days vs the 28 before': `query($p: PeriodInput!) { hotspots(period: $p, dimension: PRODUCT) { itemsRead hotspots { key current previous rise pValue significant } } }`,
} as const;
type QueryName = keyof typeof QUERIES;

export interface AnalyticsQueryFigures {
  name: QueryName;
  medianMs: number;
  p90Ms: number;
  itemsRead: number;
}

export interface AnalyticsBenchResult {
  sizes: Array<{ complaints: number; cells: number; countersPerCell: number; queries: AnalyticsQueryFigures[] }>;
  /** The pre-summed cells of the 1,000 answer exactly as the cells the stream handler's store built. */
  sameAnswers: boolean;
  applySeconds: number;
}

const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** The fields complaintFacts reads, with a skew so some groups rise in the last 28 days. */
export function generatedComplaints(organizationId: string, n: number, seed = 7): Complaint[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    // 'Broadband' complaints come mostly in the later half: a hotspot to find.
    const product = pick(PRODUCTS);
    const late = product === 'Broadband' ? rnd() < 0.75 : rnd() < 0.5;
    const dayIndex = Math.floor(rnd() * (DAYS / 2)) + (late ? DAYS / 2 : 0);
    const receivedOn = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + dayIndex * 86_400_000).toISOString().slice(0, 10);
    const receivedAt = `${receivedOn}T0${Math.floor(rnd() * 9)}:00:00.000Z`;
    const resolved = rnd() < 0.7;
    const rating = resolved && rnd() < 0.6 ? 1 + Math.floor(rnd() * 5) : undefined;
    return {
      id: `bench-${i}`,
      organizationId,
      reference: `CP-BENCH-${i}`,
      accessCodeHash: '',
      status: resolved ? 'CLOSED' : 'INVESTIGATING',
      channel: pick(CHANNELS),
      category: pick(CATEGORIES),
      product,
      facts: '',
      remedyRequested: '',
      receivedAt,
      receivedOn,
      priority: 'NORMAL',
      region: pick(REGIONS),
      jurisdictions: ['CN'],
      complainant: { name: '', preferredLanguage: 'ZH_CN' },
      respondent: { name: `Respondent ${Math.floor(rnd() * 6)}` },
      clocks: [
        { id: 'SLA_FIRST_RESPONSE', source: 'SLA', stopsOn: 'FIRST_RESPONSE', unit: 'BUSINESS_HOURS', pausable: true, startedAt: receivedAt, dueAt: receivedAt, atRiskAt: receivedAt, state: rnd() < 0.9 ? 'MET' : 'BREACHED' },
        { id: 'CN_ACCEPTANCE', source: 'CN', stopsOn: 'ACCEPTANCE_DECISION', unit: 'WORKING_DAYS', pausable: false, startedAt: receivedAt, dueAt: receivedAt, atRiskAt: receivedAt, state: rnd() < 0.95 ? 'MET' : 'BREACHED' },
      ],
      escalation: { level: rnd() < 0.1 ? 'SUPERVISOR' : 'NONE' },
      decision: { accepted: true, at: addHours(receivedAt, 2 + rnd() * 70) },
      firstResponseAt: addHours(receivedAt, rnd() * 30),
      ...(resolved
        ? { finalResponse: { outcome: pick(['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const), reasons: '', remedies: [], followUpMeasures: '', rootCause: 'OTHER', furtherRecourse: '', at: addHours(receivedAt, 24 + rnd() * 600) } }
        : {}),
      ...(rating ? { feedback: { rating, resolved: rating > 2, at: addHours(receivedAt, 700) } } : {}),
      reopenCount: rating !== undefined && rating <= 2 ? 1 : 0,
      workflowEpoch: 0,
      version: 1,
    } satisfies Complaint;
  });
}

/** Sums the complaints' facts into cells, as applying them one by one would leave them. */
function summedCells(complaints: Complaint[]): StatsCell[] {
  const cells = new Map<string, StatsCell>();
  for (const c of complaints) {
    for (const delta of factsDelta(null, complaintFacts(c))) {
      const id = `${delta.dimension}#${delta.day}#${delta.key}`;
      const cell = cells.get(id) ?? { ...delta, counters: {} };
      for (const [name, n] of Object.entries(delta.counters)) cell.counters[name] = (cell.counters[name] ?? 0) + n;
      cells.set(id, cell);
    }
  }
  return [...cells.values()];
}

/** The same item the stream handler's UpdateItem leaves: keys, descriptive attributes, flat counters. */
async function writeCells(client: DynamoDBClient, tableName: string, organizationId: string, cells: StatsCell[]): Promise<void> {
  const requests: WriteRequest[] = cells.map((cell) => ({
    PutRequest: {
      Item: marshall({
        ...keys.statsCell(organizationId, cell.dimension, cell.day, cell.key),
        type: 'StatsCell',
        dimension: cell.dimension,
        day: cell.day,
        key: cell.key,
        organizationId,
        ...cell.counters,
      }),
    },
  }));
  for (let i = 0; i < requests.length; i += 25) {
    let batch: WriteRequest[] | undefined = requests.slice(i, i + 25);
    while (batch?.length) {
      const out: BatchWriteItemCommandOutput = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: batch } }));
      batch = out.UnprocessedItems?.[tableName];
    }
  }
}

export async function runAnalytics(): Promise<AnalyticsBenchResult> {
  const { client, config, stop } = await startBenchTable();
  try {
    const stats = new DynamoDbStatsStore(client, config.tableName);
    const issuer = devIssuer();
    const services: GraphqlServices = {
      store: complaintStore(config, client),
      workflow: { start: async () => undefined },
      clock: systemClock,
      settingsDefaults: config.settingsDefaults,
      logger: silent,
      developmentMode: false,
      tokenVerifier: devIssuerTokenVerifier(issuer.issuer, issuer.audience, issuer.jwks),
      stats,
      improvementActions: new DynamoDbImprovementActionStore(client, config.tableName),
    };
    const handler = createGraphqlHandler(services) as LambdaHttpHandler;
    const ask = async (organizationId: string, name: QueryName) => {
      const headers = { authorization: `Bearer ${issuer.mint({ organizationId, role: 'ANALYST', staffId: 'bench-analyst' })}` };
      const result = await handler(apiEvent(QUERIES[name], { p: PERIOD }, headers), lambdaContext('graphql'));
      const body = JSON.parse((result as { body: string }).body) as { data?: Record<string, { itemsRead: number }>; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return Object.values(body.data)[0];
    };

    // The 1,000 through the stream handler's store, 16 at a time.
    const small = generatedComplaints('bench-applied', SIZES[0]);
    const applyStarted = performance.now();
    for (let i = 0; i < small.length; i += 16) {
      await Promise.all(small.slice(i, i + 16).map((c) => stats.apply(c.id, c.version, complaintFacts(c))));
    }
    const applySeconds = (performance.now() - applyStarted) / 1000;

    const loaded: Array<{ complaints: number; organizationId: string; cells: number; countersPerCell: number }> = [];
    for (const n of SIZES) {
      const organizationId = `bench-${n}`;
      const cells = summedCells(generatedComplaints(organizationId, n));
      await writeCells(client, config.tableName, organizationId, cells);
      const counters = cells.reduce((total, cell) => total + Object.keys(cell.counters).length, 0);
      loaded.push({ complaints: n, organizationId, cells: cells.length, countersPerCell: counters / cells.length });
    }
    // Rounds alternate between the sizes (and which goes first), so drift in the machine's load falls on both alike.
    const samples = new Map<string, number[]>();
    const itemsRead = new Map<string, number>();
    for (const name of Object.keys(QUERIES) as QueryName[]) {
      for (const { organizationId } of loaded) for (let i = 0; i < WARMUP; i += 1) await ask(organizationId, name);
      for (let i = 0; i < RUNS; i += 1) {
        for (const { organizationId } of i % 2 ? [...loaded].reverse() : loaded) {
          const t = performance.now();
          const answer = await ask(organizationId, name);
          const id = `${organizationId} ${name}`;
          samples.set(id, [...(samples.get(id) ?? []), performance.now() - t]);
          itemsRead.set(id, answer.itemsRead);
        }
      }
    }
    const sizes = loaded.map(({ complaints, organizationId, cells, countersPerCell }) => ({
      complaints,
      cells,
      countersPerCell,
      queries: (Object.keys(QUERIES) as QueryName[]).map((name) => {
        const id = `${organizationId} ${name}`;
        const xs = samples.get(id) ?? [];
        return { name, medianMs: median(xs), p90Ms: percentile(xs, 90), itemsRead: itemsRead.get(id) ?? 0 };
      }),
    }));

    let sameAnswers = true;
    for (const name of Object.keys(QUERIES) as QueryName[]) {
      sameAnswers &&= isDeepStrictEqual(await ask('bench-applied', name), await ask(`bench-${SIZES[0]}`, name));
    }
    return { sizes, sameAnswers, applySeconds };
  } finally {
    await stop();
  }
}

const thousands = (n: number) => `${n / 1000}k`;

export function describeAnalytics(r: AnalyticsBenchResult): string {
  const [small] = r.sizes;
  const rows = r.sizes.flatMap((size) =>
    size.queries.map((q, i) => {
      const base = small.queries[i];
      return [
        q.name,
        size.complaints.toLocaleString('en-US'),
        size.cells.toLocaleString('en-US'),
        size.countersPerCell.toFixed(1),
        ms(q.medianMs),
        ms(q.p90Ms),
        ratio(q.medianMs / base.medianMs),
        q.itemsRead,
        ratio(q.itemsRead / base.itemsRead),
      ];
    }),
  );
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const [, fifty, last] = r.sizes;
  const step = fifty.queries.map((q, i) => `${q.name.split(' ')[0]} ${ratio(last.queries[i].medianMs / q.medianMs)}`).join(', ');
  return [
    `### (g) Analytics queries: ${r.sizes.map((x) => thousands(x.complaints)).join(' vs ')} complaints`,
    '',
    `The real GraphQL handler in this process over DynamoDB Local; an analyst asks each query ${RUNS} times per size after ${WARMUP} warm-up calls, ` +
      `the sizes taking turns (and turns about going first) so drift in the machine's load falls on all alike. ` +
      `Complaints are spread over ${DAYS} days (${CATEGORIES.length} categories, ${PRODUCTS.length} products, ${CHANNELS.length} channels, ${REGIONS.length} regions); ` +
      `the period is ${PERIOD.from} to ${PERIOD.to}.`,
    '',
    table(['query', 'complaints', 'cells stored', 'counters per cell', 'median', 'p90', 'median / 1k', 'items read', 'items read / 1k'], rows),
    '',
    `Items read depend on days × groups, not on complaints: with 1,000 complaints a few day-and-group cells are still empty, which is all the difference. ` +
      `Latency follows the bytes read: a cell holds only the counters its complaints touched (a histogram bucket, a rating, a clock result), out of a fixed set, ` +
      `so with few complaints per cell the items are smaller; once every counter is there, the size stops growing. From ${thousands(fifty.complaints)} to ` +
      `${thousands(last.complaints)} complaints the medians move ${step}. ` +
      `The 1,000 were applied one by one through the stream handler's store in ${r.applySeconds.toFixed(1)} s; the same complaints summed in memory and batch-written ` +
      `answer ${r.sameAnswers ? 'exactly the same' : 'DIFFERENTLY (a bug: the pre-summed figures above are not trustworthy)'}, which is how the larger sizes were loaded.`,
  ].join('\n');
}
