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

/** Runs in the child: require the bundle, answer `{ __typename }` once, print one JSON line, exit. */
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
  body: JSON.stringify({ query: '{ __typename }' }), isBase64Encoded: false,
};
const context = { callbackWaitsForEmptyEventLoop: true, functionName: 'graphql', functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:graphql', memoryLimitInMB: '1024',
  awsRequestId: 'cold-start', logGroupName: '/aws/lambda/graphql', logStreamName: 'bench', getRemainingTimeInMillis: () => 30000 };
Promise.resolve(handler(event, context, () => {})).then(
  (r) => {
    const answeredAt = performance.now();
    const apart = Object.keys(require.cache).filter((p) => p.includes('/node_modules/')).map((p) => p.slice(p.lastIndexOf('/node_modules/') + 14));
    process.stdout.write(JSON.stringify({ loadedAt, answeredAt, statusCode: r.statusCode, body: r.body, apart }) + '\\n', () => process.exit(0));
  },
  (e) => { console.error(e); process.exit(1); },
);
`;

const NODE_ONLY_SCRIPT = `process.stdout.write(JSON.stringify({ loadedAt: performance.now(), answeredAt: performance.now(), statusCode: 200, body: '{"data":{"__typename":"Query"}}' }) + '\\n', () => process.exit(0));`;

interface Variant {
  name: string;
  script: string;
  bundle?: string;
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
    const args = ['-e', variant.script, ...(variant.bundle ? [variant.bundle] : [])];
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
        const line = JSON.parse(out.split('\n')[0]) as { loadedAt: number; answeredAt: number; statusCode: number; body: string; apart?: string[] };
        const data = (JSON.parse(line.body) as { data?: { __typename?: string } }).data;
        if (line.statusCode !== 200 || data?.__typename !== 'Query') throw new Error(`unexpected answer ${line.statusCode} ${line.body}`);
        resolveSample({ wallMs: answered - started, loadedAt: line.loadedAt, answeredAt: line.answeredAt, apart: line.apart ?? [] });
      } catch (error) {
        reject(new Error(`cold start of ${variant.name}: ${(error as Error).message}`));
      }
    });
  });
}

export async function runColdStart(runs = 15): Promise<ColdStartResult> {
  const platformBundle = bundle('functions/graphql/handler.ts', 'platform-graphql');
  const baselineBundle = bundle('bench/baseline-handler.ts', 'baseline-graphql');
  const platform: Variant = { name: 'platform', script: CHILD_SCRIPT, bundle: platformBundle.file, bundleBytes: platformBundle.size, sdkBytes: platformBundle.sdkBytes, mapBytes: platformBundle.mapBytes, separateFiles: platformBundle.separateFiles, separateBytes: platformBundle.separateBytes, samples: [] };
  const baseline: Variant = { name: 'baseline', script: CHILD_SCRIPT, bundle: baselineBundle.file, bundleBytes: baselineBundle.size, sdkBytes: baselineBundle.sdkBytes, mapBytes: baselineBundle.mapBytes, separateFiles: baselineBundle.separateFiles, separateBytes: baselineBundle.separateBytes, samples: [] };
  const nodeOnly: Variant = { name: 'node only', script: NODE_ONLY_SCRIPT, samples: [] };
  const variants = [platform, baseline, nodeOnly];
  // One unrecorded round warms the file cache; then the order alternates every round.
  for (const v of variants) await spawnOnce(v);
  for (let i = 0; i < runs; i += 1) {
    for (const v of i % 2 ? [...variants].reverse() : variants) v.samples.push(await spawnOnce(v));
  }
  return { runs, variants, platform, baseline };
}

export function describeColdStart(r: ColdStartResult): string {
  const med = (v: Variant, key: 'wallMs' | 'loadedAt' | 'answeredAt') => median(v.samples.map((s) => s[key]));
  const rows = r.variants.map((v) => [
    v.name,
    `**${ms(med(v, 'wallMs'))}**`,
    `${ms(percentile(v.samples.map((s) => s.wallMs), 0))} – ${ms(percentile(v.samples.map((s) => s.wallMs), 100))}`,
    ms(med(v, 'loadedAt')),
    ms(med(v, 'answeredAt') - med(v, 'loadedAt')),
    v.bundleBytes === undefined ? '—' : bytes(v.bundleBytes),
    v.sdkBytes === undefined ? '—' : bytes(v.sdkBytes),
  ]);
  const wall = med(r.platform, 'wallMs') / med(r.baseline, 'wallMs');
  const size = r.platform.bundleBytes! / r.baseline.bundleBytes!;
  return [
    '### (a) Cold start of the GraphQL handler',
    '',
    `${r.runs} processes per row, spawned alternately (plus one unrecorded warm-up round).`,
    '',
    table(['process', 'median spawn → answer', 'min – max', 'median require() done¹', 'median first request²', 'bundle (index.js)', 'of which AWS SDK'], rows),
    '',
    `- **Cold start ratio platform / baseline: ${ratio(wall)}** (medians of spawn → answer).`,
    `- **Bundle size ratio platform / baseline: ${ratio(size)}** (${bytes(r.platform.bundleBytes!)} vs ${bytes(r.baseline.bundleBytes!)}).`,
    '',
    '*spawn → answer*: the parent\'s clock, from just before `spawn(node)` to the answer line arriving on the child\'s stdout: process start, module load,',
    'building the server, and answering `{ __typename }` (no DynamoDB call) through `handler(event, context)` with an API Gateway v2 event.',
    '¹ the child\'s own clock (`performance.now()`, zero at process start) when `require(bundle)` returned. ² from then until the answer was ready.',
    '*node only* is `node -e` printing a line: the floor every process pays. *baseline* is `bench/baseline-handler.ts`: one-field Apollo Server,',
    'a module-scope `DynamoDBClient`, `startServerAndCreateLambdaHandler` with the API Gateway v2 request handler.',
    'Both bundles are built as CDK\'s `NodejsFunction` builds the platform\'s functions (`infra/constructs/platform-function.ts`): esbuild',
    'bundle, minify, platform node, target node22, format cjs, sourcemap, with the AWS SDK bundled (`bundleAwsSDK: true`); and both run with',
    'the `NODE_OPTIONS=--enable-source-maps` those functions set, so each process also reads its bundle\'s source map',
    `(platform ${bytes(r.platform.mapBytes!)}, baseline ${bytes(r.baseline.mapBytes!)}).`,
    'This is not Lambda\'s cold start (no sandbox or code download; Node ' + process.versions.node + ' on ' + process.arch + ' here, Node 22 on arm64 on Lambda):',
    'read the ratio, not the milliseconds.',
  ].join('\n');
}
