/**
 * The complaint workflow in Amazon States Language, defined once. The CDK stack
 * deploys it with each `${…FunctionArn}` placeholder substituted; the local runner
 * runs the same object and routes each Task state, by name, to the same handler.
 *
 * Shape: acknowledge, then loop "find the next running deadline, wait until it,
 * record it if it passed". Deadlines live in DynamoDB, and every task is idempotent,
 * so the execution can be started again at any time without double effects.
 * Only the complaint id travels through the execution: no personal data in its history.
 */
export const TASK_STATES = {
  SendAcknowledgement: 'SendAcknowledgementFunctionArn',
  FindNextDeadline: 'FindNextDeadlineFunctionArn',
  RecordDueDeadlines: 'RecordDueDeadlinesFunctionArn',
  CloseWorkflow: 'CloseWorkflowFunctionArn',
} as const;

export type TaskStateName = keyof typeof TASK_STATES;

/** Waits on the deadline; the local runner may shorten it (see local/workflow-runner.ts). */
export const WAIT_STATE = 'WaitForDeadline';

const TRANSIENT_RETRY = {
  ErrorEquals: ['States.ALL'],
  IntervalSeconds: 2,
  BackoffRate: 2,
  MaxAttempts: 5,
};

const task = (name: TaskStateName) => `\${${TASK_STATES[name]}}`;

export const complaintWorkflowDefinition = {
  Comment: 'A complaint: acknowledge it, then wake at each deadline and record it if nothing happened in time.',
  StartAt: 'SendAcknowledgement',
  States: {
    SendAcknowledgement: {
      Type: 'Task',
      Resource: task('SendAcknowledgement'),
      Parameters: { 'complaintId.$': '$.complaintId' },
      ResultPath: '$.acknowledgement',
      // Email delivery gets more patience than the other steps: about 2 hours in all.
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 10, BackoffRate: 2, MaxAttempts: 10, MaxDelaySeconds: 1800 }],
      // A send that keeps failing stays recorded as FAILED; the deadlines still run.
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.acknowledgementError', Next: 'FindNextDeadline' }],
      Next: 'FindNextDeadline',
    },
    FindNextDeadline: {
      Type: 'Task',
      Resource: task('FindNextDeadline'),
      Parameters: { 'complaintId.$': '$.complaintId' },
      ResultPath: '$.next',
      Retry: [TRANSIENT_RETRY],
      Next: 'AnyDeadlineLeft',
    },
    AnyDeadlineLeft: {
      Type: 'Choice',
      Choices: [{ Variable: '$.next.dueAt', IsPresent: true, Next: WAIT_STATE }],
      Default: 'CloseWorkflow',
    },
    [WAIT_STATE]: {
      Type: 'Wait',
      TimestampPath: '$.next.dueAt',
      Next: 'RecordDueDeadlines',
    },
    RecordDueDeadlines: {
      Type: 'Task',
      Resource: task('RecordDueDeadlines'),
      Parameters: { 'complaintId.$': '$.complaintId' },
      ResultPath: null,
      Retry: [TRANSIENT_RETRY],
      Next: 'FindNextDeadline',
    },
    CloseWorkflow: {
      Type: 'Task',
      Resource: task('CloseWorkflow'),
      Parameters: { 'complaintId.$': '$.complaintId' },
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
