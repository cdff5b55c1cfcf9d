/**
 * (l) Email in: messages per second through the local SMTP server (parse, keep, intake,
 * acknowledgement queued) against `submitComplaint` POSTed to the local GraphQL endpoint,
 * in the same stack at the same concurrency; then a burst of messages sent at once must
 * make exactly as many complaints and acknowledgements, none twice.
 */
import { Agent } from 'node:http';
import nodemailer from 'nodemailer';
import { devIssuer } from '../local/dev-issuer';
import { systemClock } from '../functions/core/clock';
import { startLocalStack, type LocalStack } from '../local/stack';
import { guard } from './cleanup';
import { median, ms, percentile, ratio, table } from './report';
import { staffHeaders } from './requests-per-operation';
import { submitOverHttp } from './throughput';

export interface InboundEmailResult {
  concurrency: number;
  perMode: number;
  modes: Array<{ name: string; what: string; elapsedMs: number; latencies: number[] }>;
  burst: { sent: number; complaints: number; acknowledgements: number; acknowledgedTwice: number; elapsedMs: number };
}

async function load(count: number, concurrency: number, send: (i: number) => Promise<void>): Promise<{ elapsedMs: number; latencies: number[] }> {
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await send(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { elapsedMs: performance.now() - started, latencies };
}

/** A complaint as a person writes it in an email: Chinese, with a subject. */
function complaintEmail(i: number, run: string) {
  return {
    from: `"投诉人 ${i}" <sender-${run}-${i}@example.cn>`,
    subject: `宽带故障投诉 ${i}`,
    text: `您好，我家的宽带从 11 月 20 日起每天晚上断线，报修三次都没有人上门。请尽快修复并退还故障期间的费用。（第 ${i} 封）`,
  };
}

async function inboxEmails(stack: LocalStack): Promise<Array<{ destination: { to: string[] } }>> {
  const store = (await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: Array<{ destination: { to: string[] } }> };
  return store.emails;
}

/** The EMAIL complaints whose complainant's address matches, read through the API as an administrator. */
async function emailComplaints(stack: LocalStack, sender: RegExp): Promise<number> {
  const headers = { 'content-type': 'application/json', ...staffHeaders(devIssuer(), stack.config.settingsDefaults.organizationId) };
  const query = 'query($after: String) { complaints(filter: { channel: EMAIL }, first: 100, after: $after) { edges { node { complainant { email } } } pageInfo { hasNextPage endCursor } } }';
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const response = await fetch(stack.urls.graphql, { method: 'POST', headers, body: JSON.stringify({ query, variables: { after } }) });
    const page = ((await response.json()) as { data: { complaints: { edges: Array<{ node: { complainant: { email: string | null } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } }).data.complaints;
    count += page.edges.filter((e) => sender.test(e.node.complainant.email ?? '')).length;
    if (!page.pageInfo.hasNextPage) return count;
    after = page.pageInfo.endCursor;
  }
}

export async function runInboundEmail({ concurrency = 10, perMode = 100, burst = 200 } = {}): Promise<InboundEmailResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let stopStack: (() => Promise<void>) | undefined;
  try {
    // With a clock the stack builds its handlers for its own configuration; without one it would import the Lambda
    // modules, which keep the configuration of the first stack this process started ((c)'s, stopped by now).
    const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 }, smtpPort: 0, clock: systemClock });
    stopStack = guard(stack.stop);
    const inboundAddress = stack.config.inboundAddress;
    if (!stack.urls.smtp || !inboundAddress) throw new Error('the local stack runs no SMTP server: inbound email is off');
    const smtp = new URL(stack.urls.smtp);
    const transport = nodemailer.createTransport({ host: smtp.hostname, port: Number(smtp.port), secure: false, ignoreTLS: true, pool: true, maxConnections: burst, maxMessages: Infinity });
    const graphql = new URL(stack.urls.graphql);
    const submit = async (i: number) => void (await submitOverHttp(agent, graphql, i));
    // The SMTP server answers 250 only once the intake has kept the message and made its complaint.
    const mail = (run: string) => async (i: number) => void (await transport.sendMail({ ...complaintEmail(i, run), to: inboundAddress }));

    const modes = [
      { name: 'email: SMTP', what: 'a complaint email sent to the local SMTP server (250 after parsing, keeping and the intake)', send: mail('timed') },
      { name: 'API: submitComplaint', what: '`submitComplaint` POSTed to the local GraphQL endpoint', send: submit },
    ];
    // Warm both paths up, then time them one after the other.
    await load(20, concurrency, mail('warmup'));
    await load(20, concurrency, (i) => submit(10_000 + i));
    const timed = [];
    for (const mode of modes) timed.push({ name: mode.name, what: mode.what, ...(await load(perMode, concurrency, mode.send)) });

    // The burst: every message at once, over as many connections.
    const before = (await inboxEmails(stack)).length;
    const started = performance.now();
    await Promise.all(Array.from({ length: burst }, (_, i) => mail('burst')(i)));
    const elapsedMs = performance.now() - started;
    const burstSender = /^sender-burst-\d+@example\.cn$/;
    const deadline = Date.now() + 120_000;
    let acks: string[] = [];
    while (Date.now() < deadline) {
      acks = (await inboxEmails(stack)).slice(before).flatMap((e) => e.destination.to.filter((to) => burstSender.test(to)));
      if (acks.length >= burst) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await stack.streams.idle();
    await new Promise((r) => setTimeout(r, 1_000));
    acks = (await inboxEmails(stack)).slice(before).flatMap((e) => e.destination.to.filter((to) => burstSender.test(to)));
    const complaints = await emailComplaints(stack, burstSender);
    transport.close();
    return {
      concurrency,
      perMode,
      modes: timed,
      burst: { sent: burst, complaints, acknowledgements: new Set(acks).size, acknowledgedTwice: acks.length - new Set(acks).size, elapsedMs },
    };
  } finally {
    agent.destroy();
    await stopStack?.();
  }
}

export const EMAIL_SECTION_HEADING = '### (l)';

const rateOf = (r: InboundEmailResult, m: InboundEmailResult['modes'][number]) => (r.perMode / m.elapsedMs) * 1000;

export function describeInboundEmail(r: InboundEmailResult, measured: string): string {
  const rate = (m: InboundEmailResult['modes'][number]) => rateOf(r, m);
  const [email, api] = r.modes;
  return [
    `${EMAIL_SECTION_HEADING} Email in: SMTP intake against submitComplaint, and a burst`,
    '',
    `${measured} ${r.perMode} complaints each way, ${r.concurrency} at a time, in one local stack (\`npm run bench -- email\` runs this alone).`,
    '',
    table(
      ['path', 'what', 'per second', 'median', 'p95'],
      r.modes.map((m) => [m.name, m.what, rate(m).toFixed(1), ms(median(m.latencies)), ms(percentile(m.latencies, 95))]),
    ),
    '',
    `Email / API throughput: ${ratio(rate(email) / rate(api))}.`,
    '',
    `Burst: ${r.burst.sent} messages sent at once in ${(r.burst.elapsedMs / 1000).toFixed(1)} s → ${r.burst.complaints} complaints, ${r.burst.acknowledgements} complainants acknowledged, ${r.burst.acknowledgedTwice} acknowledged twice.`,
  ].join('\n');
}

export function summarizeInboundEmail(r: InboundEmailResult): string[] {
  const [email, api] = r.modes;
  return [
    `email in ${rateOf(r, email).toFixed(1)}/s, submitComplaint ${rateOf(r, api).toFixed(1)}/s (×${(rateOf(r, email) / rateOf(r, api)).toFixed(2)})`,
    `burst ${r.burst.sent} → ${r.burst.complaints} complaints, ${r.burst.acknowledgements} acknowledged, ${r.burst.acknowledgedTwice} twice`,
  ];
}
