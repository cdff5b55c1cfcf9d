import type { Role } from '../../functions/core/identity';
import { devIssuer } from '../../local/dev-issuer';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/stack';

// The stacks this test file started (each file has its own module registry). A start that outlives a
// timed-out beforeAll would otherwise run on, with its timers, ports and Java, into the worker's next file.
const started = new Set<Promise<LocalStack>>();

/** A whole local stack on free ports, in memory unless a data folder is given; stopped after the file's tests at the latest. */
export function startTestStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const starting = startOnFreePorts(options);
  started.add(starting);
  return starting;
}

/**
 * A port found free can be taken before the stack listens on it: on a busy machine, often as the
 * local port of an outgoing connection. A start that fails so (it has stopped its parts) is tried again.
 */
async function startOnFreePorts(options: LocalStackOptions, attempts = 3): Promise<LocalStack> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startLocalStack({ ports: { api: 0, dynamodb: 0, ses: 0, workflow: 0 }, ...options });
    } catch (error) {
      if (attempt === attempts || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
}

/** Stops every stack this file started, waiting for starts still under way (test/harness/stop-stacks.ts runs it after each file). */
export async function stopStartedStacks(): Promise<void> {
  const all = [...started];
  started.clear();
  // A start that failed stopped its own parts already.
  await Promise.all(all.map((starting) => starting.then((stack) => stack.stop(), () => undefined)));
}

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; issues?: unknown[] } }>;
  raw: string;
}

export async function graphql<T = Record<string, any>>(
  stack: LocalStack,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  return post<T>(stack, JSON.stringify({ query, variables }), 'application/json', headers);
}

/** An administrator of the default organization, for reading what the tests check. */
export const ADMIN = { get authorization() { return asStaff('admin').authorization; } };

/** As a signed-in member of staff: a token from the local stack's development issuer. */
export const asStaff = (staffId: string, role: Role = 'ADMIN', organizationId = 'default') => ({
  authorization: `Bearer ${devIssuer().mint({ organizationId, role, staffId })}`,
});

export async function post<T = Record<string, any>>(stack: LocalStack, body: string, contentType = 'application/json', headers: Record<string, string> = {}): Promise<GraphqlResponse<T>> {
  const res = await fetch(stack.urls.graphql, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  const raw = await res.text();
  let parsed: { data?: T; errors?: GraphqlResponse['errors'] } = {};
  try {
    parsed = JSON.parse(raw);
  } catch {
    // left empty: the test reads `raw`
  }
  return { status: res.status, data: parsed.data, errors: parsed.errors, raw };
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  replyTo?: string[];
  subject: string;
  body: { text?: string; html?: string };
}

/** Every email SES local has accepted. */
export async function inbox(stack: LocalStack): Promise<StoredEmail[]> {
  const res = await fetch(`${stack.urls.inbox}/store`);
  return ((await res.json()) as { emails: StoredEmail[] }).emails;
}

export async function mailTo(stack: LocalStack, address: string): Promise<StoredEmail[]> {
  return (await inbox(stack)).filter((e) => e.destination.to.includes(address));
}

/** Waits until the stream poller has handed every write so far to the stats handler. */
export async function statsSettled(stack: LocalStack): Promise<void> {
  await stack.streams.idle();
}

/**
 * Waits until every workflow has looked at the clock as it is now and done all it found due (sent what it queued).
 * For stacks started with waitPollMs; where a test checks that nothing happens, this is how long to wait.
 */
export async function workflowsCaughtUp(stack: LocalStack): Promise<void> {
  const round = stack.runner.markRound();
  await waitFor('every workflow to catch up with the clock', async () => stack.runner.caughtUpIn(round));
  // The emails those steps queued go out through the outbox, from the table's stream.
  await stack.streams.idle();
}

/** Polls until `probe` returns something truthy; fails with `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const SUBMIT = `mutation Submit($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) {
    reference
    accessCode
    complaint { id reference status channel category receivedAt version clocks { id dueAt state } }
  }
}`;

export const RECORD = `query Record($id: ID!) {
  complaint(id: $id) {
    id reference status version
    complainant { name email phone postalAddress preferredLanguage }
    respondent { name address }
    clocks { id dueAt state }
    notifications { kind recipient state attempts }
    history { at action actor { kind } }
  }
}`;

export const TRACK = `query Track($reference: String!, $accessCode: String!) {
  trackComplaint(reference: $reference, accessCode: $accessCode) {
    reference status receivedAt clocks { id dueAt state } timeline { at action text }
  }
}`;
