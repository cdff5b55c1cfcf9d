/**
 * The complaint workflow in Amazon States Language, defined once. The CDK stack
 * deploys it with each `${…FunctionArn}` placeholder substituted; the local runner
 * runs the same object and routes each Task state, by name, to the same handler.
 *
 * Shape: send what is queued, then loop "apply every system step now due (clock
 * changes, escalations, the feedback survey, closing after the feedback window), wait
 * until the next one". State lives in DynamoDB and every task is idempotent, so an
 * execution can be started again at any time without double effects. A person's change
 * starts a new execution (a new epoch); an older one sees it is superseded and stops.
 * Only ids travel through the execution (the complaint id, the epoch, the correlation id of the
 * request that started it): no personal data in its history.
 */
export const TASK_STATES = {
  SendNotifications: 'SendNotificationsFunctionArn',
  Advance: 'AdvanceFunctionArn',
  CloseWorkflow: 'CloseWorkflowFunctionArn',
} as const;

export type TaskStateName = keyof typeof TASK_STATES;

/** Waits for the next system step; the local runner may wake it early in tests (see local/workflow-runner.ts). */
export const WAIT_STATE = 'WaitForNextStep';

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
  Comment: 'A complaint: send its emails, then wake for each clock, escalation and feedback step until nothing is left to wait for.',
  StartAt: 'SendNotifications',
  States: {
    SendNotifications: {
      Type: 'Task',
      Resource: task('SendNotifications'),
      Parameters: input,
      ResultPath: null,
      // Email gets more patience than the other steps: about 2 hours in all.
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 10, BackoffRate: 2, MaxAttempts: 10, MaxDelaySeconds: 1800 }],
      // Sends that keep failing stay recorded as FAILED and are tried again by the next execution.
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: 'Advance' }],
      Next: 'Advance',
    },
    Advance: {
      Type: 'Task',
      Resource: task('Advance'),
      Parameters: input,
      ResultPath: '$.advance',
      Retry: [TRANSIENT_RETRY],
      Next: 'WhatNext',
    },
    WhatNext: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.advance.superseded', BooleanEquals: true, Next: 'Superseded' },
        { Variable: '$.advance.notificationsQueued', BooleanEquals: true, Next: 'SendNotifications' },
        { Variable: '$.advance.wakeAt', IsPresent: true, Next: WAIT_STATE },
      ],
      Default: 'CloseWorkflow',
    },
    [WAIT_STATE]: {
      Type: 'Wait',
      TimestampPath: '$.advance.wakeAt',
      Next: 'Advance',
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
