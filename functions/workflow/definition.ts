/**
 * The complaint workflow in Amazon States Language, defined once. The CDK stack
 * deploys it with each `${…FunctionArn}` placeholder substituted; the local runner
 * runs the same object and routes each Task state, by name, to the same handler.
 *
 * Shape: a durable timer and nothing else. An execution starts with the instant its
 * complaint next owes a system step in its input (`next.wakeAt`) and begins by waiting
 * for it; then it loops "apply every system step now due (clock changes, escalations,
 * the feedback survey, closing after the feedback window), wait until the next one",
 * and closes the workflow when nothing is left to wait for. State lives in DynamoDB and
 * every task is idempotent, so an execution can be started again at any time without
 * double effects.
 *
 * A person's change starts a new execution (a new epoch) only when it moves that next
 * wake (core/start-workflow.ts), and stops the one it replaces (StopExecution, named
 * `<complaintId>-<epoch>`): a replaced execution does not wake days later only to end.
 * One that could not be stopped sees at its next Advance that it is superseded and ends.
 *
 * No email is sent here: every notification a change queues (a person's or a system
 * step's) is sent by the outbox that reads the table's stream (functions/streams/outbox-stream.ts).
 * Only ids and the wake instant travel through the execution (the complaint id, the epoch,
 * the correlation id of the request that started it): no personal data in its history.
 */
export const TASK_STATES = {
  Advance: 'AdvanceFunctionArn',
  CloseWorkflow: 'CloseWorkflowFunctionArn',
} as const;

export type TaskStateName = keyof typeof TASK_STATES;

/** Waits for the next system step; the local runner may wake it early in tests (see local/workflow-runner.ts). */
export const WAIT_STATE = 'WaitForNextStep';

/** What an execution is started with: `next.wakeAt` is RFC 3339 with T and Z, as the Wait state requires. */
export interface WorkflowInput {
  complaintId: string;
  epoch: number;
  next: { wakeAt: string };
  /** The request that started it, so its tasks log under the same id. */
  correlationId?: string;
}

const TRANSIENT_RETRY = {
  ErrorEquals: ['States.ALL'],
  IntervalSeconds: 2,
  BackoffRate: 2,
  MaxAttempts: 5,
};

const task = (name: TaskStateName) => `\${${TASK_STATES[name]}}`;
// The execution's input as a whole (`$$`, always present): its optional correlationId reaches the task without a path that could be missing.
const input = { 'complaintId.$': '$.complaintId', 'epoch.$': '$.epoch', 'execution.$': '$$.Execution.Input' };

export const complaintWorkflowDefinition = {
  Comment: 'A complaint: wait until its next clock, escalation or feedback step, apply what is due, and again, until nothing is left to wait for.',
  StartAt: WAIT_STATE,
  States: {
    [WAIT_STATE]: {
      Type: 'Wait',
      TimestampPath: '$.next.wakeAt',
      Next: 'Advance',
    },
    Advance: {
      Type: 'Task',
      Resource: task('Advance'),
      Parameters: input,
      ResultPath: '$.next',
      Retry: [TRANSIENT_RETRY],
      Next: 'WhatNext',
    },
    WhatNext: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.next.superseded', BooleanEquals: true, Next: 'Superseded' },
        { Variable: '$.next.wakeAt', IsPresent: true, Next: WAIT_STATE },
      ],
      Default: 'CloseWorkflow',
    },
    Superseded: { Type: 'Succeed' },
    CloseWorkflow: {
      Type: 'Task',
      Resource: task('CloseWorkflow'),
      Parameters: input,
      ResultPath: null,
      Retry: [TRANSIENT_RETRY],
      End: true,
    },
  },
} as const;

/** The definition with every Task resource filled in, as Step Functions sees it after substitution. */
export function definitionWithResources(arnOf: (state: TaskStateName) => string): typeof complaintWorkflowDefinition {
  let text = JSON.stringify(complaintWorkflowDefinition);
  for (const state of Object.keys(TASK_STATES) as TaskStateName[]) text = text.replaceAll(`\${${TASK_STATES[state]}}`, arnOf(state));
  return JSON.parse(text) as typeof complaintWorkflowDefinition;
}
