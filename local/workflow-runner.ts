import './promise-with-resolvers';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StateMachine } from 'aws-local-stepfunctions';
import { definitionWithResources, WAIT_STATE, TASK_STATES, type TaskStateName, type WorkflowInput } from '../functions/workflow/definition';
import type { TaskInput } from '../functions/workflow/tasks';

export type TaskHandlers = Record<TaskStateName, (input: TaskInput) => Promise<unknown>>;

/**
 * Node's timers overflow past 2^31 ms (24.8 days) and then fire at once, which would spin
 * the Wait state. Locally a longer wait is cut to this and the workflow simply wakes,
 * finds nothing due and waits again; Step Functions waits up to a year.
 */
export const MAX_LOCAL_WAIT_MS = 20 * 24 * 3_600_000;

const capped = (wakeAt: string) => {
  const latest = Date.now() + MAX_LOCAL_WAIT_MS;
  return Date.parse(wakeAt) > latest ? new Date(latest).toISOString() : wakeAt;
};

export function withCappedWait(tasks: TaskHandlers): TaskHandlers {
  return {
    ...tasks,
    Advance: async (input) => {
      const result = (await tasks.Advance(input)) as { wakeAt?: string };
      return result.wakeAt ? { ...result, wakeAt: capped(result.wakeAt) } : result;
    },
  };
}

export interface WorkflowRunnerOptions {
  tasks: TaskHandlers;
  stateMachineArn: string;
  /**
   * Tests only: wake from the Wait state after this many milliseconds instead of at
   * the deadline, so a test clock moved past a deadline is noticed. The tasks decide
   * from the clock whether a deadline passed, so waking early changes nothing else.
   */
  waitPollMs?: number;
  /** Tests only: pause between retries, instead of the definition's backoff. */
  retryIntervalMs?: number;
  onError?: (complaintId: string, error: unknown) => void;
}

interface Execution {
  name: string;
  input: string;
  startDate: number;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  /** The last round (see markRound) in which an Advance, begun in that round, finished. */
  quietIn: number;
  done: Promise<void>;
  abort: () => void;
  /** The error a StopExecution gave (e.g. Superseded). */
  stopError?: string;
}

/**
 * Runs the workflow definition in-process with aws-local-stepfunctions, each Task
 * state routed to the same handler the Lambda runs. It answers the Step Functions
 * API calls the platform makes (StartExecution, StopExecution, DescribeExecution) over HTTP, so the
 * functions use the real SFN client pointed at this endpoint.
 */
export class LocalWorkflowRunner {
  // Every Task state is routed to a local handler by name; the ARNs only satisfy validation.
  private readonly machine = new StateMachine(
    definitionWithResources((state) => `arn:aws:lambda:us-east-1:000000000000:function:${state}`) as never,
    { validationOptions: { checkArn: false } },
  );
  private readonly executions = new Map<string, Execution>();
  private server?: Server;
  private round = 0;

  constructor(private readonly options: WorkflowRunnerOptions) {
    for (const state of Object.keys(TASK_STATES)) {
      if (!(state in options.tasks)) throw new Error(`no local handler for task state ${state}`);
    }
  }

  /** Starts an execution; the same name and input while it runs returns the running one, as Step Functions does. */
  start(name: string, input: string): Execution {
    const existing = this.executions.get(name);
    if (existing) {
      if (existing.input !== input || existing.status !== 'RUNNING') throw Object.assign(new Error(`Execution ${name} already exists`), { type: 'ExecutionAlreadyExists' });
      return existing;
    }
    const parsed = JSON.parse(input) as WorkflowInput;
    const { waitPollMs, retryIntervalMs } = this.options;
    const progress = { quietIn: 0 };
    const tasks = withCappedWait(this.options.tasks);
    const advance = tasks.Advance;
    tasks.Advance = async (taskInput) => {
      const round = this.round;
      const result = await advance(taskInput);
      progress.quietIn = round;
      return result;
    };
    const run = this.machine.run({ ...parsed, next: { ...parsed.next, wakeAt: capped(parsed.next.wakeAt) } }, {
      noThrowOnAbort: true,
      overrides: {
        taskResourceLocalHandlers: tasks as never,
        ...(waitPollMs !== undefined ? { waitTimeOverrides: { [WAIT_STATE]: waitPollMs } } : {}),
        ...(retryIntervalMs !== undefined
          ? { retryIntervalOverrides: Object.fromEntries(Object.keys(TASK_STATES).map((s) => [s, retryIntervalMs])) }
          : {}),
      },
    });
    const execution: Execution = {
      name,
      input,
      startDate: Date.now(),
      status: 'RUNNING',
      get quietIn() {
        return progress.quietIn;
      },
      abort: run.abort,
      done: run.result.then(
        (result) => {
          execution.status = result === null ? 'ABORTED' : 'SUCCEEDED';
        },
        (error: unknown) => {
          execution.status = 'FAILED';
          this.options.onError?.(parsed.complaintId, error);
        },
      ),
    };
    this.executions.set(name, execution);
    return execution;
  }

  /** Executions that have not finished. */
  running(): number {
    return [...this.executions.values()].filter((e) => e.status === 'RUNNING').length;
  }

  /** Tests only: begins a round in which every execution is to look at the clock afresh (see caughtUpIn). */
  markRound(): number {
    return ++this.round;
  }

  /**
   * Tests only: whether every running execution has, within `round`, run Advance from its start, so has
   * done all that is due at the clock's time and waits (the emails those steps queued go out through the
   * outbox: see the stack's streams.idle()). With waitPollMs each execution wakes every few milliseconds;
   * without it, not until its deadline.
   */
  caughtUpIn(round: number): boolean {
    return [...this.executions.values()].every((e) => e.status !== 'RUNNING' || e.quietIn >= round);
  }

  async listen(port: number, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      void this.answer(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, resolve);
    });
    return `http://${host}:${(this.server.address() as AddressInfo).port}`;
  }

  /** Aborts every execution (they resume from DynamoDB on the next start) and closes the endpoint. */
  async stop(): Promise<void> {
    const pending = [...this.executions.values()];
    for (const e of pending) e.abort();
    await Promise.all(pending.map((e) => e.done));
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async answer(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const action = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
    try {
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, string>;
      const arnPrefix = this.options.stateMachineArn.replace(':stateMachine:', ':execution:');
      if (action === 'StartExecution') {
        if (request.stateMachineArn !== this.options.stateMachineArn) return fault('StateMachineDoesNotExist', 'unknown state machine');
        const e = this.start(request.name, request.input ?? '{}');
        return { status: 200, body: { executionArn: `${arnPrefix}:${e.name}`, startDate: e.startDate / 1000 } };
      }
      if (action === 'StopExecution') {
        const e = this.executions.get(String(request.executionArn).slice(arnPrefix.length + 1));
        if (!e) return fault('ExecutionDoesNotExist', 'unknown execution');
        // As Step Functions does, stopping a finished execution changes nothing.
        if (e.status === 'RUNNING') {
          e.abort();
          await e.done;
          e.stopError = request.error;
        }
        return { status: 200, body: { stopDate: Date.now() / 1000 } };
      }
      if (action === 'DescribeExecution') {
        const e = this.executions.get(String(request.executionArn).slice(arnPrefix.length + 1));
        if (!e) return fault('ExecutionDoesNotExist', 'unknown execution');
        return {
          status: 200,
          body: { executionArn: request.executionArn, stateMachineArn: this.options.stateMachineArn, name: e.name, status: e.status, startDate: e.startDate / 1000, error: e.stopError },
        };
      }
      return fault('UnknownOperationException', `${action} is not served by the local workflow runner`);
    } catch (error) {
      const type = (error as { type?: string }).type;
      return fault(type ?? 'InvalidExecutionInput', (error as Error).message);
    }
  }
}

const fault = (type: string, message: string) => ({ status: 400, body: { __type: type, message } });
