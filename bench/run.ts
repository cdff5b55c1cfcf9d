/**
 * `npm run bench`: runs the benchmarks one after another and rewrites the generated
 * section of docs/PERFORMANCE.md. `npm run bench -- web` runs only the web apps' (i–k)
 * and rewrites only theirs; `npm run bench -- email` only email in (l); `npm run bench -- cold-start` only (a); `npm run bench -- lifecycle` only (d, e, m); `npm run bench -- hotspots` only (n); `npm run bench -- triage` only (o). Bounded in time; stops everything it started on
 * success, failure, Ctrl-C or timeout. Only loopback is used.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { resolve } from 'node:path';
import { stopEverything } from './cleanup';
import { describeAnalytics, runAnalytics } from './analytics';
import { COLD_START_HEADING, describeColdStart, runColdStart } from './cold-start';
import { describeDuplicates, precision, recall, runDuplicates } from './duplicates';
import { describeHotspotsBench, HOTSPOTS_SECTION_HEADING, runHotspotsBench, summarizeHotspotsBench } from './hotspots';
import { describeImportThroughput, importThroughput } from './import-throughput';
import { describeInboundEmail, EMAIL_SECTION_HEADING, runInboundEmail, summarizeInboundEmail } from './inbound-email';
import { describeCostPerComplaint, describeLifecycleMutations, describeWorkflowTransitions, PRICE_PER_1000_TRANSITIONS_USD, runLifecycle, type LifecycleResult } from './lifecycle';
import { holdPlatformLogs } from './platform-logs';
import { writeGeneratedSection, writeGeneratedTail } from './report';
import { describeRequestsPerOperation, runRequestsPerOperation } from './requests-per-operation';
import { describeThroughput, runThroughput } from './throughput';
import { describeTriage, runTriage, TRIAGE_SECTION_HEADING } from './triage';
import { describeWebApps, runWebApps, summarizeWebApps, WEB_SECTIONS_HEADING } from './web-apps';

const DOC = resolve(__dirname, '../docs/PERFORMANCE.md');
// The web apps' Lighthouse runs (18, each with its own Chromium) take about three minutes of it.
const TIME_LIMIT_MS = 1_200_000;

// Local runs on Node 20 are expected; the SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let aborting = false;
async function abort(reason: string, code: number): Promise<never> {
  if (!aborting) {
    aborting = true;
    console.error(`\nbench: ${reason}; stopping everything it started…`);
    await stopEverything();
  }
  process.exit(code);
}

const text = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? `${r.stdout}${r.stderr}`.trim() : '';
};

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  process.stdout.write(`bench: ${name}… `);
  const result = await run();
  console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
  return result;
}

const commitDescription = () => {
  const commit = text('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = text('git', ['status', '--porcelain']) ? ' + uncommitted changes' : '';
  return `commit ${commit || 'unknown'}${dirty}`;
};

/** The web apps' sections say when and how they were measured: `npm run bench -- web` rewrites them alone. */
async function webApps(command: string): Promise<{ section: string; summary: string[] }> {
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const result = await step('(i, j, k) web apps: first-load bytes, usable at 4× CPU, Lighthouse', () => runWebApps());
  const measured = `Measured by \`${command}\` on ${started.toISOString()}, ${commitDescription()}, load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on nproc ${text('nproc', []) || os.availableParallelism()}.`;
  return { section: describeWebApps(result, measured), summary: summarizeWebApps(result) };
}

async function webOnly(): Promise<void> {
  const { section, summary } = await webApps('npm run bench -- web');
  writeGeneratedTail(DOC, WEB_SECTIONS_HEADING, section, EMAIL_SECTION_HEADING);
  console.log(`\nbench: rewrote the web apps' sections of ${DOC}`);
  for (const line of summary) console.log(`  ${line}`);
}

async function emailIn(command: string): Promise<{ section: string; summary: string[] }> {
  const started = new Date();
  const result = await step('(l) email in: SMTP intake against submitComplaint, and a burst', () => runInboundEmail());
  return { section: describeInboundEmail(result, `Measured by \`${command}\` on ${started.toISOString()}, ${commitDescription()}.`), summary: summarizeInboundEmail(result) };
}

async function emailOnly(): Promise<void> {
  const { section, summary } = await emailIn('npm run bench -- email');
  writeGeneratedTail(DOC, EMAIL_SECTION_HEADING, section);
  console.log(`\nbench: rewrote the email section of ${DOC}`);
  for (const line of summary) console.log(`  ${line}`);
}

async function hotspotSpikes(command: string): Promise<{ section: string; summary: string[] }> {
  const started = new Date();
  const result = await step('(n) hotspots: injected spikes in CFPB data, before and now', () => runHotspotsBench());
  return { section: describeHotspotsBench(result, `Measured by \`${command}\` on ${started.toISOString()}, ${commitDescription()}.`), summary: summarizeHotspotsBench(result) };
}

async function hotspotsOnly(): Promise<void> {
  const { section, summary } = await hotspotSpikes('npm run bench -- hotspots');
  // Up to the next section, whichever it is: sections other branches add may follow this one.
  writeGeneratedTail(DOC, HOTSPOTS_SECTION_HEADING, section, '### ');
  console.log(`\nbench: rewrote the hotspots section of ${DOC}`);
  for (const line of summary) console.log(`  ${line}`);
}

async function triage(command: string): Promise<string> {
  const started = new Date();
  const result = await step('(o) triage: product from the narrative, held-out later CFPB complaints', () => runTriage());
  return describeTriage(result, `Measured by \`${command}\` on ${started.toISOString()}, ${commitDescription()}.`);
}

async function triageOnly(): Promise<void> {
  writeGeneratedTail(DOC, TRIAGE_SECTION_HEADING, await triage('npm run bench -- triage'), '### ');
  console.log(`\nbench: rewrote the triage section of ${DOC}`);
}

function printLifecycle(lifecycle: LifecycleResult): void {
  const typical = lifecycle.executions.filter((x) => x.complaint === 'A');
  const transitions = typical.reduce((n, x) => n + x.transitions, 0);
  const workflowRequests = typical.reduce((n, x) => n + x.tasks.reduce((k, t) => k + t.requests.length, 0), 0);
  console.log(`  typical complaint: ${typical.length} executions, ${transitions} state transitions (${typical.map((x) => x.transitions).join(' + ')}),`);
  console.log(`    $${((transitions * PRICE_PER_1000_TRANSITIONS_USD) / 1000).toFixed(6)} at $${PRICE_PER_1000_TRANSITIONS_USD}/1,000; workflow DynamoDB requests ${workflowRequests}`);
}

/** (d, e, m) alone: `npm run bench -- lifecycle` rewrites those sections, from (d) up to (f). */
async function lifecycleOnly(): Promise<void> {
  const started = new Date();
  const lifecycle = await step('(d, e, m) lifecycle mutations, workflow transitions, cost per complaint', () => runLifecycle());
  const measured = `Measured by \`npm run bench -- lifecycle\` on ${started.toISOString()}, ${commitDescription()}.`;
  const section = [describeLifecycleMutations(lifecycle), describeWorkflowTransitions(lifecycle), `${describeCostPerComplaint(lifecycle)}\n\n${measured}`].join('\n\n');
  writeGeneratedTail(DOC, '### (d)', section, '### (f)');
  console.log(`\nbench: rewrote (d), (e) and (m) of ${DOC}`);
  printLifecycle(lifecycle);
}

/** `npm run bench -- cold-start`: section (a) alone, rewritten in place, saying when and how it was measured. */
async function coldStartOnly(): Promise<void> {
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const result = await step('(a) cold start', () => runColdStart(15));
  const measured = `Measured by \`npm run bench -- cold-start\` on ${started.toISOString()}, ${commitDescription()}, load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0].toFixed(2)} on nproc ${text('nproc', []) || os.availableParallelism()}.`;
  writeGeneratedTail(DOC, COLD_START_HEADING, describeColdStart(result, measured), '### (b)');
  console.log(`\nbench: rewrote section (a) of ${DOC}`);
}

async function main(): Promise<void> {
  // The stacks the sections start log to this process's stdout: counted, not printed.
  holdPlatformLogs();
  if (process.argv[2] === 'web') return webOnly();
  if (process.argv[2] === 'email') return emailOnly();
  if (process.argv[2] === 'cold-start') return coldStartOnly();
  if (process.argv[2] === 'lifecycle') return lifecycleOnly();
  if (process.argv[2] === 'hotspots') return hotspotsOnly();
  if (process.argv[2] === 'triage') return triageOnly();
  if (process.argv[2]) throw new Error(`bench: unknown selection "${process.argv[2]}" (none runs everything; "web" runs only the web apps' benches, "email" only email in, "cold-start" only (a), "lifecycle" only (d, e, m), "hotspots" only the hotspot spikes (n), "triage" only triage (o))`);
  const started = performance.now();
  const date = new Date();
  const loadBefore = os.loadavg()[0];

  const coldStart = await step('(a) cold start', () => runColdStart(15));
  const requests = await step('(b) DynamoDB requests per operation', () => runRequestsPerOperation());
  const lifecycle = await step('(d, e) lifecycle mutations and workflow transitions', () => runLifecycle());
  // 25 warm-up requests (one batch at concurrency 25) left the first timed round ~half as fast as the others.
  const throughput = await step('(c) throughput', () => runThroughput({ concurrency: 25, rounds: 4, perRound: 150, warmup: 100 }));
  const imports = await step('(f) CFPB import throughput', () => importThroughput());
  const analytics = await step('(g) analytics queries, 1,000 vs 50,000 complaints', () => runAnalytics());
  const duplicates = await step('(h) duplicate detection precision and recall', () => runDuplicates());
  const web = await webApps('npm run bench');
  const email = await emailIn('npm run bench');
  const spikes = await hotspotSpikes('npm run bench');
  const triageSection = await triage('npm run bench');

  const seconds = (performance.now() - started) / 1000;
  const header = [
    '## Latest results',
    '',
    '_Generated by `npm run bench` (bench/run.ts); everything between the bench markers is overwritten on each run._',
    '',
    '| | |',
    '| --- | --- |',
    '| command | `npm run bench` |',
    `| date | ${date.toISOString()} |`,
    `| code | ${commitDescription()} |`,
    `| machine | nproc ${text('nproc', []) || os.availableParallelism()}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()} |`,
    `| runtimes | node ${process.version}; ${text('java', ['-version']).split('\n')[0] || 'java unknown'} (DynamoDB Local) |`,
    `| load average (1 min) | ${loadBefore.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end (above nproc: something else was running; compare ratios only) |`,
    `| whole run | ${seconds.toFixed(0)} s |`,
  ].join('\n');
  writeGeneratedSection(
    DOC,
    [
      header,
      describeColdStart(coldStart),
      describeRequestsPerOperation(requests),
      describeThroughput(throughput),
      describeLifecycleMutations(lifecycle),
      describeWorkflowTransitions(lifecycle),
      describeCostPerComplaint(lifecycle),
      describeImportThroughput(imports),
      describeAnalytics(analytics),
      describeDuplicates(duplicates),
      web.section,
      email.section,
      spikes.section,
      triageSection,
    ].join('\n\n'),
  );

  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const wall = (v: typeof coldStart.platform) => med(v.samples.map((s) => s.wallMs));
  console.log(`\nbench: wrote ${DOC} in ${seconds.toFixed(0)} s`);
  console.log(`  cold start platform/baseline ×${(wall(coldStart.platform) / wall(coldStart.baseline)).toFixed(2)}`);
  for (const c of requests.counts) console.log(`  ${c.name} [${c.selection}]: ${c.requests.length} request(s), minimum ${c.minimum}`);
  const rate = (m: (typeof throughput.modes)[number]) => m.runs.reduce((n, r) => n + r.requests, 0) / m.runs.reduce((n, r) => n + r.elapsedMs, 0);
  const [platform, ...baselines] = throughput.modes;
  for (const b of baselines) console.log(`  throughput platform / ${b.name} ×${(rate(platform) / rate(b)).toFixed(2)}`);
  for (const m of lifecycle.mutations.filter((x) => x.typical || x.name !== 'submitComplaint')) {
    console.log(`  ${m.name} [${m.complaint}${m.variant ? `: ${m.variant}` : ''}]: ${m.requests.length} request(s)`);
  }
  printLifecycle(lifecycle);
  console.log(`  CFPB import ${imports.rowsPerSecond.toFixed(1)} rows/s, raw transactions ${imports.baseline.rowsPerSecond.toFixed(1)} rows/s (×${imports.ratio.toFixed(2)})`);
  for (const [i, q] of analytics.sizes[0].queries.entries()) {
    const latencies = analytics.sizes.map((x) => `${x.complaints / 1000}k ${(x.queries[i].medianMs / q.medianMs).toFixed(2)}`).join(', ');
    console.log(`  ${q.name}: latency vs 1k ×(${latencies}), items read ${analytics.sizes.map((x) => x.queries[i].itemsRead).join(' → ')}`);
  }
  const testHalf = duplicates.splits.find((s) => s.split === 'test')!;
  console.log(`  duplicates (test half): precision ${precision(testHalf.text).toFixed(3)}, recall ${recall(testHalf.text).toFixed(3)}, ${duplicates.candidatesPerLookup.toFixed(2)} candidates scored per lookup`);
  for (const line of web.summary) console.log(`  ${line}`);
  for (const line of email.summary) console.log(`  ${line}`);
  for (const line of spikes.summary) console.log(`  ${line}`);
}

process.once('SIGINT', () => void abort('interrupted', 130));
process.once('SIGTERM', () => void abort('terminated', 143));
setTimeout(() => void abort(`still running after ${TIME_LIMIT_MS / 1000} s`, 1), TIME_LIMIT_MS).unref();

main().then(
  // Anything still open (keep-alive sockets, timers) must not keep the process alive.
  () => stopEverything().then(() => process.exit(0)),
  (error: unknown) => {
    console.error(error);
    void abort('failed', 1);
  },
);
