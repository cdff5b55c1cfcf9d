/**
 * (a) Whole-process cold start: spawn `node`, require the bundle, answer one API Gateway v2
 * event, measured by the parent from just before spawn() to the answer arriving on the
 * child's stdout. The platform handler and the bare baseline are bundled the same way and
 * spawned alternately, so both share the machine's noise.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bundleFunction } from '../infra/bundling';
import { guard } from './cleanup';
import { bytes, median, ms, percentile, ratio, table } from './report';

const OUT = join(__dirname, '.out');

/** What configFromEnvironment needs, plus fake credentials. Nothing points at a network. */
const CHILD_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  TABLE_NAME: 'complaints',
  SENDER_EMAIL: 'complaints@example.org',
  TRACKING_URL: 'https://complaints.example.org/track',
  STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:complaint-workflow',
  // Set on every platform function by infra/constructs/platform-function.ts: Node loads the bundle's source map at start-up.
  NODE_OPTIONS: '--enable-source-maps',
  // Lambda runs Node 22; this machine may run Node 20, where the SDK would print a notice.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Runs in the child: require the bundle, answer the query (argv[2]) once, print one JSON line, exit. */
const CHILD_SCRIPT = `
const { handler } = require(process.argv[1]);
const loadedAt = performance.now();
const now = new Date();
const http = { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' };
const event = {
  version: '2.0', routeKey: 'ANY /graphql', rawPath: '/graphql', rawQueryString: '',
  headers: { 'content-type': 'application/json', host: 'bench.local' },
  requestContext: { accountId: '000000000000', apiId: 'bench', domainName: 'bench.local', domainPrefix: 'bench', http,
    requestId: 'cold-start', routeKey: 'ANY /graphql', stage: '$default', time: now.toUTCString(), timeEpoch: now.getTime() },
  body: JSON.stringify({ query: process.argv[2] }), isBase64Encoded: false,
};
const context = { callbackWaitsForEmptyEventLoop: true, functionName: 'graphql', functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:graphql', memoryLimitInMB: '1024',
  awsRequestId: 'cold-start', logGroupName: '/aws/lambda/graphql', logStreamName: 'bench', getRemainingTimeInMillis: () => 30000 };
Promise.resolve(handler(event, context, () => {})).then(
  (r) => {
    const answeredAt = performance.now();
    const cpu = process.cpuUsage();
    const apart = Object.keys(require.cache).filter((p) => p.includes('/node_modules/')).map((p) => p.slice(p.lastIndexOf('/node_modules/') + 14));
    process.stdout.write(JSON.stringify({ loadedAt, answeredAt, cpuMs: (cpu.user + cpu.system) / 1000, statusCode: r.statusCode, body: r.body, apart }) + '\\n', () => process.exit(0));
  },
  (e) => { console.error(e); process.exit(1); },
);
`;

const NODE_ONLY_SCRIPT = `const cpu = process.cpuUsage(); process.stdout.write(JSON.stringify({ loadedAt: performance.now(), answeredAt: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000, statusCode: 200, body: '' }) + '\\n', () => process.exit(0));`;

interface Variant {
  name: string;
  script: string;
  bundle?: string;
  /** The first request's query and the exact answer expected. */
  query: string;
  answer: string;
  bundleBytes?: number;
  /** Bytes of the bundle that come from the AWS SDK (@aws-sdk/*, @smithy/*, @aws-crypto/*). */
  sdkBytes?: number;
  /** The packages bundled apart from index.js (infra/bundling.ts): files and bytes. */
  separateFiles?: number;
  separateBytes?: number;
  mapBytes?: number;
  samples: Sample[];
}

interface Sample {
  /** Parent's clock: spawn() to the answer line arriving. */
  wallMs: number;
  /** Child's clock (since its process started): require() done, answer ready. */
  loadedAt: number;
  answeredAt: number;
  /** CPU time the child had used when it answered (all its threads): less disturbed than wall time by other work on the machine. */
  cpuMs: number;
  /** Separately bundled files (infra/bundling.ts) the process had loaded when it answered. */
  apart: string[];
}

export interface ColdStartResult {
  runs: number;
  variants: Variant[];
  platform: Variant;
  baseline: Variant;
}

/** Bundled as the stack bundles its functions (infra/bundling.ts, bundleFunction). */
function bundle(entry: string, name: string): { file: string; size: number; sdkBytes: number; mapBytes: number; separateBytes: number; separateFiles: number } {
  const dir = join(OUT, name);
  const { main, separate } = bundleFunction(entry, dir);
  const inputs = Object.values(main.metafile.outputs).flatMap((o) => Object.entries(o.inputs));
  const sdkBytes = inputs.filter(([path]) => /node_modules\/@(aws-sdk|smithy|aws-crypto)\//.test(path)).reduce((n, [, i]) => n + i.bytesInOutput, 0);
  const separateBytes = [...separate.values()].reduce((n, f) => n + f.bytes, 0);
  return { file: join(dir, main.file), size: main.bytes, sdkBytes, mapBytes: main.mapBytes, separateBytes, separateFiles: separate.size };
}

function spawnOnce(variant: Variant): Promise<Sample> {
  return new Promise((resolveSample, reject) => {
    const args = ['-e', variant.script, ...(variant.bundle ? [variant.bundle, variant.query] : [])];
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: OUT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    const stop = guard(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    let answered = 0;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!answered && out.includes('\n')) answered = performance.now();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      void stop();
      try {
        if (code !== 0 || !answered) throw new Error(`exited with ${code ?? signal}: ${err.trim().slice(-800)}`);
        const line = JSON.parse(out.split('\n')[0]) as { loadedAt: number; answeredAt: number; cpuMs: number; statusCode: number; body: string; apart?: string[] };
        if (line.statusCode !== 200 || line.body !== variant.answer) throw new Error(`unexpected answer ${line.statusCode} ${line.body}`);
        resolveSample({ wallMs: answered - started, loadedAt: line.loadedAt, answeredAt: line.answeredAt, cpuMs: line.cpuMs, apart: line.apart ?? [] });
      } catch (error) {
        reject(new Error(`cold start of ${variant.name}: ${(error as Error).message}`));
      }
    });
  });
}

export async function runColdStart(runs = 15): Promise<ColdStartResult> {
  const platformBundle = bundle('functions/graphql/handler.ts', 'platform-graphql');
  const baselineBundle = bundle('bench/baseline-handler.ts', 'baseline-graphql');
  // Each answers one query through one resolver: the platform a complainant's first question (who the API sees: nobody signed in),
  // through authentication, the permission table and the query limits; the baseline its one field.
  const platform: Variant = { name: 'platform', query: '{ viewer { kind } }', answer: '{"data":{"viewer":{"kind":"COMPLAINANT"}}}\n', script: CHILD_SCRIPT, bundle: platformBundle.file, bundleBytes: platformBundle.size, sdkBytes: platformBundle.sdkBytes, mapBytes: platformBundle.mapBytes, separateFiles: platformBundle.separateFiles, separateBytes: platformBundle.separateBytes, samples: [] };
  const baseline: Variant = { name: 'baseline', query: '{ ok }', answer: '{"data":{"ok":true}}\n', script: CHILD_SCRIPT, bundle: baselineBundle.file, bundleBytes: baselineBundle.size, sdkBytes: baselineBundle.sdkBytes, mapBytes: baselineBundle.mapBytes, separateFiles: baselineBundle.separateFiles, separateBytes: baselineBundle.separateBytes, samples: [] };
  const nodeOnly: Variant = { name: 'node only', query: '', answer: '', script: NODE_ONLY_SCRIPT, samples: [] };
  const variants = [platform, baseline, nodeOnly];
  // One unrecorded round warms the file cache; then the order alternates every round.
  for (const v of variants) await spawnOnce(v);
  for (let i = 0; i < runs; i += 1) {
    for (const v of i % 2 ? [...variants].reverse() : variants) v.samples.push(await spawnOnce(v));
  }
  return { runs, variants, platform, baseline };
}

export const COLD_START_HEADING = '### (a) Cold start of the GraphQL handler';

export function describeColdStart(r: ColdStartResult, measured = ''): string {
  const med = (v: Variant, key: 'wallMs' | 'loadedAt' | 'answeredAt' | 'cpuMs') => median(v.samples.map((s) => s[key]));
  const rows = r.variants.map((v) => [
    v.name,
    `**${ms(med(v, 'wallMs'))}**`,
    `${ms(percentile(v.samples.map((s) => s.wallMs), 0))} – ${ms(percentile(v.samples.map((s) => s.wallMs), 100))}`,
    ms(med(v, 'cpuMs')),
    ms(med(v, 'loadedAt')),
    ms(med(v, 'answeredAt') - med(v, 'loadedAt')),
    v.bundleBytes === undefined ? '—' : bytes(v.bundleBytes),
    v.sdkBytes === undefined ? '—' : bytes(v.sdkBytes),
    v.separateFiles === undefined ? '—' : `${v.separateFiles} files, ${bytes(v.separateBytes!)}`,
  ]);
  const wall = med(r.platform, 'wallMs') / med(r.baseline, 'wallMs');
  const cpu = med(r.platform, 'cpuMs') / med(r.baseline, 'cpuMs');
  const size = r.platform.bundleBytes! / r.baseline.bundleBytes!;
  const loadedApart = [...new Set(r.platform.samples.flatMap((s) => s.apart))];
  return [
    COLD_START_HEADING,
    '',
    `${measured ? `${measured} ` : ''}${r.runs} processes per row, spawned alternately (plus one unrecorded warm-up round).`,
    '',
    table(['process', 'median spawn → answer', 'min – max', 'median CPU³', 'median require() done¹', 'median first request²', 'bundle (index.js)', 'of which AWS SDK', 'bundled apart⁴'], rows),
    '',
    `- **Cold start ratio platform / baseline: ${ratio(wall)}** (medians of spawn → answer); CPU time ${ratio(cpu)}.`,
    `- **Bundle size ratio platform / baseline: ${ratio(size)}** (index.js: ${bytes(r.platform.bundleBytes!)} vs ${bytes(r.baseline.bundleBytes!)}).`,
    `- Packages bundled apart that the cold start loaded: ${loadedApart.length ? loadedApart.join(', ') : 'none'}.`,
    '',
    '*spawn → answer*: the parent\'s clock, from just before `spawn(node)` to the answer line arriving on the child\'s stdout: process start, module load,',
    'building the server, and answering one query through `handler(event, context)` with an API Gateway v2 event: the platform',
    '`{ viewer { kind } }` as a complainant (no credentials) sends it, through authentication, the permission table and the query limits;',
    'the baseline `{ ok }`. Neither calls DynamoDB. ¹ the child\'s own clock (`performance.now()`, zero at process start) when `require(bundle)` returned.',
    '² from then until the answer was ready. ³ `process.cpuUsage()` of the child when it answered, all threads: less moved than wall time by other',
    'work on the machine. ⁴ `infra/bundling.ts` `SEPARATELY_BUNDLED`: files beside index.js that `require` loads on first use.',
    '*node only* is `node -e` printing a line: the floor every process pays. *baseline* is `bench/baseline-handler.ts`: one-field Apollo Server,',
    'a module-scope `DynamoDBClient`, `startServerAndCreateLambdaHandler` with the API Gateway v2 request handler.',
    'Both are bundled by `bundleFunction` (`infra/bundling.ts`), which `cdk synth` also bundles every function with: esbuild bundle, minify,',
    'platform node, target node22, format cjs, source map without the sources\' text, the AWS SDK bundled; and both run with the',
    '`NODE_OPTIONS=--enable-source-maps` the functions set, so each process also reads its source map',
    `(platform ${bytes(r.platform.mapBytes!)}, baseline ${bytes(r.baseline.mapBytes!)}).`,
    'This is not Lambda\'s cold start (no sandbox or code download; Node ' + process.versions.node + ' on ' + process.arch + ' here, Node 22 on arm64 on Lambda):',
    'read the ratio, not the milliseconds.',
  ].join('\n');
}
