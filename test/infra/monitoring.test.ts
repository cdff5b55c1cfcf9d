import { App, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RETRY_SCHEDULE_MINUTES } from '../../functions/core/notification-retries';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { parsePlatformSettings, platformSettings, PlatformSettingsError } from '../../infra/config';
import { ABORTED_EXECUTIONS_PER_HOUR, PLATFORM_METRICS, SES_REPUTATION } from '../../infra/constructs/monitoring';
import { LIVE_ALIAS, PlatformFunction } from '../../infra/constructs/platform-function';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// A region with SES receiving and the inbound address on, so that every kind of function and
// invoker the platform has (the SES receipt rule's included) is in the template. Bundling is
// skipped; the cdk-nag checks run, as in `cdk synth`.
const REGION = 'eu-west-1';
const OPS_EMAIL = 'ops-eu@example.org';

type Resource = { Type: string; Properties: Record<string, any>; UpdatePolicy?: Record<string, any> };
let stack: ComplaintPlatformStack;
let template: Template;
let resourcesById: Record<string, Resource>;

beforeAll(() => {
  const base = cdkJsonContext();
  const complaintPlatform = { ...base.complaintPlatform, regions: [REGION], inbound: { [REGION]: { address: 'complaints@inbound.example.org' } }, opsEmail: { [REGION]: OPS_EMAIL, '*': 'ops@example.org' } };
  const app = new App({ context: { ...base, ...SKIP_BUNDLING, complaintPlatform } });
  stack = new ComplaintPlatformStack(app, `ComplaintPlatform-${REGION}`, { env: { region: REGION }, settings: platformSettings(app.node, REGION) });
  addNagChecks(app);
  template = Template.fromStack(stack);
  resourcesById = template.toJSON().Resources;
});

const resources = (type: string): Array<[string, Resource]> => Object.entries(resourcesById).filter(([, r]) => r.Type === type);
const idOf = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as CfnElement);
const platformFunctions = () => PlatformFunction.within(stack);
/** CDK's own function that copies the web apps into their bucket during a deployment: not invoked by the platform. */
const isCdkDeploymentHelper = (id: string) => id.startsWith('CustomCDKBucketDeployment');

/** Every metric an alarm reads, with its dimensions as a name → value map. */
function metricsOf(alarm: Resource): Array<{ namespace: string; name: string; dimensions: Record<string, string>; period: number; statistic?: string }> {
  const p = alarm.Properties;
  const dims = (list: Array<{ Name: string; Value: unknown }> = []) => Object.fromEntries(list.map((d) => [d.Name, JSON.stringify(d.Value)]));
  if (p.MetricName) return [{ namespace: p.Namespace, name: p.MetricName, dimensions: dims(p.Dimensions), period: p.Period, statistic: p.Statistic ?? p.ExtendedStatistic }];
  return (p.Metrics as Array<Record<string, any>>)
    .filter((m) => m.MetricStat)
    .map((m) => ({ namespace: m.MetricStat.Metric.Namespace, name: m.MetricStat.Metric.MetricName, dimensions: dims(m.MetricStat.Metric.Dimensions), period: m.MetricStat.Period, statistic: m.MetricStat.Stat }));
}
const alarmsOn = (metricName: string, dimension: string, value: unknown) =>
  resources('AWS::CloudWatch::Alarm').filter(([, alarm]) => metricsOf(alarm).some((m) => m.name === metricName && m.dimensions[dimension] === JSON.stringify(value)));
const ref = (id: string) => ({ Ref: id });

/** The function an alias belongs to (its logical id), from a reference to the alias in any form CDK writes it. */
function aliasIn(value: unknown): string | undefined {
  const text = JSON.stringify(value);
  return resources('AWS::Lambda::Alias').find(([aliasId]) => text.includes(JSON.stringify(ref(aliasId))))?.[1].Properties.FunctionName.Ref;
}
const mentionsAFunctionDirectly = (value: unknown) =>
  resources('AWS::Lambda::Function').some(([fnId]) => JSON.stringify(value).includes(JSON.stringify(ref(fnId))) || JSON.stringify(value).includes(`["${fnId}","Arn"]`));

describe('alarms', () => {
  test('every Lambda function has an errors alarm and a throttles alarm', () => {
    const functions = resources('AWS::Lambda::Function');
    expect(functions.length).toBe(platformFunctions().length + 1);
    for (const [fnId] of functions) {
      expect([fnId, alarmsOn('Errors', 'FunctionName', ref(fnId)).length, alarmsOn('Throttles', 'FunctionName', ref(fnId)).length]).toEqual([fnId, 1, 1]);
    }
  });

  test('every stream consumer has an iterator age alarm, at 10 minutes behind', () => {
    const streams = resources('AWS::Lambda::EventSourceMapping').filter(([, m]) => m.Properties.StartingPosition);
    expect(streams.length).toBeGreaterThan(0);
    for (const [mappingId, mapping] of streams) {
      const fnId = aliasIn(mapping.Properties.FunctionName);
      const alarms = alarmsOn('IteratorAge', 'FunctionName', ref(fnId!));
      expect([mappingId, alarms.length]).toEqual([mappingId, 1]);
      expect([alarms[0][1].Properties.Threshold, metricsOf(alarms[0][1])[0].statistic]).toEqual([600_000, 'Maximum']);
    }
  });

  test('every queue is a dead-letter queue, and each has an alarm on its first message', () => {
    const failureDestinations = JSON.stringify(resources('AWS::Lambda::EventSourceMapping').map(([, m]) => m.Properties.DestinationConfig?.OnFailure?.Destination));
    const queues = resources('AWS::SQS::Queue');
    expect(queues.length).toBeGreaterThan(0);
    for (const [queueId] of queues) {
      expect([queueId, failureDestinations.includes(JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }))]).toEqual([queueId, true]);
      const alarms = alarmsOn('ApproximateNumberOfMessagesVisible', 'QueueName', { 'Fn::GetAtt': [queueId, 'QueueName'] });
      expect([queueId, alarms.length]).toEqual([queueId, 1]);
      expect(alarms[0][1].Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  test('every state machine has alarms on failed and timed-out executions, and on aborted ones beyond the normal superseding', () => {
    const machines = resources('AWS::StepFunctions::StateMachine');
    expect(machines).toHaveLength(1);
    for (const [machineId] of machines) {
      for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut']) {
        const [[, alarm], ...others] = alarmsOn(metric, 'StateMachineArn', ref(machineId));
        expect([metric, others.length, alarm.Properties.Threshold]).toEqual([metric, 0, 1]);
      }
      const [[, aborted]] = alarmsOn('ExecutionsAborted', 'StateMachineArn', ref(machineId));
      expect(aborted.Properties.Threshold).toBe(ABORTED_EXECUTIONS_PER_HOUR);
      expect(metricsOf(aborted)).toMatchObject([{ period: 3600, statistic: 'Sum' }]);
      expect(ABORTED_EXECUTIONS_PER_HOUR).toBeGreaterThan(1);
    }
  });

  test('the table has alarms on throttled requests and on system errors', () => {
    const [[tableId]] = resources('AWS::DynamoDB::Table');
    expect(alarmsOn('ThrottledRequests', 'TableName', ref(tableId))).toHaveLength(1);
    expect(alarmsOn('SystemErrors', 'TableName', ref(tableId))).toHaveLength(1);
  });

  test('the API has alarms on its 5xx rate (a share of requests) and its p99 latency', () => {
    const [[apiId]] = resources('AWS::ApiGatewayV2::Api');
    const [[, rate]] = alarmsOn('5xx', 'ApiId', ref(apiId));
    expect(metricsOf(rate).map((m) => m.name).sort()).toEqual(['5xx', 'Count']);
    expect(rate.Properties.Metrics.find((m: { ReturnData: boolean }) => m.ReturnData).Expression).toMatch(/100 \* errors \/ requests/);
    const [[, latency]] = alarmsOn('Latency', 'ApiId', ref(apiId));
    expect(latency.Properties.Threshold).toBe(3000);
    expect(metricsOf(latency)).toMatchObject([{ statistic: 'p99' }]);
  });

  test('the SES bounce and complaint rates alarm below the rates at which SES reviews, and below those at which it pauses, an account', () => {
    // The Amazon SES Developer Guide: under review from a 5% bounce or 0.1% complaint rate, sending paused from 10% or 0.5%.
    expect(SES_REPUTATION).toMatchObject({ bounceRate: { review: 0.05, pause: 0.1 }, complaintRate: { review: 0.001, pause: 0.005 } });
    for (const rate of Object.values(SES_REPUTATION)) {
      const thresholds = resources('AWS::CloudWatch::Alarm')
        .filter(([, a]) => metricsOf(a).some((m) => m.namespace === 'AWS/SES' && m.name === rate.metricName))
        .map(([, a]) => a.Properties.Threshold)
        .sort();
      expect(thresholds).toEqual([rate.warning, rate.critical]);
      expect(rate.warning).toBeLessThan(rate.review);
      expect(rate.critical).toBeGreaterThan(rate.review);
      expect(rate.critical).toBeLessThan(rate.pause);
    }
  });

  test('clocks breached alarm on the first one, whatever dimensions the functions publish it with', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').filter(([, a]) =>
      (a.Properties.Metrics ?? []).some((m: { Expression?: string }) => m.Expression === `SELECT SUM(${PLATFORM_METRICS.names.clockBreached}) FROM SCHEMA("${PLATFORM_METRICS.namespace}", service)`),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0][1].Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
  });

  test('notifications the outbox no longer tries alarm while any is left, over a window that always holds a run of its schedule', () => {
    const alarms = resources('AWS::CloudWatch::Alarm').filter(([, a]) =>
      (a.Properties.Metrics ?? []).some((m: { Expression?: string }) => m.Expression === `SELECT SUM(${PLATFORM_METRICS.names.notificationGivenUp}) FROM SCHEMA("${PLATFORM_METRICS.namespace}", service)`),
    );
    expect(alarms).toHaveLength(1);
    expect(alarms[0][1].Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
    const [query] = alarms[0][1].Properties.Metrics;
    expect(query.Period).toBeGreaterThanOrEqual(2 * RETRY_SCHEDULE_MINUTES * 60);
  });

  test('every alarm notifies the topic when it fires and when it clears, says what it means, and chooses what missing data means', () => {
    const [[topicId]] = resources('AWS::SNS::Topic');
    const alarms = resources('AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(30);
    for (const [alarmId, alarm] of alarms) {
      const p = alarm.Properties;
      expect([alarmId, p.AlarmActions, p.OKActions]).toEqual([alarmId, [ref(topicId)], [ref(topicId)]]);
      expect([alarmId, p.AlarmDescription.length > 100, p.TreatMissingData]).toEqual([alarmId, true, expect.stringMatching(/^(notBreaching|ignore)$/)]);
      expect(p.AlarmName).toMatch(new RegExp(`^${stack.stackName}-`));
    }
  });
});

describe('what the alarms do not cover', () => {
  test('stops synthesis: a function made after Monitoring, and a queue that is no dead-letter queue', () => {
    const base = cdkJsonContext();
    const app = new App({ context: { ...base, ...SKIP_BUNDLING } });
    const late = new ComplaintPlatformStack(app, 'Late', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node, 'eu-west-2') });
    new lambda.Function(late, 'Unwatched', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {}') });
    new sqs.Queue(late, 'WorkQueue');
    expect(() => app.synth()).toThrow(/Lambda function Late\/Unwatched has no alarms[\s\S]*queue Late\/WorkQueue is not a dead-letter queue/);
  });
});

describe('the alarm topic', () => {
  test('emails the ops address configured for the region, and is an output that says the address must confirm', () => {
    const [[topicId]] = resources('AWS::SNS::Topic');
    expect(resources('AWS::SNS::Subscription').map(([, s]) => s.Properties)).toEqual([{ Protocol: 'email', Endpoint: OPS_EMAIL, TopicArn: ref(topicId) }]);
    expect(template.findOutputs('AlarmTopicArn').AlarmTopicArn).toMatchObject({ Value: ref(topicId), Description: expect.stringContaining('opsEmail) must confirm') });
  });

  test('is encrypted with a rotating key, refuses plain HTTP, and takes notifications from this stack’s alarms only', () => {
    const [[topicId, topic]] = resources('AWS::SNS::Topic');
    const keyId = topic.Properties.KmsMasterKeyId['Fn::GetAtt'][0];
    expect(resourcesById[keyId].Properties.EnableKeyRotation).toBe(true);
    const [[, policy]] = resources('AWS::SNS::TopicPolicy');
    const statements: Array<Record<string, any>> = policy.Properties.PolicyDocument.Statement;
    expect(policy.Properties.Topics).toEqual([ref(topicId)]);
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const fromAlarms = statements.find((s) => s.Principal?.Service === 'cloudwatch.amazonaws.com')!;
    expect(JSON.stringify(fromAlarms.Condition.ArnLike['aws:SourceArn'])).toContain(`:alarm:${stack.stackName}-*`);
    const keyUse = (resourcesById[keyId].Properties.KeyPolicy.Statement as Array<Record<string, any>>).find((s) => s.Principal?.Service === 'cloudwatch.amazonaws.com')!;
    expect(keyUse.Action).toEqual(['kms:Decrypt', 'kms:GenerateDataKey*']);
    expect(keyUse.Condition).toEqual(fromAlarms.Condition);
  });
});

describe('the dashboard', () => {
  test('exists once, shows every alarm and every metric the functions publish', () => {
    const dashboards = resources('AWS::CloudWatch::Dashboard');
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0][1].Properties.DashboardName).toBe(template.findOutputs('DashboardName').DashboardName.Value);
    const body = JSON.stringify(dashboards[0][1].Properties.DashboardBody);
    for (const name of Object.values(PLATFORM_METRICS.names)) expect([name, body.includes(`MetricName=\\\\\\"${name}\\\\\\"`)]).toEqual([name, true]);
    for (const [alarmId] of resources('AWS::CloudWatch::Alarm')) expect([alarmId, body.includes(`["${alarmId}","Arn"]`)]).toEqual([alarmId, true]);
    for (const metric of ['Reputation.BounceRate', 'IteratorAge', 'ApproximateNumberOfMessagesVisible', 'ExecutionsStarted', 'ThrottledRequests', 'SystemErrors', '5xx', 'Latency']) {
      expect([metric, body.includes(`"${metric}\\"`)]).toEqual([metric, true]);
    }
  });
});

describe('deployments (CodeDeploy)', () => {
  test('every platform function has a live alias on a version published from it, moved by a deployment group that rolls back on its errors alarm', () => {
    const functions = platformFunctions();
    expect(resources('AWS::Lambda::Function').filter(([id]) => !isCdkDeploymentHelper(id))).toHaveLength(functions.length);
    expect(resources('AWS::CodeDeploy::DeploymentGroup')).toHaveLength(functions.length);
    for (const pf of functions) {
      const fnId = idOf(pf.fn);
      const alias = resourcesById[idOf(pf.alias)];
      expect(alias.Properties.Name).toBe(LIVE_ALIAS);
      expect(alias.Properties.FunctionName).toEqual(ref(fnId));
      const versionId = alias.Properties.FunctionVersion['Fn::GetAtt'][0];
      expect(resourcesById[versionId]).toMatchObject({ Type: 'AWS::Lambda::Version', Properties: { FunctionName: ref(fnId) } });
      const groupId = alias.UpdatePolicy!.CodeDeployLambdaAliasUpdate.DeploymentGroupName.Ref;
      const group = resourcesById[groupId].Properties;
      expect(group.AutoRollbackConfiguration).toEqual({ Enabled: true, Events: expect.arrayContaining(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']) });
      const [[errorsAlarmId]] = alarmsOn('Errors', 'FunctionName', ref(fnId));
      expect(group.AlarmConfiguration).toMatchObject({ Enabled: true });
      expect(group.AlarmConfiguration.Alarms).toContainEqual({ Name: ref(errorsAlarmId) });
    }
  });

  test('the API function also rolls back on the API’s 5xx rate and latency alarms', () => {
    const graphql = platformFunctions().find((pf) => pf.fn === stack.functions.graphql)!;
    const group = resourcesById[idOf(graphql.deploymentGroup)].Properties;
    const [[apiId]] = resources('AWS::ApiGatewayV2::Api');
    const apiAlarms = [...alarmsOn('5xx', 'ApiId', ref(apiId)), ...alarmsOn('Latency', 'ApiId', ref(apiId))].map(([id]) => ({ Name: ref(id) }));
    expect(apiAlarms).toHaveLength(2);
    expect(group.AlarmConfiguration.Alarms).toEqual(expect.arrayContaining(apiAlarms));
  });

  test('traffic shifts by canary for the API, at once for functions only a schedule invokes, and 10% a minute for event-driven ones', () => {
    const scheduled = new Set(
      [
        ...resources('AWS::Scheduler::Schedule').map(([, s]) => s.Properties.Target.Arn),
        ...resources('AWS::Events::Rule').filter(([, r]) => r.Properties.ScheduleExpression).flatMap(([, r]) => r.Properties.Targets.map((t: { Arn: unknown }) => t.Arn)),
        ...resources('AWS::SecretsManager::RotationSchedule').map(([, r]) => r.Properties.RotationLambdaARN),
      ].map(aliasIn),
    );
    // The reconciler, the audit digests, the evaluation reports, the migrations' continuation, the secret's rotation, and the outbox's retries.
    expect(scheduled.size).toBe(6);
    // The outbox is also fed by the table stream: its traffic is the stream's, which a shifting window sees.
    const streamFed = new Set(resources('AWS::Lambda::EventSourceMapping').map(([, m]) => aliasIn(m.Properties.FunctionName)));
    for (const pf of platformFunctions()) {
      const fnId = idOf(pf.fn);
      const config = resourcesById[idOf(pf.deploymentGroup)].Properties.DeploymentConfigName;
      const onlyScheduled = scheduled.has(fnId) && !streamFed.has(fnId);
      const expected = pf.fn === stack.functions.graphql ? 'CodeDeployDefault.LambdaCanary10Percent5Minutes' : onlyScheduled ? 'CodeDeployDefault.LambdaAllAtOnce' : 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute';
      expect([fnId, config]).toEqual([fnId, expected]);
    }
  });

  test('everything that invokes a function invokes its live alias, never the function itself ($LATEST)', () => {
    const [[, machine]] = resources('AWS::StepFunctions::StateMachine');
    const invokers: Array<[string, unknown]> = [
      ...resources('AWS::ApiGatewayV2::Integration').map(([id, i]): [string, unknown] => [id, i.Properties.IntegrationUri]),
      ...Object.entries(machine.Properties.DefinitionSubstitutions).map(([name, arn]): [string, unknown] => [`state machine ${name}`, arn]),
      ...resources('AWS::Lambda::EventSourceMapping').map(([id, m]): [string, unknown] => [id, m.Properties.FunctionName]),
      ...resources('AWS::SES::ReceiptRule').flatMap(([id, r]) => r.Properties.Rule.Actions.filter((a: Record<string, any>) => a.LambdaAction).map((a: Record<string, any>): [string, unknown] => [id, a.LambdaAction.FunctionArn])),
      ...resources('AWS::Events::Rule').flatMap(([id, r]) => r.Properties.Targets.map((t: { Arn: unknown }): [string, unknown] => [id, t.Arn])),
      ...resources('AWS::Scheduler::Schedule').map(([id, s]): [string, unknown] => [id, s.Properties.Target.Arn]),
      ...resources('AWS::Lambda::Permission').map(([id, p]): [string, unknown] => [id, p.Properties.FunctionName]),
      ...resources('Custom::TableMigrations').map(([id, r]): [string, unknown] => [id, r.Properties.ServiceToken]),
      ...resources('AWS::SecretsManager::RotationSchedule').map(([id, r]): [string, unknown] => [id, r.Properties.RotationLambdaARN]),
    ];
    // The API, two Task states, two stream mappings (statistics, outbox), the SES receipt rule, the SES events rule, the
    // reconciler's and the outbox's retry rules, three schedules, the migrations' custom resource, the secret's rotation; and
    // the permissions of the API, the four rules and Secrets Manager.
    expect(invokers).toHaveLength(14 + 6);
    for (const [invoker, target] of invokers) {
      expect([invoker, aliasIn(target) !== undefined, mentionsAFunctionDirectly(target)]).toEqual([invoker, true, false]);
    }
  });

  test('the state machine may invoke the task functions’ live aliases and nothing else', () => {
    const roleId = idOf(stack.stateMachine.role);
    const invokable = resources('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
      .filter((s: { Action: string | string[] }) => [s.Action].flat().includes('lambda:InvokeFunction'))
      .flatMap((s: { Resource: unknown }) => [s.Resource].flat());
    const taskFunctionIds = Object.values(stack.functions.tasks).map((fn) => idOf(fn));
    expect(invokable.map(aliasIn).sort()).toEqual(taskFunctionIds.sort());
  });

  test('each deployment role has no managed policy, and may move only its own alias and read only its own rollback alarms', () => {
    for (const pf of platformFunctions()) {
      const group = resourcesById[idOf(pf.deploymentGroup)].Properties;
      const roleId = group.ServiceRoleArn['Fn::GetAtt'][0];
      expect(resourcesById[roleId].Properties.ManagedPolicyArns).toBeUndefined();
      const statements = resources('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>);
      const on = (action: string) => statements.filter((s) => [s.Action].flat().includes(action)).flatMap((s) => [s.Resource].flat());
      expect(on('lambda:UpdateAlias')).toEqual([{ 'Fn::GetAtt': [idOf(pf.fn), 'Arn'] }, ref(idOf(pf.alias))]);
      expect(on('cloudwatch:DescribeAlarms').sort()).toEqual(group.AlarmConfiguration.Alarms.map((a: { Name: { Ref: string } }) => ({ 'Fn::GetAtt': [a.Name.Ref, 'Arn'] })).sort());
    }
  });
});

describe('the opsEmail setting', () => {
  const valid = () => ({ ...cdkJsonContext().complaintPlatform });

  test('is one address, or one per region with "*" for the others', () => {
    expect(parsePlatformSettings({ ...valid(), opsEmail: 'ops@example.org' }, 'eu-west-2').opsEmail).toBe('ops@example.org');
    const perRegion = { 'eu-west-2': 'ops-uk@example.org', '*': 'ops@example.org' };
    expect(parsePlatformSettings({ ...valid(), opsEmail: perRegion }, 'eu-west-2').opsEmail).toBe('ops-uk@example.org');
    expect(parsePlatformSettings({ ...valid(), opsEmail: perRegion }, 'ap-southeast-1').opsEmail).toBe('ops@example.org');
  });

  test.each([undefined, 'ops', { 'eu-west-2': 'ops' }, ['ops@example.org']])('refuses %j, naming it', (opsEmail) => {
    expect(() => parsePlatformSettings({ ...valid(), opsEmail }, 'eu-west-2')).toThrow(PlatformSettingsError);
    expect(() => parsePlatformSettings({ ...valid(), opsEmail }, 'eu-west-2')).toThrow(/complaintPlatform\.opsEmail(\.[\w-]+)? (is missing|must be)/);
  });

  test('refuses a region that has no address and no "*" entry', () => {
    expect(() => parsePlatformSettings({ ...valid(), opsEmail: { 'eu-west-2': 'ops@example.org' } }, 'ap-southeast-1')).toThrow('complaintPlatform.opsEmail says nothing for ap-southeast-1');
  });
});
