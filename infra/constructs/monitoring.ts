import { ArnFormat, CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct, type IConstruct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '../../functions/core/metric-names';
import { RETRY_SCHEDULE_MINUTES } from '../../functions/core/notification-retries';
import { PlatformFunction } from './platform-function';

/**
 * The functions' own metrics (Powertools Metrics, EMF; functions/core/metric-names.ts). Each
 * count is published once under the `service` dimension alone (the total) and, for some, again
 * split by another dimension: the alarm and the dashboard read the total, by that schema.
 */
export const PLATFORM_METRICS = {
  namespace: METRICS_NAMESPACE,
  names: {
    complaintReceived: METRIC.ComplaintsReceived,
    complaintResolved: METRIC.ComplaintsResolved,
    escalationRaised: METRIC.Escalations,
    clockBreached: METRIC.ClocksBreached,
    emailSent: METRIC.EmailsSent,
    emailFailed: METRIC.EmailsFailed,
    emailBounced: METRIC.EmailsBounced,
    webhookDeliveryFailed: METRIC.WebhookDeliveriesFailed,
    notificationGivenUp: METRIC.NotificationsGivenUp,
  },
} as const;

/**
 * SES's account-level reputation (AWS/SES Reputation.BounceRate and Reputation.ComplaintRate,
 * fractions from 0 to 1). SES places an account under review at `review` and may pause its
 * sending at `pause`; the alarms fire below each: `warning` before a review, `critical` before a pause.
 */
export const SES_REPUTATION = {
  bounceRate: { metricName: 'Reputation.BounceRate', review: 0.05, pause: 0.1, warning: 0.03, critical: 0.07 },
  complaintRate: { metricName: 'Reputation.ComplaintRate', review: 0.001, pause: 0.005, warning: 0.0005, critical: 0.003 },
} as const;

/**
 * Executions stopped in an hour above which the aborted alarm fires. Stopping an execution is
 * normal here: a complaint whose next deadline moved stops its superseded execution (ABORTED) and
 * starts another; and an open complaint left without one is restarted by the reconciler within
 * 15 minutes. The metric cannot tell those stops from others, so only a rate no complaint activity
 * explains, a loop of stops and starts, or a mass stop by hand, is an alarm.
 */
export const ABORTED_EXECUTIONS_PER_HOUR = 500;

/** The DynamoDB operations the functions make (and Lambda's stream reads): the throttle and error alarms sum these. */
const TABLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.BATCH_WRITE_ITEM,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
  dynamodb.Operation.GET_RECORDS,
];

export interface MonitoringProps {
  /** Receives every alarm and its return to OK (an SNS email subscription, confirmed by its owner). */
  opsEmail: string;
  /** The HTTP API's stage and the function behind it: its 5xx and latency alarms also roll that function's deployments back. */
  api: { stage: apigw.IHttpStage; handler: PlatformFunction };
}

interface AlarmSpec {
  metric: cloudwatch.IMetric;
  threshold: number;
  description: string;
  /** Periods looked at, and how many of them must breach (default 1 of 1). */
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  treatMissingData: cloudwatch.TreatMissingData;
}

/**
 * The stack's alarms, the topic they notify and its dashboard. Made last in the stack: it walks
 * the construct tree for every Lambda function, stream consumer, dead-letter queue, state machine
 * and table, so a new one gets its alarms without being named here, and synthesis fails on one it
 * cannot cover (built after it, or of a kind it has no alarm for).
 */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly prefix: string;
  private readonly covered = new Set<IConstruct>();

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.prefix = stack.stackName;
    this.topic = this.alarmTopic(props.opsEmail);

    const functionWidgets = this.functionAlarms();
    const apiWidgets = this.apiAlarms(props.api);
    const workflowWidgets = this.workflowAlarms();
    const streamWidgets = this.streamAlarms();
    const queueWidgets = this.deadLetterAlarms();
    const tableWidgets = this.tableAlarms();
    const emailWidgets = this.emailAlarms();
    const complaintWidgets = this.complaintAlarms();

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: this.prefix,
      defaultInterval: Duration.days(1),
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: Math.ceil(this.alarms.length / 4) + 1 })],
        complaintWidgets,
        emailWidgets,
        apiWidgets,
        workflowWidgets,
        functionWidgets,
        [...streamWidgets, ...queueWidgets],
        tableWidgets,
      ],
    });

    this.node.addValidation({ validate: () => this.uncovered() });
    new CfnOutput(stack, 'AlarmTopicArn', { value: this.topic.topicArn, description: 'Every alarm notifies this topic; the ops email (cdk.json opsEmail) must confirm its subscription (the email from AWS) before anything is delivered' });
    new CfnOutput(stack, 'DashboardName', { value: this.prefix, description: 'The CloudWatch dashboard of this stack' });
  }

  /** The topic, encrypted with a key of its own that CloudWatch may use for this stack's alarms only. */
  private alarmTopic(opsEmail: string): sns.Topic {
    const stack = Stack.of(this);
    const fromOurAlarms = {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: `${this.prefix}-*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME }) },
    };
    const key = new kms.Key(this, 'TopicKey', { description: 'Encrypts the alarm notifications', enableKeyRotation: true });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromOurAlarms,
      }),
    );
    const topic = new sns.Topic(this, 'Alarms', { displayName: `Complaint platform alarms (${stack.region})`, masterKey: key, enforceSSL: true });
    topic.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: fromOurAlarms,
      }),
    );
    topic.addSubscription(new subscriptions.EmailSubscription(opsEmail));
    return topic;
  }

  /** An alarm named after the stack (the notification's subject), notifying the topic when it fires and when it clears. */
  private alarm(id: string, spec: AlarmSpec): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName: `${this.prefix}-${id}`,
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: spec.evaluationPeriods ?? 1,
      datapointsToAlarm: spec.datapointsToAlarm ?? spec.evaluationPeriods ?? 1,
      treatMissingData: spec.treatMissingData,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }

  /** Errors and throttles of every function; a function's errors also roll its deployments back. */
  private functionAlarms(): cloudwatch.IWidget[] {
    const platformFunctions = new Map(PlatformFunction.within(Stack.of(this)).map((p): [lambda.Function, PlatformFunction] => [p.fn, p]));
    const functions = this.all((c): c is lambda.Function => c instanceof lambda.Function);
    const errors: cloudwatch.IMetric[] = [];
    const throttles: cloudwatch.IMetric[] = [];
    for (const fn of functions) {
      const owner = platformFunctions.get(fn);
      const name = functionLabel(fn);
      const fnErrors = fn.metricErrors({ period: Duration.minutes(1), label: name });
      const errorAlarm = this.alarm(`${name}-Errors`, {
        metric: fnErrors,
        threshold: 1,
        // Any error in the last five minutes; clears after five minutes without one.
        evaluationPeriods: 5,
        datapointsToAlarm: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `The ${name} function failed (an unhandled error or a timeout) at least once in the last 5 minutes. ` +
          'Open its log group (Logs Insights: filter level = "ERROR") for the error and the correlation id, and follow that id. ' +
          'Events are retried (workflow tasks by Step Functions, streams by the mapping, SES and EventBridge events by Lambda); a deployment in progress is rolled back.',
      });
      owner?.addRollbackAlarm(errorAlarm);
      const fnThrottles = fn.metricThrottles({ period: Duration.minutes(5), label: name });
      this.alarm(`${name}-Throttles`, {
        metric: fnThrottles,
        threshold: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `Lambda refused to run the ${name} function for lack of concurrency in the last 5 minutes. ` +
          "Check the account's concurrent executions in this region (Lambda console, account-level metrics) and request a higher quota, or find what floods it.",
      });
      errors.push(fnErrors);
      throttles.push(fnThrottles);
      this.covered.add(fn);
    }
    return [
      new cloudwatch.GraphWidget({ title: 'Lambda errors', left: errors, width: 12, stacked: true }),
      new cloudwatch.GraphWidget({ title: 'Lambda throttles', left: throttles, width: 12, stacked: true }),
    ];
  }

  /** The API's 5xx rate and p99 latency; both also roll the API function's deployments back. */
  private apiAlarms(api: MonitoringProps['api']): cloudwatch.IWidget[] {
    const requests = api.stage.metricCount({ period: Duration.minutes(1), statistic: 'Sum', label: 'Requests' });
    const serverErrorRate = new cloudwatch.MathExpression({
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: { errors: api.stage.metricServerError({ period: Duration.minutes(1), statistic: 'Sum' }), requests },
      period: Duration.minutes(1),
      label: '5xx (% of requests)',
    });
    const p99 = api.stage.metricLatency({ period: Duration.minutes(5), statistic: 'p99', label: 'Latency p99 (ms)' });
    const rateAlarm = this.alarm('Api-5xxRate', {
      metric: serverErrorRate,
      threshold: 5,
      evaluationPeriods: 5,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      description:
        'At least 5% of GraphQL requests got a 5xx in 2 of the last 5 minutes: the GraphQL function failed, timed out (10 s) or was throttled. ' +
        "See that function's errors and throttles alarms and its logs; the API's access log (requestId, status, integrationError) names the failing requests. A deployment in progress is rolled back.",
    });
    const latencyAlarm = this.alarm('Api-LatencyP99', {
      metric: p99,
      threshold: 3000,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      description:
        'The slowest 1% of GraphQL requests took 3 s or more for 15 minutes. Look in X-Ray and the function logs for the slow operation ' +
        '(DynamoDB throttling, a large query, cold starts after a deployment). A deployment in progress is rolled back.',
    });
    for (const alarm of [rateAlarm, latencyAlarm]) api.handler.addRollbackAlarm(alarm);
    return [
      new cloudwatch.GraphWidget({ title: 'API requests and 5xx rate', left: [requests], right: [serverErrorRate], width: 12 }),
      new cloudwatch.GraphWidget({ title: 'API latency', left: [p99, api.stage.metricLatency({ period: Duration.minutes(5), statistic: 'p50', label: 'Latency p50 (ms)' })], width: 12 }),
    ];
  }

  /** Failed, timed-out and (beyond the normal superseding) aborted executions of every state machine. */
  private workflowAlarms(): cloudwatch.IWidget[] {
    const widgets: cloudwatch.IWidget[] = [];
    for (const machine of this.all((c): c is sfn.StateMachine => c instanceof sfn.StateMachine)) {
      const name = label(machine);
      const failed = machine.metricFailed({ period: Duration.minutes(5), label: 'Failed' });
      const timedOut = machine.metricTimedOut({ period: Duration.minutes(5), label: 'Timed out' });
      const aborted = machine.metricAborted({ period: Duration.hours(1), label: 'Aborted' });
      const next = 'The complaint keeps its data; the reconciler (ResumeWorkflows, every 15 minutes) starts a new execution for it once the cause is fixed.';
      this.alarm(`${name}-ExecutionsFailed`, {
        metric: failed,
        threshold: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          'A complaint workflow execution failed (a task error after its retries). In the Step Functions console, open the failed execution ' +
          `(its name carries the complaint), read the failed state's error and the task function's log for that correlation id. ${next}`,
      });
      this.alarm(`${name}-ExecutionsTimedOut`, {
        metric: timedOut,
        threshold: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description: `A complaint workflow execution exceeded its time limit. Open it in the Step Functions console and see which state it was in. ${next}`,
      });
      this.alarm(`${name}-ExecutionsAborted`, {
        metric: aborted,
        threshold: ABORTED_EXECUTIONS_PER_HOUR,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `${ABORTED_EXECUTIONS_PER_HOUR} or more workflow executions were stopped in an hour. One stop per change of a complaint's next deadline is normal ` +
          '(the superseded execution is stopped and a new one started); this many means a loop of stops and starts, or a mass stop by hand. ' +
          'Compare ExecutionsStarted on the dashboard and CloudTrail StopExecution calls (who stopped them).',
      });
      widgets.push(
        new cloudwatch.GraphWidget({
          title: `Workflow executions (${name})`,
          left: [machine.metricStarted({ period: Duration.hours(1), label: 'Started' }), machine.metricSucceeded({ period: Duration.hours(1), label: 'Succeeded' }), aborted],
          right: [failed, timedOut],
          width: 24,
        }),
      );
      this.covered.add(machine);
    }
    return widgets;
  }

  /** How far behind each stream consumer is (the age of the newest record it has read). */
  private streamAlarms(): cloudwatch.IWidget[] {
    const ages: cloudwatch.IMetric[] = [];
    const consumers = new Set<lambda.IFunction>();
    for (const mapping of this.all((c): c is lambda.EventSourceMapping => c instanceof lambda.EventSourceMapping)) {
      const cfn = mapping.node.defaultChild as lambda.CfnEventSourceMapping;
      // Stream sources (DynamoDB, Kinesis) have a starting position; a queue's mapping has none and no iterator age.
      if (cfn.startingPosition === undefined) continue;
      const fn = invokedFunction(mapping);
      this.covered.add(mapping);
      if (consumers.has(fn)) continue;
      consumers.add(fn);
      const name = functionLabel(fn);
      const age = fn.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5), label: name });
      this.alarm(`${name}-IteratorAge`, {
        metric: age,
        threshold: Duration.minutes(10).toMilliseconds(),
        evaluationPeriods: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `The ${name} function has been more than 10 minutes behind its stream for 10 minutes: a batch keeps failing and is retried, or it is too slow. ` +
          'Statistics and the search index lag until it catches up; after its retries a batch goes to the dead-letter queue. See its errors alarm and log.',
      });
      ages.push(age);
    }
    return [new cloudwatch.GraphWidget({ title: 'Stream iterator age (ms)', left: ages, width: 12 })];
  }

  /** Every dead-letter queue: any message in one is a change or event that was given up on. */
  private deadLetterAlarms(): cloudwatch.IWidget[] {
    const targets = deadLetterTargets(Stack.of(this));
    const depths: cloudwatch.IMetric[] = [];
    for (const queue of this.all((c): c is sqs.Queue => c instanceof sqs.Queue)) {
      if (!targets.has(JSON.stringify(Stack.of(this).resolve(queue.queueArn)))) continue;
      const name = label(queue);
      const depth = queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: Duration.minutes(5), label: name });
      this.alarm(`${name}-Depth`, {
        metric: depth,
        threshold: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `The dead-letter queue ${name} holds a message: something failed after all its retries and was set aside. Read the message ` +
          '(for a stream: the shard and sequence range), fix the cause, replay it, then delete the message; the alarm clears when the queue is empty.',
      });
      depths.push(depth);
      this.covered.add(queue);
    }
    return [new cloudwatch.GraphWidget({ title: 'Dead-letter queue depth', left: depths, width: 12 })];
  }

  /** Throttled requests and DynamoDB's own errors, per table. */
  private tableAlarms(): cloudwatch.IWidget[] {
    const widgets: cloudwatch.IWidget[] = [];
    for (const table of this.all((c): c is dynamodb.Table => c instanceof dynamodb.Table)) {
      const name = label(table);
      const throttled = table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: Duration.minutes(5), label: 'Throttled requests' });
      const systemErrors = table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: Duration.minutes(5), label: 'System errors' });
      this.alarm(`${name}-Throttles`, {
        metric: throttled,
        threshold: 1,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `Requests to the ${name} table (or an index) were throttled in 2 of the last 15 minutes. The table is on demand: a sudden surge beyond twice ` +
          'its previous peak, or one hot partition, throttles. The SDK retries; find the operation in the metric and the function whose errors or latency rose.',
      });
      this.alarm(`${name}-SystemErrors`, {
        metric: systemErrors,
        threshold: 1,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        description:
          `DynamoDB answered requests to the ${name} table with internal errors (HTTP 500) in 2 of the last 15 minutes. The SDK retries them; ` +
          'check the AWS Health Dashboard for DynamoDB in this region, and the functions\' errors.',
      });
      // Two graphs: both expressions name their metrics after the operations.
      widgets.push(
        new cloudwatch.GraphWidget({ title: `DynamoDB throttled requests (${name})`, left: [throttled], width: 12 }),
        new cloudwatch.GraphWidget({ title: `DynamoDB system errors (${name})`, left: [systemErrors], width: 12 }),
      );
      this.covered.add(table);
    }
    return widgets;
  }

  /** SES reputation (this account, this region) before SES reviews or pauses it, and the emails' own metrics. */
  private emailAlarms(): cloudwatch.IWidget[] {
    const rates: cloudwatch.IMetric[] = [];
    for (const [kind, rate] of [['bounce', SES_REPUTATION.bounceRate], ['complaint', SES_REPUTATION.complaintRate]] as const) {
      const id = `Ses-${kind.charAt(0).toUpperCase()}${kind.slice(1)}Rate`;
      const metric = new cloudwatch.Metric({ namespace: 'AWS/SES', metricName: rate.metricName, statistic: 'Maximum', period: Duration.hours(1), label: `${kind} rate` });
      const percent = (value: number) => `${+(value * 100).toFixed(2)}%`;
      const what =
        kind === 'bounce'
          ? 'Find the addresses that bounce (the delivery events the platform records) and whether a typo-prone form or an imported list sends to them.'
          : 'Find which emails recipients mark as spam (the complaint events the platform records) and stop sending what they did not ask for.';
      // SES publishes a rate only now and then (and none before the first bounce or complaint): a gap keeps the last state.
      this.alarm(`${id}-Warning`, {
        metric,
        threshold: rate.warning,
        treatMissingData: cloudwatch.TreatMissingData.IGNORE,
        description: `The account's SES ${kind} rate in this region reached ${percent(rate.warning)}; at ${percent(rate.review)} SES places the account under review. ${what}`,
      });
      this.alarm(`${id}-Critical`, {
        metric,
        threshold: rate.critical,
        treatMissingData: cloudwatch.TreatMissingData.IGNORE,
        description:
          `The account's SES ${kind} rate in this region reached ${percent(rate.critical)}: the account is under review, and at ${percent(rate.pause)} SES may pause all sending ` +
          `(every email of the platform, in every stack of this account and region). ${what} Answer any review notice from AWS in the SES console.`,
      });
      rates.push(metric);
    }
    const { names, namespace } = PLATFORM_METRICS;
    this.alarm('NotificationsGivenUp', {
      // The outbox's schedule runs every RETRY_SCHEDULE_MINUTES and counts them on each run: every half hour holds a run.
      metric: new cloudwatch.MathExpression({
        expression: `SELECT SUM(${names.notificationGivenUp}) FROM SCHEMA("${namespace}", service)`,
        usingMetrics: {},
        period: Duration.minutes(2 * RETRY_SCHEDULE_MINUTES),
        label: 'Notifications given up',
      }),
      threshold: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      description:
        'At least one email or webhook notice failed on every try for about a day (the stream\'s retries, then the outbox\'s schedule) and is no longer tried. ' +
        'Find the complaints in the outbox\'s log (outbox.retry_failed), mend the cause (SES identity or quota, suppression, the partner\'s webhook) and resend them ' +
        '(docs/OPERATIONS.md, "A stuck or failed email"); the alarm clears once none is left.',
    });
    return [
      new cloudwatch.GraphWidget({ title: 'SES reputation', left: rates, leftYAxis: { min: 0 }, width: 12 }),
      new cloudwatch.GraphWidget({
        title: 'Emails and webhooks',
        left: [names.emailSent, names.emailFailed, names.emailBounced, names.webhookDeliveryFailed, names.notificationGivenUp].map(platformMetric),
        width: 12,
      }),
    ];
  }

  /** Statutory clocks breached (one alarm for all sources), and the complaints' own flow. */
  private complaintAlarms(): cloudwatch.IWidget[] {
    const { names, namespace } = PLATFORM_METRICS;
    this.alarm('ClocksBreached', {
      // A Metrics Insights query over the total (the series by source repeat the same breaches).
      metric: new cloudwatch.MathExpression({ expression: `SELECT SUM(${names.clockBreached}) FROM SCHEMA("${namespace}", service)`, usingMetrics: {}, period: Duration.minutes(5), label: 'Clocks breached' }),
      threshold: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      description:
        "A complaint's statutory clock (acknowledgement, final response) ran out before the complaint got there. The complaint is escalated " +
        `already; see ${names.clockBreached} by source on the dashboard, and the workspace's escalations for which complaints, and tell whoever handles them.`,
    });
    return [
      new cloudwatch.GraphWidget({ title: 'Complaints', left: [names.complaintReceived, names.complaintResolved, names.escalationRaised].map(platformMetric), width: 12 }),
      new cloudwatch.GraphWidget({ title: 'Clocks breached', left: [platformMetric(names.clockBreached)], width: 12 }),
    ];
  }

  private all<T extends IConstruct>(is: (c: IConstruct) => c is T): T[] {
    return Stack.of(this).node.findAll().filter(is);
  }

  /** What the stack holds that has no alarms: built after this construct, or of a kind it does not know. */
  private uncovered(): string[] {
    const queues = deadLetterTargets(Stack.of(this));
    const kinds: Array<[string, (c: IConstruct) => boolean]> = [
      ['Lambda function', (c) => c instanceof lambda.Function],
      ['state machine', (c) => c instanceof sfn.StateMachine],
      ['DynamoDB table', (c) => c instanceof dynamodb.Table],
      ['stream event source mapping', (c) => c instanceof lambda.EventSourceMapping && (c.node.defaultChild as lambda.CfnEventSourceMapping).startingPosition !== undefined],
      ['dead-letter queue', (c) => c instanceof sqs.Queue && queues.has(JSON.stringify(Stack.of(this).resolve(c.queueArn)))],
    ];
    const missing = Stack.of(this)
      .node.findAll()
      .flatMap((c) => kinds.filter(([, is]) => is(c) && !this.covered.has(c)).map(([kind]) => `${kind} ${c.node.path} has no alarms: create it before Monitoring`));
    const otherQueues = this.all((c): c is sqs.Queue => c instanceof sqs.Queue && !queues.has(JSON.stringify(Stack.of(this).resolve(c.queueArn))));
    return [...missing, ...otherQueues.map((q) => `queue ${q.node.path} is not a dead-letter queue: Monitoring has no alarm for a work queue yet (add one on its oldest message's age)`)];
  }
}

/** A metric the functions publish, its total (the `service` schema; SEARCH reads the whole retention, unlike Metrics Insights). */
function platformMetric(name: string): cloudwatch.IMetric {
  return new cloudwatch.MathExpression({
    expression: `SUM(SEARCH('{${PLATFORM_METRICS.namespace},service} MetricName="${name}"', 'Sum', 3600))`,
    usingMetrics: {},
    period: Duration.hours(1),
    label: name,
  });
}

/** A construct's path in its stack, for names: `Stats/Handler` becomes `Stats-Handler`. */
function label(construct: IConstruct): string {
  const stackPath = Stack.of(construct).node.path;
  return construct.node.path
    .slice(stackPath.length + 1)
    .replace(/\/(Resource|Function|Table)$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-');
}

/** A function's name in alarms: its PlatformFunction's path (`Stats-Handler`), else its own. */
function functionLabel(fn: lambda.IFunction): string {
  return label(PlatformFunction.within(Stack.of(fn)).find((p) => p.fn === fn) ?? fn);
}

/** The function a mapping invokes: the mapping is made under the function, or under the alias it invokes. */
function invokedFunction(mapping: lambda.EventSourceMapping): lambda.IFunction {
  const scope = mapping.node.scope;
  if (scope instanceof lambda.Alias) return scope.version.lambda;
  if (scope instanceof lambda.Function) return scope;
  throw new Error(`Event source mapping ${mapping.node.path} is not under a function or an alias`);
}

/** The (resolved) ARNs that something in the stack sends what it gave up on to: its dead-letter queues. */
function deadLetterTargets(stack: Stack): Set<string> {
  type Resolved = { onFailure?: { destination?: unknown }; targetArn?: unknown; deadLetterTargetArn?: unknown; deadLetterConfig?: { arn?: unknown } } | undefined;
  const arns = stack.node.findAll().flatMap((c): unknown[] => {
    const resolved = (value: unknown) => stack.resolve(value) as Resolved;
    if (c instanceof lambda.CfnEventSourceMapping) return [resolved(c.destinationConfig)?.onFailure?.destination];
    if (c instanceof lambda.CfnEventInvokeConfig) return [resolved(c.destinationConfig)?.onFailure?.destination];
    if (c instanceof lambda.CfnFunction) return [resolved(c.deadLetterConfig)?.targetArn];
    if (c instanceof sqs.CfnQueue) return [resolved(c.redrivePolicy)?.deadLetterTargetArn];
    if (c instanceof events.CfnRule) return ((stack.resolve(c.targets) ?? []) as Resolved[]).map((t) => t?.deadLetterConfig?.arn);
    if (c instanceof scheduler.CfnSchedule) return [resolved(c.target)?.deadLetterConfig?.arn];
    return [];
  });
  return new Set(arns.filter((arn) => arn !== undefined).map((arn) => JSON.stringify(arn)));
}
