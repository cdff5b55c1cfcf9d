/**
 * (c) submitComplaint throughput through the local HTTP endpoint (the whole local stack,
 * in memory) against raw TransactWriteItems sent straight to the same DynamoDB Local, at
 * the same concurrency and count. Rounds alternate the order of the modes so that DynamoDB
 * Local's JIT warm-up and the machine's noise fall on all of them.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { DynamoDBClient, GetItemCommand, QueryCommand, TransactWriteItemsCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { startLocalStack } from '../local/stack';
import { countedSince, holdPlatformLogs, platformLogCounts } from './platform-logs';
import { guard } from './cleanup';
import { median, ms, percentile, ratio, table } from './report';
import { sampleSubmission } from './requests-per-operation';

type Item = Record<string, AttributeValue>;

interface Mode {
  name: string;
  what: string;
  send: (i: number) => Promise<void>;
  /** Untimed, after each timed run: lets work the run left behind finish. */
  settle?: () => Promise<void>;
}

interface Run {
  requests: number;
  elapsedMs: number;
  latencies: number[];
  /** CPU time (user + system) of this Node process during the run: load generator, and for the platform the whole stack but DynamoDB Local. */
  cpuMs: number;
}

export interface ThroughputResult {
  concurrency: number;
  rounds: number;
  perRound: number;
  warmup: number;
  modes: Array<{ name: string; what: string; runs: Run[] }>;
  /** Log lines the stack wrote while the benchmark ran, counted by level and event. */
  logEvents: Record<string, number>;
}

const SUBMIT = 'mutation Submit($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference complaint { id status } } }';

/** One `submitComplaint` POSTed to the local GraphQL endpoint over a kept-alive agent, as a web client sends it. */
export function submitOverHttp(agent: Agent, graphql: URL, i: number): Promise<{ id: string; reference: string }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: SUBMIT, variables: { input: sampleSubmission(i) } });
    const req = request(
      { host: graphql.hostname, port: graphql.port, path: graphql.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          const data = (JSON.parse(text) as { data?: { submitComplaint?: { reference: string; complaint: { id: string } } } }).data?.submitComplaint;
          if (res.statusCode !== 200 || !data) return reject(new Error(`submitComplaint answered ${res.statusCode}: ${text.slice(0, 300)}`));
          resolve({ id: data.complaint.id, reference: data.reference });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(count: number, concurrency: number, send: (i: number) => Promise<void>): Promise<Run> {
  let next = 0;
  let failed = false;
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count && !failed; i = next++) {
        const t = performance.now();
        try {
          await send(i);
        } catch (error) {
          failed = true;
          throw error;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { requests: count, elapsedMs, latencies, cpuMs: (user + system) / 1000 };
}

export async function runThroughput({ concurrency = 25, rounds = 2, perRound = 150, warmup = 25 } = {}): Promise<ThroughputResult> {
  holdPlatformLogs();
  const logsBefore = platformLogCounts();
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let client: DynamoDBClient | undefined;
  let stopStack: (() => Promise<void>) | undefined;
  try {
    const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 } });
    stopStack = guard(stack.stop);
    const graphql = new URL(stack.urls.graphql);
    client = new DynamoDBClient({ endpoint: stack.urls.dynamodb, region: stack.config.region, credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
    const table = stack.config.tableName;

    let submitted = 0;
    const submit = async (i: number) => {
      const made = await submitOverHttp(agent, graphql, i);
      submitted += 1;
      return made;
    };
    // Each complaint's workflow acknowledges it in this process, then waits (days) for its first clock change. Wait until
    // SES local holds every acknowledgement, then a little more for the Advance that follows each.
    const inbox = async () => ((await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: unknown[] }).emails.length;
    // SES local keeps one store per process: other benchmarks' emails may be in it already.
    const earlier = await inbox();
    const settle = async () => {
      const deadline = Date.now() + 60_000;
      while ((await inbox()) - earlier < submitted) {
        if (Date.now() > deadline) throw new Error('the acknowledgement emails were not all sent within 60 s');
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 500));
    };

    // Warm up the platform, then take the items its first complaint wrote as the baseline's templates.
    const first = await submit(0);
    await load(warmup - 1, concurrency, async (i) => void (await submit(i + 1)));
    await settle();
    const partition = await client.send(
      new QueryCommand({ TableName: table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: `COMPLAINT#${first.id}` } }, ConsistentRead: true }),
    );
    const reference = await client.send(new GetItemCommand({ TableName: table, Key: { PK: { S: `REFERENCE#${first.reference}` }, SK: { S: 'REFERENCE' } } }));
    const sk = (prefix: string) => {
      const item = partition.Items?.find((i) => i.SK?.S?.startsWith(prefix));
      if (!item) throw new Error(`no ${prefix} item written for the warm-up complaint`);
      return item;
    };
    if (!reference.Item) throw new Error('no reference item written for the warm-up complaint');
    const templates = { reference: reference.Item, complaint: sk('COMPLAINT'), audit: sk('AUDIT#0000000001'), notification: sk('NOTIFICATION#'), workflow: sk('WORKFLOW') };
    const absent = 'attribute_not_exists(PK)';
    const transaction = (parts: Array<{ item: Item; condition: boolean }>) => async () => {
      // One fresh id and reference per transaction, shared by its items.
      const [id, ref] = [randomUUID(), `BENCH-${randomUUID().slice(0, 12)}`];
      const rename = (item: Item) => JSON.parse(JSON.stringify(item).split(first.id).join(id).split(first.reference).join(ref)) as Item;
      await client!.send(
        new TransactWriteItemsCommand({
          TransactItems: parts.map(({ item, condition }) => ({ Put: { TableName: table, Item: rename(item), ...(condition ? { ConditionExpression: absent } : {}) } })),
        }),
      );
    };
    const two = transaction([
      { item: templates.reference, condition: true },
      { item: templates.complaint, condition: true },
    ]);
    const five = transaction([
      { item: templates.reference, condition: true },
      { item: templates.complaint, condition: true },
      { item: templates.audit, condition: true },
      { item: templates.notification, condition: true },
      { item: templates.workflow, condition: false },
    ]);

    const modes: Mode[] = [
      { name: 'platform', what: '`submitComplaint` POSTed to the local GraphQL endpoint', send: async (i) => void (await submit(warmup + i)), settle },
      { name: 'baseline: 2-item transaction', what: 'TransactWriteItems: 2 Puts (reference + complaint item), both `attribute_not_exists(PK)`', send: two },
      { name: 'baseline: 5-item transaction', what: 'TransactWriteItems: the same 5 Puts and 4 conditions the store writes', send: five },
    ];
    for (const mode of modes.slice(1)) await load(warmup, concurrency, mode.send);

    const runs = new Map<Mode, Run[]>(modes.map((m) => [m, []]));
    for (let round = 0; round < rounds; round += 1) {
      for (const mode of round % 2 ? [...modes].reverse() : modes) {
        // offset keeps the platform's submissions numbered past the ones already sent
        runs.get(mode)!.push(await load(perRound, concurrency, (i) => mode.send(round * perRound + i)));
        await mode.settle?.();
      }
    }
    return { concurrency, rounds, perRound, warmup, modes: modes.map((m) => ({ name: m.name, what: m.what, runs: runs.get(m)! })), logEvents: countedSince(logsBefore) };
  } finally {
    agent.destroy();
    client?.destroy();
    await stopStack?.();
  }
}

export function describeThroughput(r: ThroughputResult): string {
  const stats = r.modes.map((m) => {
    const sum = (f: (run: Run) => number) => m.runs.reduce((n, run) => n + f(run), 0);
    const [requests, elapsed, cpu] = [sum((x) => x.requests), sum((x) => x.elapsedMs), sum((x) => x.cpuMs)];
    const latencies = m.runs.flatMap((run) => run.latencies);
    return {
      ...m,
      requests,
      perSecond: (requests / elapsed) * 1000,
      rounds: m.runs.map((run) => ((run.requests / run.elapsedMs) * 1000).toFixed(0)).join(', '),
      p50: median(latencies),
      p95: percentile(latencies, 95),
      cpuPerRequest: cpu / requests,
      busy: cpu / elapsed,
    };
  });
  const [platform, ...baselines] = stats;
  const rows = stats.map((s) => [
    s.name,
    s.what,
    s.requests,
    `**${s.perSecond.toFixed(0)} req/s**`,
    s.rounds,
    ms(s.p50),
    ms(s.p95),
    ms(s.cpuPerRequest),
    `${(s.busy * 100).toFixed(0)} %`,
    s === platform ? '—' : `**${ratio(platform.perSecond / s.perSecond)}**`,
  ]);
  const logs = Object.entries(r.logEvents).map(([event, n]) => `${event} × ${n}`).join(', ') || 'none';
  return [
    '### (c) submitComplaint throughput',
    '',
    `Concurrency ${r.concurrency}; per row ${r.rounds} timed rounds of ${r.perRound} requests (after ${r.warmup} warm-up requests), the order of the rows reversed every round.`,
    '',
    table(['mode', 'each request', 'requests', 'throughput', 'per round (req/s)', 'median latency', 'p95 latency', 'Node CPU / request³', 'Node busy³', 'platform / this'], rows),
    '',
    ...baselines.map((b) => `- **Throughput ratio platform / ${b.name}: ${ratio(platform.perSecond / b.perSecond)}**`),
    '',
    '*throughput* is requests completed divided by the wall time of the timed rounds; a ratio below 1 means the platform completes fewer',
    'submissions per second than DynamoDB Local accepts the raw write. The platform path is the whole local stack (`startLocalStack`, in memory):',
    'HTTP → API Gateway v2 event → the exported GraphQL Lambda handler → validation → GetItem of the settings → one TransactWriteItems →',
    'StartExecution on the local workflow runner. The 2-item baseline is the one asked for (the reference claim and the complaint item);',
    'the 5-item baseline is the exact write the store makes, so *platform / 5-item* is the cost of everything around that same write',
    '(the settings read and the workflow included, see below).',
    'Baseline items are copies of the items the first warm-up complaint wrote, under fresh keys (same attributes, sizes and index keys),',
    'sent with the SDK client from this process straight to the same DynamoDB Local.',
    '**The platform row is pessimistic:** the stack runs each complaint\'s workflow and outbox in this same Node process while the requests run',
    '(the outbox, fed by the stream poller, reads the complaint and the settings, sends the acknowledgement to SES local, also in this process,',
    'and records it in DynamoDB Local; the execution waits for the first clock change, days away), so',
    'that work competes for the same cores, the same event loop and the same DynamoDB Local; it is waited for, untimed, after each platform',
    'round (until SES local holds every acknowledgement, then 500 ms) so it does not spill into a baseline round. On AWS the workflow and the outbox run',
    'in other Lambdas.',
    '³ CPU time (user + system) of the benchmark\'s own Node process over the timed rounds, per request and as a share of one core',
    '(100 % = one core busy the whole time). For the platform that process is the load generator and the whole stack except DynamoDB Local',
    '(Java, a separate process, not counted); for the baselines it is the load generator and the SDK client. Near 100 % the single Node',
    'event loop, not DynamoDB Local, is what limits the row.',
    'DynamoDB Local is not DynamoDB: its absolute numbers say nothing about AWS; only the ratio, measured on one machine in one run, is meaningful.',
    `Stack log lines counted during the run (not printed): ${logs}.`,
  ].join('\n');
}
