/**
 * (d) DynamoDB requests per lifecycle mutation, and (e) what the complaint workflow costs
 * in Step Functions state transitions. Counts, not timings.
 *
 * The real GraphQL handler and the real workflow tasks (createWorkflowTasks) over the real
 * store, whose DynamoDB client describes every HTTP request it sends (retries included)
 * to whoever is running: the mutation being measured, or one task call of one execution
 * (AsyncLocalStorage tells them apart). DynamoDB Local in memory, SES local, a FakeClock.
 *
 * The workflow is the real definition (definitionWithResources) run by aws-local-stepfunctions,
 * one execution per epoch, its transitions counted from the execution's event log. The
 * GraphQL handler's workflow starter only records (complaintId, epoch); the benchmark starts
 * those executions once the mutation has answered, one after another, each until it has
 * ended or is waiting. A Wait lasts until the FakeClock passes its `wakeAt` and no longer:
 * the Wait state itself takes 0 ms, and the Advance that follows it holds until the clock
 * is moved past that instant. So an execution superseded while it waits wakes once, at its
 * wakeAt, runs Advance and stops, as it would on AWS, and nothing depends on real time.
 */
import { silent } from './bench-table';
import { devIssuerTokenVerifier } from '../functions/adapters/auth/jwt-verifiers';
import { devIssuer } from '../local/dev-issuer';
import '../local/promise-with-resolvers';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { StateMachine } from 'aws-local-stepfunctions';
import { TABLE_DESIGN } from '../functions/adapters/dynamodb/table-design';
import { DynamoDbDuplicateIndex } from '../functions/adapters/dynamodb/duplicate-index';
import { SesMailer } from '../functions/adapters/ses/ses-mailer';
import { configFromEnvironment } from '../functions/config/environment';
import type { AdvanceResult } from '../functions/core/lifecycle/advance-complaint';
import { sendPendingNotifications } from '../functions/core/notifications';
import type { Mailer } from '../functions/core/ports';
import type { GraphqlServices } from '../functions/graphql/context';
import { createGraphqlHandler } from '../functions/graphql/lambda-handler';
import { definitionWithResources, TASK_STATES, WAIT_STATE, type TaskStateName, type WorkflowInput } from '../functions/workflow/definition';
import { createWorkflowTasks, type TaskInput } from '../functions/workflow/tasks';
import { complaintStore } from '../functions/wiring/dynamodb';
import { lambdaContext, type LambdaHttpHandler } from '../local/api-gateway';
import { ensureTable, startDynamoDbLocal } from '../local/dynamodb-local';
import { freePort } from '../local/preflight';
import { startSesLocal } from '../local/ses-local';
import { FakeClock } from '../test/harness/fake-clock';
import { guard } from './cleanup';
import { table } from './report';
import { apiEvent, sampleSubmission, staffHeaders } from './requests-per-operation';

/** List price per state transition of a Standard workflow, us-east-1, as of writing (to be checked). */
export const PRICE_PER_1000_TRANSITIONS_USD = 0.025;

const START = '2026-11-30T02:00:00.000Z'; // Monday 10:00 in Shanghai, the default organization time zone.
const MINUTE = 60_000;

/** What the counting middleware saw while one mutation or one task call ran. */
interface Sink {
  requests: string[];
  emails: number;
  /** DynamoDB's own ConsumedCapacity of those requests (ReturnConsumedCapacity TOTAL), read and write units apart. */
  capacity: Capacity;
}

export interface Capacity {
  read: number;
  write: number;
}

const READ_COMMANDS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);
const CAPACITY_COMMANDS = new Set([...READ_COMMANDS, 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

export interface MutationCount {
  name: string;
  /** The complaint it acted on: A follows the typical lifecycle, B and C the other paths. */
  complaint: string;
  /** Status before → after. */
  status: string;
  variant?: string;
  requests: string[];
  capacity: Capacity;
  /** Wall time of the handler call (local, against DynamoDB Local). */
  ms: number;
  /** Workflow epochs it started (one execution each). */
  epochs: number[];
  typical: boolean;
}

export interface TaskCall {
  state: TaskStateName;
  requests: string[];
  emails: number;
  capacity: Capacity;
  ms: number;
}

/** One invocation of the notification outbox (the stream function), for one complaint's newly queued notifications. */
export interface OutboxCall {
  complaint: string;
  /** What queued them: a mutation's name or a task state. */
  after: string;
  requests: string[];
  emails: number;
  capacity: Capacity;
  ms: number;
}

export interface ExecutionCount {
  complaint: string;
  epoch: number;
  startedBy: string;
  /** States entered, in order; a Wait is followed by `⏸ <wakeAt>`. */
  path: string[];
  transitions: number;
  retries: number;
  tasks: TaskCall[];
  /** Each Wait: the instant it was due to wake and the instant the clock reached. */
  waits: Array<{ wakeAt: string; wokeAt?: string }>;
  /** How it ended: the last state entered, or Stopped when a newer epoch stopped it. */
  end: string;
}

export interface LifecycleResult {
  mutations: MutationCount[];
  executions: ExecutionCount[];
  outbox: OutboxCall[];
  /** The typical complaint's audit trail, as stored at the end. */
  history: string[];
  /** Paths the other complaints took, in words. */
  paths: Record<string, string>;
  clock: { start: string; lifecycleEnd: string; end: string };
  /** Requests made outside any mutation or task: must be 0 for the counts to be complete. */
  unattributed: number;
}

const INDEX_NAMES: Record<string, string> = Object.fromEntries(Object.entries(TABLE_DESIGN.indexes).map(([name, i]) => [i.indexName, name]));

/** Items whose partition says what they are (their sort key is a date or an id). */
const BY_PARTITION: Record<string, string> = { AUDITDAY: 'audit day head', DUPBAND: 'duplicate band', DUPPHONE: 'duplicate phone' };

/** What an item is, from its keys (table-design.ts). */
function kindOf(key: Input | undefined): string {
  const byPartition = BY_PARTITION[String(key?.PK?.S ?? '').split('#')[0]];
  if (byPartition) return byPartition;
  const sk: string | undefined = key?.SK?.S;
  if (!sk) return 'item';
  const head = sk.split('#')[0];
  return { COMPLAINT: 'complaint', SETTINGS: 'settings', REFERENCE: 'reference', WORKFLOW: 'workflow marker', AUDIT: 'audit', ENTRY: 'entry', NOTIFICATION: 'notification' }[head] ?? head.toLowerCase();
}

/** Same names in a row collapsed to "name ×n", order kept. */
function collapse(names: string[]): string[] {
  const out: Array<[string, number]> = [];
  for (const n of names) {
    const last = out.at(-1);
    if (last && last[0] === n) last[1] += 1;
    else out.push([n, 1]);
  }
  return out.map(([n, k]) => (k > 1 ? `${n} ×${k}` : n));
}

type Input = Record<string, any>;

/** One request in words, from the command's own input: which item, index or partition it touches. */
function describeRequest(command: string, input: Input): string {
  switch (command) {
    case 'GetItem':
    case 'DeleteItem':
      return `${command} ${kindOf(input.Key)}`;
    case 'PutItem':
      return `PutItem ${kindOf(input.Item)}`;
    case 'Query': {
      const partition = String(input.ExpressionAttributeValues?.[':pk']?.S ?? '');
      const where = input.IndexName ? `${INDEX_NAMES[input.IndexName] ?? input.IndexName} (${input.IndexName})` : `${partition.split('#')[0].toLowerCase()} partition`;
      return `Query ${where}${input.Select === 'COUNT' ? ' COUNT' : ''}`;
    }
    case 'TransactWriteItems': {
      const items = (input.TransactItems as Input[]).map((t) => kindOf(t.Put?.Item ?? t.Update?.Key ?? t.Delete?.Key ?? t.ConditionCheck?.Key));
      return `TransactWriteItems [${collapse(items).join(', ')}]`;
    }
    default:
      return command;
  }
}

/** Requests in words, identical neighbours collapsed: "GetItem complaint · Query handlerQueue (GSI6) COUNT ×2 · …". */
export function requestsInWords(requests: string[]): string {
  return requests.length ? collapse(requests).join(' · ') : '—';
}

/** Commands only, counted: "2 GetItem + 1 TransactWriteItems". */
function byCommand(requests: string[]): string {
  const by = new Map<string, number>();
  for (const r of requests) {
    const c = r.split(' ')[0];
    by.set(c, (by.get(c) ?? 0) + 1);
  }
  return [...by].map(([c, n]) => `${n} ${c}`).join(' + ') || '—';
}

interface Execution {
  complaint: string;
  complaintId: string;
  epoch: number;
  startedBy: string;
  status: 'running' | 'parked' | 'done' | 'failed';
  error?: unknown;
  events: Array<{ type: string; state?: { name: string; type: string } }>;
  tasks: TaskCall[];
  /** The execution is in (or about to enter) the Wait state: the next Advance is the one after waking. */
  toWait: boolean;
  /** Stopped by a newer epoch (StopExecution). */
  stopped: boolean;
  /** Stopped while its Wait held: the Advance the bench had entered to hold it was never entered on AWS. */
  stoppedWaiting: boolean;
  wakeAt?: string;
  waits: Array<{ wakeAt: string; wokeAt?: string }>;
  release?: () => void;
  abort: () => void;
  done: Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLifecycle(): Promise<LifecycleResult> {
  const db = await startDynamoDbLocal(await freePort());
  const stopDb = guard(db.stop);
  const ses = await startSesLocal(await freePort());
  const stopSes = guard(ses.stop);
  const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
  const client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials });
  const sesClient = new SESv2Client({ endpoint: ses.endpoint, region: 'us-east-1', credentials });
  const executions: Execution[] = [];
  const stopExecutions = guard(async () => {
    for (const x of executions) x.abort();
    await Promise.all(executions.map((x) => x.done));
  });
  try {
    const config = configFromEnvironment({ TABLE_NAME: 'complaints', SENDER_EMAIL: 'complaints@example.org', TRACKING_URL: 'http://127.0.0.1/track' });
    await ensureTable(client, config.tableName);

    const running = new AsyncLocalStorage<Sink>();
    let unattributed = 0;
    // Every request that can says what it consumed, so the cost table uses DynamoDB's own units.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName?.replace(/Command$/, '') ?? '';
        if (!CAPACITY_COMMANDS.has(command)) return next(args);
        (args.input as Input).ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        const consumed = (result.output as Input).ConsumedCapacity as Input | Input[] | undefined;
        const units = [consumed ?? []].flat().reduce((n: number, c: Input) => n + Number(c.CapacityUnits ?? 0), 0);
        const sink = running.getStore();
        if (sink) sink.capacity[READ_COMMANDS.has(command) ? 'read' : 'write'] += units;
        return result;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );
    // Below the retry middleware (finalizeRequest), so every attempt on the wire is counted.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const sink = running.getStore();
        const described = describeRequest(context.commandName?.replace(/Command$/, '') ?? 'unknown', args.input);
        if (sink) sink.requests.push(described);
        else unattributed += 1;
        return next(args);
      },
      { step: 'deserialize', name: 'benchRequestDescriber' },
    );
    const clock = new FakeClock(START);
    const store = complaintStore(config, client);
    const sesMailer = new SesMailer(sesClient, config.senderEmail);
    const mailer: Mailer = {
      send: (message) => {
        const sink = running.getStore();
        if (sink) sink.emails += 1;
        return sesMailer.send(message);
      },
    };
    const notificationDeps = { store, mailer, clock, logger: silent, settingsDefaults: config.settingsDefaults, trackingUrl: config.trackingUrl };
    const tasks = createWorkflowTasks(notificationDeps);

    // The handler's starter records; executions start once the mutation has answered.
    const pendingStarts: Array<{ complaintId: string; epoch: number; wakeAt?: string }> = [];
    const pendingStops: Array<{ complaintId: string; epoch: number }> = [];
    const issuer = devIssuer();
    const services: GraphqlServices = {
      store,
      workflow: {
        start: async (complaintId, epoch, wakeAt) => void pendingStarts.push({ complaintId, epoch, wakeAt }),
        stop: async (complaintId, epoch) => void pendingStops.push({ complaintId, epoch }),
      },
      clock,
      settingsDefaults: config.settingsDefaults,
      logger: silent,
      developmentMode: false,
      tokenVerifier: devIssuerTokenVerifier(issuer.issuer, issuer.audience, issuer.jwks),
      // As the GraphQL function is wired: intake looks for likely duplicates.
      duplicates: new DynamoDbDuplicateIndex(client, config.tableName),
    };
    const handler = createGraphqlHandler(services) as LambdaHttpHandler;
    const newSink = (): Sink => ({ requests: [], emails: 0, capacity: { read: 0, write: 0 } });
    const setup = newSink();
    const call = async (query: string, variables: Record<string, unknown>, staffId?: string, sink: Sink = setup) => {
      const event = apiEvent(query, variables, staffId ? staffHeaders(issuer, config.settingsDefaults.organizationId, staffId) : {});
      const result = await running.run(sink, () => handler(event as never, lambdaContext('graphql')));
      const body = JSON.parse((result as { body: string }).body) as { data?: Record<string, any>; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return Object.values(body.data)[0] as Record<string, any>;
    };

    // The workflow: the deployed definition, each Task state routed to the same task the Lambda runs.
    const machine = new StateMachine(definitionWithResources((state) => `arn:aws:lambda:us-east-1:000000000000:function:${state}`) as never, {
      validationOptions: { checkArn: false },
    });
    const labels = new Map<string, string>();
    // The outbox: what the stream function does when a change's notification items reach the stream.
    const outbox: OutboxCall[] = [];
    const queuesNotifications = (requests: string[]) => requests.some((r) => /^(TransactWriteItems \[.*notification|PutItem notification)/.test(r));
    const runOutbox = async (complaintId: string, after: string) => {
      const sink = newSink();
      const started = performance.now();
      await running.run(sink, () => sendPendingNotifications(notificationDeps, complaintId));
      outbox.push({ complaint: labels.get(complaintId) ?? '?', after, requests: sink.requests, emails: sink.emails, capacity: sink.capacity, ms: performance.now() - started });
    };
    const taskCall = async (x: Execution, state: TaskStateName, input: TaskInput) => {
      const sink = newSink();
      const call: TaskCall = { state, requests: sink.requests, emails: 0, capacity: sink.capacity, ms: 0 };
      x.tasks.push(call);
      const started = performance.now();
      try {
        return await running.run(sink, () => tasks[state](input));
      } finally {
        call.ms = performance.now() - started;
        call.emails = sink.emails;
        if (queuesNotifications(sink.requests)) await runOutbox(x.complaintId, state);
      }
    };
    const startExecution = (complaintId: string, epoch: number, wakeAt: string, startedBy: string) => {
      const x: Execution = {
        complaint: labels.get(complaintId) ?? '?',
        complaintId,
        epoch,
        startedBy,
        status: 'running',
        events: [],
        tasks: [],
        // Every execution begins with the Wait, until the wake it was started with.
        toWait: true,
        wakeAt,
        stopped: false,
        stoppedWaiting: false,
        waits: [],
        abort: () => undefined,
        done: Promise.resolve(),
      };
      const handlers: Record<TaskStateName, (input: TaskInput) => Promise<unknown>> = {
        Advance: async (input) => {
          if (x.toWait) {
            // Woken from WaitForNextStep: on AWS this Advance runs at wakeAt, so it waits for the clock.
            x.toWait = false;
            x.waits.push({ wakeAt: x.wakeAt! });
            x.status = 'parked';
            await new Promise<void>((r) => (x.release = r));
          }
          const result = (await taskCall(x, 'Advance', input)) as AdvanceResult;
          // The Choice WhatNext, read the same way: superseded, then a wake.
          x.toWait = !result.superseded && result.wakeAt !== undefined;
          x.wakeAt = result.wakeAt;
          return result;
        },
        CloseWorkflow: (input) => taskCall(x, 'CloseWorkflow', input),
      };
      const input: WorkflowInput = { complaintId, epoch, next: { wakeAt } };
      const run = machine.run(input as never, {
        noThrowOnAbort: true,
        overrides: {
          taskResourceLocalHandlers: handlers as never,
          // The Wait itself takes no time: the Advance after it holds until the clock passes wakeAt.
          waitTimeOverrides: { [WAIT_STATE]: 0 },
          retryIntervalOverrides: Object.fromEntries(Object.keys(TASK_STATES).map((s) => [s, 0])),
        },
      });
      x.abort = run.abort;
      const logged = (async () => {
        for await (const e of run.eventLogs) x.events.push(e);
      })();
      x.done = Promise.all([run.result, logged]).then(
        () => void (x.status = 'done'),
        (error: unknown) => {
          x.status = 'failed';
          x.error = error;
        },
      );
      executions.push(x);
    };
    /** Every execution has ended or waits for the clock. */
    const quiet = async () => {
      const deadline = Date.now() + 30_000;
      while (executions.some((x) => x.status === 'running')) {
        if (Date.now() > deadline) throw new Error('the workflow executions did not come to rest within 30 s');
        await sleep(2);
      }
      const failed = executions.find((x) => x.status === 'failed');
      if (failed) throw new Error(`execution ${failed.complaint}/${failed.epoch} failed: ${String(failed.error)}`);
    };
    /** Moves the clock; every execution whose wake has come runs on until it rests again. */
    const setClock = async (at: string | Date) => {
      clock.set(at);
      const now = clock.now().getTime();
      for (const x of executions) {
        if (x.status === 'parked' && Date.parse(x.wakeAt!) <= now) {
          x.status = 'running';
          x.waits.at(-1)!.wokeAt = clock.now().toISOString();
          x.release!();
        }
      }
      await quiet();
    };

    const mutations: MutationCount[] = [];
    const statusOf = async (id: string) => (await call('query($id: ID!) { complaint(id: $id) { status version } }', { id }, 'bench-reader')) as { status: string; version: number };
    /** One measured mutation, then the executions it started, one after another. */
    const measure = async (
      m: { name: string; complaint: string; id: string; variant?: string; typical: boolean; at: number },
      query: string,
      variables: (version: number) => Record<string, unknown>,
      staffId?: string,
    ) => {
      await setClock(new Date(Date.parse(START) + m.at * MINUTE));
      const before = m.id ? await statusOf(m.id) : undefined;
      const sink = newSink();
      const started = performance.now();
      const data = await call(query, variables(before?.version ?? 0), staffId, sink);
      const ms = performance.now() - started;
      const starts = pendingStarts.splice(0);
      const stops = pendingStops.splice(0);
      const id = m.id || (data.complaint ? String(data.complaint.id) : undefined);
      if (id && !labels.has(id)) labels.set(id, m.complaint);
      const after = id ? await statusOf(id) : undefined;
      mutations.push({
        name: m.name,
        complaint: m.complaint,
        variant: m.variant,
        status: after ? `${before ? `${before.status} ` : ''}→ ${after.status}` : '',
        requests: sink.requests,
        capacity: sink.capacity,
        ms,
        epochs: starts.map((s) => s.epoch),
        typical: m.typical,
      });
      // What follows the answer: the outbox sends what it queued, the new epoch starts and stops the one it replaces.
      if (id && queuesNotifications(sink.requests)) await runOutbox(id, m.name);
      for (const s of starts) {
        startExecution(s.complaintId, s.epoch, s.wakeAt ?? clock.now().toISOString(), m.name);
        await quiet();
      }
      for (const s of stops) {
        for (const x of executions.filter((e) => e.complaintId === s.complaintId && e.epoch === s.epoch && (e.status === 'parked' || e.status === 'running'))) {
          x.stopped = true;
          x.stoppedWaiting = x.status === 'parked';
          x.abort();
          await x.done;
        }
      }
      return data;
    };

    const staff = [
      { id: 'h-wu', name: '吴芳', email: 'h-wu@staff.example.org' },
      { id: 'h-zheng', name: '郑浩', email: 'h-zheng@staff.example.org' },
      { id: 'sup-feng', name: '冯静', email: 'sup-feng@staff.example.org' },
      { id: 'mgr-chen', name: '陈刚', email: 'mgr-chen@staff.example.org' },
    ];
    const [wu, zheng, supervisor, manager] = staff;
    const settings = {
      staff,
      teams: [{ id: 'telecom', name: '通信服务组', memberIds: [wu.id, zheng.id], supervisorId: supervisor.id }],
      routingRules: [{ category: sampleSubmission(0).category, teamId: 'telecom' }],
      managerId: manager.id,
    };
    const full = `id version status teamId handler { id name } clocks { id dueAt state } entries { kind at } notifications { kind state } history { at action }`;
    const staffStep = (field: string, args: string, params: string, selection = 'id version status') =>
      `mutation($id: ID!, $expectedVersion: Int!${params}) { ${field}(id: $id, expectedVersion: $expectedVersion${args}) { ${selection} } }`;
    const complainantStep = (field: string, args: string, params: string) =>
      `mutation($reference: String!, $accessCode: String!${params}) { ${field}(reference: $reference, accessCode: $accessCode${args}) { reference status } }`;
    const SUBMIT = 'mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { reference accessCode complaint { id version status } } }';
    const SETTINGS = 'mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }';
    const ACCEPT = staffStep('acceptComplaint', ', note: $note', ', $note: String');
    const ASSIGN = staffStep('assignComplaint', ', handlerId: $handlerId', ', $handlerId: ID');
    const START_INVESTIGATION = staffStep('startInvestigation', '', '');
    const NOTE = (selection?: string) => staffStep('addInternalNote', ', text: $text', ', $text: String!', selection);
    const REPLY = staffStep('sendPublicReply', ', message: $message', ', $message: String!');
    const EVIDENCE = staffStep('addEvidence', ', evidence: $evidence', ', $evidence: EvidenceInput!');
    const REQUEST = staffStep('requestInformation', ', question: $question', ', $question: String!');
    const RESOLVE = staffStep('resolveComplaint', ', response: $response', ', $response: FinalResponseInput!');
    const ESCALATE = staffStep('escalateComplaint', ', reason: $reason', ', $reason: String!');
    const REJECT = staffStep('rejectComplaint', ', reason: $reason, explanation: $explanation', ', $reason: RejectionReason!, $explanation: String!');
    const ANSWER = complainantStep('answerInformationRequest', ', answer: $answer', ', $answer: String!');
    const FEEDBACK = complainantStep('submitFeedback', ', feedback: $feedback', ', $feedback: FeedbackInput!');
    const WITHDRAW = complainantStep('withdrawComplaint', ', reason: $reason', ', $reason: String');

    // A: the typical lifecycle, a few minutes between steps so no clock, escalation or feedback deadline passes.
    const a = await measure({ name: 'submitComplaint', complaint: 'A', id: '', typical: true, at: 0 }, SUBMIT, () => ({ input: sampleSubmission(1) }));
    const A = { id: String(a.complaint.id), reference: String(a.reference), accessCode: String(a.accessCode) };
    await measure({ name: 'updateOrganizationSettings', complaint: '—', id: '', variant: 'staff, a team of 2, a routing rule, a manager', typical: true, at: 5 }, SETTINGS, () => ({
      input: { expectedVersion: 0, ...settings },
    }), 'admin');
    await measure({ name: 'acceptComplaint', complaint: 'A', id: A.id, variant: 'a routing rule matches: the team member with fewer open complaints is assigned', typical: true, at: 30 }, ACCEPT, (v) => ({
      id: A.id,
      expectedVersion: v,
      note: '属于受理范围。',
    }), supervisor.id);
    const handlerOfA = String((await call('query($id: ID!) { complaint(id: $id) { handler { id } } }', { id: A.id }, 'bench-reader')).handler.id);
    await measure({ name: 'startInvestigation', complaint: 'A', id: A.id, typical: true, at: 60 }, START_INVESTIGATION, (v) => ({ id: A.id, expectedVersion: v }), handlerOfA);
    await measure({ name: 'addEvidence', complaint: 'A', id: A.id, typical: true, at: 90 }, EVIDENCE, (v) => ({
      id: A.id,
      expectedVersion: v,
      evidence: { description: '话费账单截图', source: '投诉人提供', contentHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', fileReference: 'evidence/bill.png' },
    }), handlerOfA);
    await measure({ name: 'requestInformation', complaint: 'A', id: A.id, typical: true, at: 120 }, REQUEST, (v) => ({ id: A.id, expectedVersion: v, question: '请提供变更套餐的受理单号。' }), handlerOfA);
    await measure({ name: 'answerInformationRequest', complaint: 'A', id: A.id, typical: true, at: 180 }, ANSWER, () => ({ reference: A.reference, accessCode: A.accessCode, answer: '受理单号 20261102-0001。' }));
    await measure({ name: 'resolveComplaint', complaint: 'A', id: A.id, typical: true, at: 240 }, RESOLVE, (v) => ({
      id: A.id,
      expectedVersion: v,
      response: { outcome: 'UPHELD', reasons: '套餐变更已生效但计费未同步。', remedies: ['REFUND'], followUpMeasures: '修复计费同步并复核同类账户。', rootCause: 'BILLING' },
    }), handlerOfA);
    await measure({ name: 'submitFeedback', complaint: 'A', id: A.id, variant: 'satisfied: the complaint closes', typical: true, at: 300 }, FEEDBACK, () => ({
      reference: A.reference,
      accessCode: A.accessCode,
      feedback: { rating: 5, resolved: true, comment: '退款已收到。' },
    }));
    const lifecycleEnd = clock.now().toISOString();

    // B: the other staff mutations, then a withdrawal. C: a rejection.
    const b = await measure({ name: 'submitComplaint', complaint: 'B', id: '', typical: false, at: 330 }, SUBMIT, () => ({ input: sampleSubmission(2) }));
    const B = { id: String(b.complaint.id), reference: String(b.reference), accessCode: String(b.accessCode) };
    await measure({ name: 'acceptComplaint', complaint: 'B', id: B.id, variant: 'routed, as for A', typical: false, at: 335 }, ACCEPT, (v) => ({ id: B.id, expectedVersion: v }), supervisor.id);
    await measure({ name: 'assignComplaint', complaint: 'B', id: B.id, variant: 'handlerId given', typical: false, at: 340 }, ASSIGN, (v) => ({ id: B.id, expectedVersion: v, handlerId: wu.id }), supervisor.id);
    await measure({ name: 'assignComplaint', complaint: 'B', id: B.id, variant: 'no handlerId: the routing rules choose', typical: false, at: 345 }, ASSIGN, (v) => ({ id: B.id, expectedVersion: v }), supervisor.id);
    await measure({ name: 'addInternalNote', complaint: 'B', id: B.id, typical: false, at: 350 }, NOTE(), (v) => ({ id: B.id, expectedVersion: v, text: '同类投诉本月第三起。' }), wu.id);
    await measure({ name: 'addInternalNote', complaint: 'B', id: B.id, variant: `asking for the handler, entries, notifications and history as well`, typical: false, at: 355 }, NOTE(full), (v) => ({
      id: B.id,
      expectedVersion: v,
      text: '已联系计费部门。',
    }), wu.id);
    await measure({ name: 'sendPublicReply', complaint: 'B', id: B.id, typical: false, at: 360 }, REPLY, (v) => ({ id: B.id, expectedVersion: v, message: '我们正在核查您的账单。' }), wu.id);
    await measure({ name: 'escalateComplaint', complaint: 'B', id: B.id, typical: false, at: 365 }, ESCALATE, (v) => ({ id: B.id, expectedVersion: v, reason: '投诉人再次来电。' }), wu.id);
    await measure({ name: 'withdrawComplaint', complaint: 'B', id: B.id, typical: false, at: 370 }, WITHDRAW, () => ({ reference: B.reference, accessCode: B.accessCode, reason: '已与商家自行和解。' }));
    const c = await measure({ name: 'submitComplaint', complaint: 'C', id: '', typical: false, at: 375 }, SUBMIT, () => ({ input: sampleSubmission(3) }));
    const C = String(c.complaint.id);
    await measure({ name: 'rejectComplaint', complaint: 'C', id: C, typical: false, at: 380 }, REJECT, (v) => ({
      id: C,
      expectedVersion: v,
      reason: 'DUPLICATE',
      explanation: '与编号相同的投诉重复。',
    }), supervisor.id);

    // Every execution still waiting wakes at its wakeAt, earliest first, until none waits.
    for (let round = 0; ; round += 1) {
      const waiting = executions.filter((x) => x.status === 'parked');
      if (!waiting.length) break;
      if (round >= 100) throw new Error('executions still waiting after 100 wakes');
      await setClock(new Date(Math.min(...waiting.map((x) => Date.parse(x.wakeAt!)))));
    }
    await Promise.all(executions.map((x) => x.done));
    if (unattributed) throw new Error(`${unattributed} DynamoDB request(s) made outside any mutation or task`);

    const recordOf = (id: string) => call('query($id: ID!) { complaint(id: $id) { status history { action actor { kind } } } }', { id }, 'bench-reader');
    const historyOf = async (id: string) => ((await recordOf(id)).history as Array<{ action: string; actor: { kind: string } }>).map((h) => `${h.action}${h.actor.kind === 'SYSTEM' ? ' (system)' : ''}`);
    const history = await historyOf(A.id);
    const paths: Record<string, string> = {};
    for (const [label, id] of [['B', B.id], ['C', C]] as const) paths[label] = (await historyOf(id)).join(' → ');

    const result: LifecycleResult = {
      mutations,
      executions: executions.map((x) => {
        const entered = x.events.filter((e) => e.type === 'StateEntered' && e.state).map((e) => e.state!.name);
        // The bench holds a Wait in the Advance after it; stopped there, that Advance was never entered on AWS.
        if (x.stoppedWaiting && entered.at(-1) === 'Advance') entered.pop();
        const path: string[] = [];
        let waits = 0;
        for (const name of entered) {
          path.push(name);
          if (name === WAIT_STATE) path.push(`⏸ ${x.waits[waits++]?.wakeAt ?? '?'}`);
        }
        const retries = x.events.filter((e) => e.type === 'StateRetried').length;
        if (waits !== x.waits.length) throw new Error(`execution ${x.complaint}/${x.epoch}: ${waits} Wait states entered but ${x.waits.length} waits held`);
        const ended = x.events.at(-1)?.type;
        if (ended !== (x.stopped ? 'ExecutionAborted' : 'ExecutionSucceeded')) throw new Error(`execution ${x.complaint}/${x.epoch} ended with ${ended}`);
        return {
          complaint: x.complaint,
          epoch: x.epoch,
          startedBy: x.startedBy,
          path: x.stopped ? [...path, '⏹ stopped'] : path,
          transitions: entered.length + retries,
          retries,
          tasks: x.tasks,
          waits: x.waits,
          end: x.stopped ? 'Stopped' : (entered.at(-1) ?? '?'),
        };
      }),
      outbox,
      history,
      paths,
      clock: { start: START, lifecycleEnd, end: clock.now().toISOString() },
      unattributed,
    };
    // The typical lifecycle is only typical if the system did nothing but ask for feedback.
    const system = history.filter((h) => h.endsWith('(system)'));
    if (system.join() !== 'FEEDBACK_REQUESTED (system)') throw new Error(`complaint A took system steps besides the feedback request: ${system.join(', ')}`);
    return result;
  } finally {
    await stopExecutions();
    client.destroy();
    sesClient.destroy();
    await stopSes();
    await stopDb();
  }
}

const usd = (n: number) => `$${n < 0.01 ? n.toFixed(6) : n < 10 ? n.toFixed(3) : n.toFixed(2)}`;

export function describeLifecycleMutations(r: LifecycleResult): string {
  const row = (m: MutationCount) => [
    `\`${m.name}\``,
    m.complaint,
    [m.status, m.variant].filter(Boolean).join('; '),
    `**${m.requests.length}**`,
    byCommand(m.requests),
    requestsInWords(m.requests),
    m.epochs.length ? m.epochs.map((e) => `#${e}`).join(', ') : '—',
  ];
  const typical = r.mutations.filter((m) => m.typical);
  const others = r.mutations.filter((m) => !m.typical && m.name !== 'submitComplaint');
  const ofA = typical.filter((m) => m.complaint === 'A');
  const settings = typical.filter((m) => m.complaint !== 'A');
  const count = (ms: MutationCount[]) => ms.reduce((n, m) => n + m.requests.length, 0);
  const header = ['mutation', 'complaint', 'status; case', 'requests', 'which', 'what it reads and writes, in order', 'epochs started'];
  return [
    '### (d) DynamoDB requests per lifecycle mutation',
    '',
    `The typical lifecycle of complaint A, in order: **${count(ofA)} DynamoDB requests** from the GraphQL handler for its ${ofA.length} mutations`,
    `(plus ${count(settings)} for the organization’s one-off settings update); the workflow’s own requests are under (e).`,
    '',
    table(header, typical.map(row)),
    '',
    'The other lifecycle mutations, on complaint B (accepted, reassigned, noted, replied to, escalated, withdrawn) and C (rejected):',
    '',
    table(header, others.map(row)),
    '',
    'A count, not a timing. Each mutation is one `handler(event, context)` call on `createGraphqlHandler(...)` with the real',
    '`DynamoDbComplaintStore`, against DynamoDB Local in memory; the DynamoDB client’s counting middleware (in the `deserialize` step, so',
    'retries are counted) describes each request from its own input: the item by its sort key (`complaint`, `settings`, `reference`,',
    '`audit`, `entry`, `notification`, `workflow marker`), the index or partition a Query reads, the items a TransactWriteItems writes.',
    'Staff mutations ask for `id version status` and the complainant’s for `reference status`, which need no further read; one row shows',
    'what asking for more costs. *epochs started* are the workflow executions the mutation starts (the starter records them and makes no',
    'DynamoDB request). The version each staff mutation expects is read beforehand, outside the count.',
  ].join('\n');
}

export function describeWorkflowTransitions(r: LifecycleResult): string {
  const price = PRICE_PER_1000_TRANSITIONS_USD / 1000;
  const of = (label: string) => r.executions.filter((x) => x.complaint === label);
  const a = of('A');
  const transitions = a.reduce((n, x) => n + x.transitions, 0);
  const retries = a.reduce((n, x) => n + x.retries, 0);
  const taskCalls = a.flatMap((x) => x.tasks);
  const workflowRequests = taskCalls.reduce((n, t) => n + t.requests.length, 0);
  const emails = taskCalls.reduce((n, t) => n + t.emails, 0);
  const apiRequests = r.mutations.filter((m) => m.typical && m.complaint === 'A').reduce((n, m) => n + m.requests.length, 0);
  const superseded = a.filter((x) => x.end === 'Superseded');
  const stopped = a.filter((x) => x.end === 'Stopped');
  const outboxCalls = r.outbox.filter((o) => o.complaint === 'A');
  const outboxRequests = outboxCalls.reduce((n, o) => n + o.requests.length, 0);
  const outboxEmails = outboxCalls.reduce((n, o) => n + o.emails, 0);
  const perTask = (x: ExecutionCount) =>
    x.tasks.map((t) => `${t.state} ${t.requests.length}${t.emails ? ` (${t.emails} email${t.emails > 1 ? 's' : ''})` : ''}`).join(', ');
  const taskWords = (x: ExecutionCount) => x.tasks.map((t) => `${t.state}: ${requestsInWords(t.requests)}`).join('<br>');
  const rows = a.map((x) => [
    `#${x.epoch}`,
    `\`${x.startedBy}\``,
    x.path.join(' → ').replaceAll('→ ⏸', '⏸'),
    x.end,
    `**${x.transitions}**`,
    perTask(x),
    taskWords(x),
  ]);
  const summaryOf = (label: string) => {
    const xs = of(label);
    const n = xs.reduce((k, x) => k + x.transitions, 0);
    return `${xs.length} executions, ${n} transitions (${usd(n * price)})`;
  };
  const perExecution = a.map((x) => x.transitions);
  const byTask = (Object.keys(TASK_STATES) as TaskStateName[]).map((state) => {
    const calls = taskCalls.filter((t) => t.state === state);
    const n = calls.reduce((k, t) => k + t.requests.length, 0);
    return `${state} ${calls.length} call${calls.length === 1 ? '' : 's'}, ${n} request${n === 1 ? '' : 's'}`;
  });
  return [
    '### (e) Step Functions state transitions per complaint',
    '',
    `- **Executions per typical complaint: ${a.length}** (one per workflow epoch: submit, and each person’s change that moves the instant the system next owes the complaint a step).`,
    `- **State transitions per typical complaint: ${transitions}** (per execution ${Math.min(...perExecution)} to ${Math.max(...perExecution)}, mean ${(transitions / a.length).toFixed(1)}; retries ${retries}).`,
    `- **Cost at the Standard price: ${usd(transitions * price)} per complaint, ${usd(transitions * price * 1000)} per 1,000 complaints, ${usd(transitions * price * 100_000)} per 100,000** — $${PRICE_PER_1000_TRANSITIONS_USD} per 1,000 state transitions, the list price in us-east-1 as of writing (to be checked; 4,000 transitions a month are free).`,
    `- Stopped executions (a newer epoch replaced them): ${stopped.length} of ${a.length}, each after the transitions it had taken; superseded at a wake (not stopped in time): ${superseded.length}.`,
    `- **The notification outbox (the stream function) for the same complaint: ${outboxCalls.length} invocations, ${outboxRequests} DynamoDB requests, ${outboxEmails} emails sent.**`,
    `- **The workflow’s DynamoDB requests for the same complaint: ${workflowRequests}**, in ${taskCalls.length} task (Lambda) invocations (${byTask.join('; ')}), sending ${emails} emails itself. With the API’s ${apiRequests} (d) and the outbox’s ${outboxRequests}: **${apiRequests + workflowRequests + outboxRequests} DynamoDB requests per typical complaint**.`,
    `- The other paths: B (${r.paths.B}): ${summaryOf('B')}; C (${r.paths.C}): ${summaryOf('C')}.`,
    '',
    `Complaint A’s executions (its audit trail: ${r.history.join(' → ')}):`,
    '',
    table(['epoch', 'started by', 'states entered (⏸ waits until)', 'ends', 'transitions', 'DynamoDB requests per task call', 'what each task call reads and writes'], rows),
    '',
    'A count, not a timing: the real definition (`definitionWithResources`) run by aws-local-stepfunctions, each Task state routed to',
    'the task `createWorkflowTasks` builds (the code the Lambdas run) over DynamoDB Local and SES local, and the transitions counted from',
    'each execution’s event log: every state entered, plus every retry (Step Functions bills both). A FakeClock drives the lifecycle',
    `from ${r.clock.start} to ${r.clock.lifecycleEnd}, minutes between steps, so no clock, escalation or feedback deadline passes`,
    'during it. Once a mutation has answered, the outbox sends what it queued (as the stream function does), the execution of a new',
    'epoch starts (its input carries the wake it waits for first) and the execution it replaces is stopped (StopExecution: aborted',
    'after the transitions it took; a stop during its Wait counts the Wait). A Wait lasts exactly until the clock reaches its wakeAt.',
    `At the end the clock is moved to each remaining wakeAt in turn (the last one ${r.clock.end}), so every execution still waiting`,
    'wakes, as on AWS; those transitions are included.',
  ].join('\n');
}

/**
 * List prices in us-east-1 used by (m), as read on 2026-12-06 from the AWS pricing pages
 * (aws.amazon.com/lambda|step-functions|dynamodb|ses|s3|api-gateway/pricing): to be checked
 * before use; other regions charge more, and free tiers are left out.
 */
export const LIST_PRICES_USD = {
  date: '2026-12-06',
  apiGatewayHttpPerMillion: 1.0,
  lambdaRequestsPerMillion: 0.2,
  /** arm64, the platform's architecture (first 6 billion GB-seconds a month). */
  lambdaArmPerGbSecond: 0.0000133334,
  stepFunctionsPerThousandTransitions: PRICE_PER_1000_TRANSITIONS_USD,
  /** On-demand, Standard table class, after the November 2024 halving. */
  dynamoDbPerMillionWriteUnits: 0.625,
  dynamoDbPerMillionReadUnits: 0.125,
  sesPerThousandEmails: 0.1,
  sesPerThousandInbound: 0.1,
  s3PerThousandPuts: 0.005,
  s3PerThousandGets: 0.0004,
} as const;

/** Memory of each function the typical lifecycle invokes, as infra/ deploys them. */
export const FUNCTION_MEMORY_MB = { graphql: 512, advance: 256, closeWorkflow: 256, outbox: 256 } as const;

export function describeCostPerComplaint(r: LifecycleResult): string {
  const p = LIST_PRICES_USD;
  const mutations = r.mutations.filter((m) => m.typical && m.complaint === 'A');
  const a = r.executions.filter((x) => x.complaint === 'A');
  const tasks = a.flatMap((x) => x.tasks);
  const outbox = r.outbox.filter((o) => o.complaint === 'A');
  const transitions = a.reduce((n, x) => n + x.transitions, 0);
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  const fns = [
    { name: 'GraphQL (`graphql/handler.ts`)', mb: FUNCTION_MEMORY_MB.graphql, ms: mutations.map((m) => m.ms) },
    { name: 'Advance task', mb: FUNCTION_MEMORY_MB.advance, ms: tasks.filter((t) => t.state === 'Advance').map((t) => t.ms) },
    { name: 'CloseWorkflow task', mb: FUNCTION_MEMORY_MB.closeWorkflow, ms: tasks.filter((t) => t.state === 'CloseWorkflow').map((t) => t.ms) },
    { name: 'notification outbox (`streams/outbox-handler.ts`)', mb: FUNCTION_MEMORY_MB.outbox, ms: outbox.map((o) => o.ms) },
  ];
  const capacity = [...mutations.map((m) => m.capacity), ...tasks.map((t) => t.capacity), ...outbox.map((o) => o.capacity)];
  const read = sum(capacity.map((c) => c.read));
  const write = sum(capacity.map((c) => c.write));
  const emails = sum(outbox.map((o) => o.emails));
  const invocations = sum(fns.map((f) => f.ms.length));
  // Lambda bills each invocation's duration rounded up to the millisecond.
  const gbSeconds = sum(fns.map((f) => sum(f.ms.map((ms) => Math.ceil(ms))) / 1000 * (f.mb / 1024)));
  const rows: Array<[string, string, string, number]> = [
    ['API Gateway (HTTP API)', `${mutations.length} requests (the mutations)`, `$${p.apiGatewayHttpPerMillion} per million`, (mutations.length * p.apiGatewayHttpPerMillion) / 1e6],
    ...fns.map((f): [string, string, string, number] => {
      const gbs = (sum(f.ms.map((ms) => Math.ceil(ms))) / 1000) * (f.mb / 1024);
      return [
        `Lambda: ${f.name}, ${f.mb} MB`,
        `${f.ms.length} invocations, ${gbs.toFixed(3)} GB-s (${f.ms.length ? `${Math.ceil(sum(f.ms) / f.ms.length)} ms` : '—'} mean)`,
        `$${p.lambdaRequestsPerMillion} per million + $${p.lambdaArmPerGbSecond} per GB-s (arm64)`,
        (f.ms.length * p.lambdaRequestsPerMillion) / 1e6 + gbs * p.lambdaArmPerGbSecond,
      ];
    }),
    ['Step Functions (Standard)', `${transitions} state transitions in ${a.length} executions`, `$${p.stepFunctionsPerThousandTransitions} per 1,000`, (transitions * p.stepFunctionsPerThousandTransitions) / 1000],
    ['DynamoDB on-demand: writes', `${write.toFixed(1)} write request units`, `$${p.dynamoDbPerMillionWriteUnits} per million`, (write * p.dynamoDbPerMillionWriteUnits) / 1e6],
    ['DynamoDB on-demand: reads', `${read.toFixed(1)} read request units`, `$${p.dynamoDbPerMillionReadUnits} per million`, (read * p.dynamoDbPerMillionReadUnits) / 1e6],
    ['SES: emails sent', `${emails} emails`, `$${p.sesPerThousandEmails} per 1,000`, (emails * p.sesPerThousandEmails) / 1000],
    ['SES: email received', '0 (the complainant used the portal)', `$${p.sesPerThousandInbound} per 1,000 (+ per 256 KB chunk)`, 0],
    ['S3: files', '0 PUT, 0 GET (the evidence is described, no file uploaded)', `$${p.s3PerThousandPuts} per 1,000 PUT, $${p.s3PerThousandGets} per 1,000 GET`, 0],
  ];
  const total = sum(rows.map((row) => row[3]));
  return [
    '### (m) Cost per complaint',
    '',
    `**${usd(total)} per typical complaint (complaint A of (d) and (e)), ${usd(total * 1000)} per 1,000 complaints**, at us-east-1 list prices read on ${p.date}`,
    '(aws.amazon.com pricing pages of each service; to be checked: prices change, other regions charge more, free tiers are left out):',
    '',
    table(['service', 'use per typical complaint (counted)', 'list price', 'cost'], [...rows.map(([s, use, price, cost]) => [s, use, price, usd(cost)]), ['**total**', `${invocations} Lambda invocations, ${gbSeconds.toFixed(3)} GB-s`, '', `**${usd(total)}**`]]),
    '',
    'Counted in the same run as (d) and (e): the API’s mutations, the workflow’s task calls and the outbox’s sends. DynamoDB units are',
    `DynamoDB’s own \`ConsumedCapacity\` (each request asks for \`TOTAL\`), as DynamoDB Local reports it (whether it counts index writes as AWS bills them was not checked); ${mutations[0]?.capacity.write.toFixed(0)} of the write units are \`submitComplaint\`’s transaction; transactional writes count 2 units per KB of each item, and each later mutation rewrites the whole complaint item.`,
    'Lambda durations are the measured wall time of each handler call in this process against DynamoDB Local and SES local, rounded up to',
    'the millisecond as Lambda bills, at each function’s memory size in `infra/`; a cold start (see (a)) and network latency to the',
    'real services would add to them. Left out: the table’s storage and backups, the stream function that keeps the statistics and the',
    'search index (one invocation per batch of changes), CloudWatch logs and metrics, and the one-off settings update. Stream reads by',
    'Lambda are free.',
  ].join('\n');
}
