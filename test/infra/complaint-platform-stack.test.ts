import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/core/metric-names';
import { configFromEnvironment } from '../../functions/config/environment';
import { complaintWorkflowDefinition, TASK_STATES, type TaskStateName } from '../../functions/workflow/definition';
import { ACCESS_LOG_FIELDS, ComplaintPlatformStack, taskHandlerExport } from '../../infra/complaint-platform-stack';
import { fileFor, SEPARATELY_BUNDLED } from '../../infra/bundling';
import { platformSettings, type PlatformSettings } from '../../infra/config';
import type { SecretRotation } from '../../infra/constructs/secret-rotation';
import { PlatformFunction, powertoolsEnvironment } from '../../infra/constructs/platform-function';
import { STAFF_ATTRIBUTES } from '../../infra/constructs/staff-user-pool';
import type { StatsAggregator } from '../../infra/constructs/stats-aggregator';
import type { WebSite } from '../../infra/constructs/web-site';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef } from './live-alias';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

const TASK_STATE_NAMES = Object.keys(TASK_STATES) as TaskStateName[];

/** What CDK grants a function with active tracing, on "*": X-Ray has no resource-level permissions. */
const FUNCTION_TRACING = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
const isFunctionTracing = (actions: string[]) => JSON.stringify([...actions].sort()) === JSON.stringify(FUNCTION_TRACING);

// Synthesized once, with real esbuild bundling, from the context `cdk synth` uses, except
// that the organization settings differ from configFromEnvironment's defaults: a variable
// the stack failed to set would then show as a default in the environment test. The
// cdk-nag checks run too, as in `cdk synth`: an unacknowledged finding fails beforeAll.
const ORGANIZATION = { organizationId: 'org-test', organizationTimeZone: 'Europe/London', workingDayCalendar: 'WEEKDAYS', jurisdictions: ['UK_FCA', 'US_CFPB'] };

/** The one function of these that sends email: the notification outbox; the Task states only read and write the table. */
const SENDS_EMAIL = 'Outbox';

let app: App;
let stack: ComplaintPlatformStack;
let template: Template;
let settings: PlatformSettings;

beforeAll(() => {
  const context = cdkJsonContext();
  app = new App({ context: { ...context, complaintPlatform: { ...context.complaintPlatform, ...ORGANIZATION } } });
  settings = platformSettings(app.node);
  stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-test', { env: { region: 'eu-west-2' }, settings });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

// The app's temporary cloud assembly holds about 15 MB of bundles.
afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

const logicalIdOf = (construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as CfnElement);
const logicalId = (fn: IFunction) => logicalIdOf(fn);
const functionProps = (fn: IFunction) => template.toJSON().Resources[logicalId(fn)].Properties;
const FUNCTION_NAMES = ['GraphQL', 'ResumeWorkflows', SENDS_EMAIL, ...TASK_STATE_NAMES] as const;
const functionNamed = (name: (typeof FUNCTION_NAMES)[number]): IFunction =>
  name === 'GraphQL' ? stack.functions.graphql : name === 'ResumeWorkflows' ? stack.functions.resumeWorkflows : name === SENDS_EMAIL ? stack.outbox.fn : stack.functions.tasks[name];
const allFunctions = () => FUNCTION_NAMES.map((name): [string, IFunction] => [name, functionNamed(name)]);
const resolved = (value: string) => JSON.stringify(stack.resolve(value));

/** Every statement of the identity policies attached to a role. */
const statementsOfRole = (roleId: string): Statement[] =>
  Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: { Ref?: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
const statementsOf = (fn: IFunction) => statementsOfRole(stack.getLogicalId(fn.role!.node.defaultChild as CfnElement));
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
const resourcesFor = (statements: Statement[], action: string) =>
  statements.filter((s) => [s.Action].flat().includes(action)).flatMap((s) => [s.Resource].flat().map((r) => JSON.stringify(r)));

describe('the table', () => {
  test('is built from TABLE_DESIGN: keys, TTL, on-demand, point-in-time recovery, KMS, retained', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [
          { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() },
        TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.timeToLiveAttribute, Enabled: true },
      },
    });
  });

  test('has every index of TABLE_DESIGN, with its keys and projection, and no other', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0].Properties;
    const expected = Object.values(TABLE_DESIGN.indexes).map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projection },
    }));
    expect(Object.keys(TABLE_DESIGN.indexes)).toEqual(['byOrganization', 'byStatus', 'byChannel', 'byCategory', 'openWorkflows', 'handlerQueue', 'escalations', 'byComplainant', 'byAssignee']);
    expect(table.GlobalSecondaryIndexes).toEqual(expected);
    // Every key attribute, of the table and of each index, is defined once, as a string, as the store writes them.
    const keyAttributes = [TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey, ...Object.values(TABLE_DESIGN.indexes).flatMap((index) => [index.partitionKey, index.sortKey])];
    expect(table.AttributeDefinitions).toHaveLength(keyAttributes.length);
    expect(table.AttributeDefinitions).toEqual(expect.arrayContaining(keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' }))));
  });

  test('projects the open-workflow markers whole: the reconciler reads each epoch from the index', () => {
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0].Properties;
    const openWorkflows = table.GlobalSecondaryIndexes.find((index: { IndexName: string }) => index.IndexName === TABLE_DESIGN.indexes.openWorkflows.indexName);
    expect(openWorkflows.Projection).toEqual({ ProjectionType: 'ALL' });
  });

  test('is encrypted with a customer-managed key that rotates and is retained', () => {
    const [keyId, key] = Object.entries(template.findResources('AWS::KMS::Key'))[0];
    expect(key).toMatchObject({ DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } } });
  });
});

describe('the functions', () => {
  test('there are eleven (GraphQL, the reconciler, one per Task state, the notification outbox, the stats aggregator, the report sender, the audit digest writer, the delivery event recorder, the table migrations and the access-code secret\'s rotation), all nodejs22.x on arm64 with a log group of their own that expires', () => {
    expect(TASK_STATE_NAMES).toEqual(['Advance', 'CloseWorkflow']);
    // And CDK's own function that copies the dashboard into its bucket during deployments.
    template.resourceCountIs('AWS::Lambda::Function', 11 + 1);
    for (const [, fn] of allFunctions()) {
      const props = functionProps(fn);
      expect(props).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
      const logGroup = template.toJSON().Resources[props.LoggingConfig.LogGroup.Ref];
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
    }
  });

  test('each Task state has its own function whose handler is the export named after the state', () => {
    for (const state of TASK_STATE_NAMES) {
      expect(functionProps(stack.functions.tasks[state]).Handler).toBe(`index.${taskHandlerExport(state)}`);
    }
    expect(functionProps(stack.functions.graphql).Handler).toBe('index.handler');
    expect(functionProps(stack.functions.resumeWorkflows).Handler).toBe('index.handler');
  });

  test('are bundled locally: minified code with a source map, the AWS SDK included, the packages bundled apart shipped beside it', () => {
    for (const [, fn] of allFunctions()) {
      const assetDir = path.join(app.outdir, `asset.${functionProps(fn).Code.S3Key.replace(/\.zip$/, '')}`);
      const code = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
      expect(existsSync(path.join(assetDir, 'index.js.map'))).toBe(true);
      expect(code).toContain('sourceMappingURL=index.js.map');
      // Every package left out of index.js, an SDK client above all, is in the asset, where require finds it before the runtime's own SDK.
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map(([, specifier]) => specifier);
      const apart = required.filter((specifier) => /^@aws-sdk\/client-/.test(specifier) || SEPARATELY_BUNDLED.some((p) => specifier === p || specifier.startsWith(`${p}/`)));
      for (const specifier of apart) expect(existsSync(path.join(assetDir, fileFor(specifier)))).toBe(true);
    }
    // The GraphQL bundle is built from the GraphQL handler (a message only it has).
    const graphqlAsset = path.join(app.outdir, `asset.${functionProps(stack.functions.graphql).Code.S3Key.replace(/\.zip$/, '')}`);
    expect(readFileSync(path.join(graphqlAsset, 'index.js'), 'utf8')).toContain('PAYLOAD_TOO_LARGE');
  });

  test.each(FUNCTION_NAMES)('the %s function environment satisfies configFromEnvironment with the configured organization', (name) => {
    const fn = functionNamed(name);
    const variables: Record<string, unknown> = functionProps(fn).Environment.Variables;
    // Deploy-time references (table name, ARNs) stand in as a non-empty string.
    const env = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : 'set-at-deploy']));
    const config = configFromEnvironment(env);
    // Without trackingUrl in cdk.json, the emails link to the portal's track page on the stack's own site.
    expect(settings.trackingUrl).toBeUndefined();
    expect(variables.TRACKING_URL).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/^SiteDistribution/), 'DomainName'] }, '/track']] });
    expect(config).toMatchObject({
      senderEmail: settings.senderEmail,
      developmentMode: false,
      settingsDefaults: {
        organizationId: settings.organizationId,
        timeZone: settings.organizationTimeZone,
        calendarId: settings.workingDayCalendar,
        jurisdictions: settings.jurisdictions,
      },
    });
    expect(variables).not.toHaveProperty('ACCEPTANCE_DECISION_WORKING_DAYS');
    expect(settings).toMatchObject(ORGANIZATION);
    expect(JSON.stringify(variables.TABLE_NAME)).toBe(resolved(stack.table.tableName));
  });

  test('the GraphQL function gets where the access-code secret is kept, a generated, retained secret (test/infra/secrets.test.ts checks every function)', () => {
    const variables: Record<string, unknown> = functionProps(stack.functions.graphql).Environment.Variables;
    expect(variables.ACCESS_CODE_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^AccessCodeSecret/) });
    template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain', Properties: { GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } } });
  });

  test('only the GraphQL function knows the staff user pool and its client, by the names it reads them under', () => {
    const ids = { AUTH_COGNITO_USER_POOL_ID: { Ref: logicalIdOf(stack.staffUserPool) }, AUTH_COGNITO_CLIENT_ID: { Ref: logicalIdOf(stack.staffClient) } };
    const variables: Record<string, unknown> = functionProps(stack.functions.graphql).Environment.Variables;
    expect(variables).toMatchObject(ids);
    // The function reads them back as its Cognito verifier's settings.
    const env = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : `<${name}>`]));
    expect(configFromEnvironment(env).auth.cognito).toEqual({ userPoolId: '<AUTH_COGNITO_USER_POOL_ID>', clientId: '<AUTH_COGNITO_CLIENT_ID>' });
    for (const [name, fn] of allFunctions()) {
      if (name !== 'GraphQL') expect([name, Object.keys(functionProps(fn).Environment.Variables).filter((v) => v.startsWith('AUTH_'))]).toEqual([name, []]);
    }
  });

  test('only the workflow starters know the state machine, and only the outbox function knows the configuration set', () => {
    const configurationSetId = Object.keys(template.findResources('AWS::SES::ConfigurationSet'))[0];
    for (const [name, fn] of allFunctions()) {
      const variables = functionProps(fn).Environment.Variables;
      const startsWorkflows = name === 'GraphQL' || name === 'ResumeWorkflows';
      expect(JSON.stringify(variables.STATE_MACHINE_ARN)).toBe(startsWorkflows ? resolved(stack.stateMachine.stateMachineArn) : undefined);
      expect(variables.SES_CONFIGURATION_SET).toEqual(name === SENDS_EMAIL ? { Ref: configurationSetId } : undefined);
    }
  });
});

describe('the HTTP API', () => {
  test('has one route, ANY /graphql, to the GraphQL function’s live alias with payload v2', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /graphql' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: liveAliasRef(template, logicalId(stack.functions.graphql)),
    });
  });

  test('its default stage is throttled and the GraphQL URL is an output', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    const url = template.findOutputs('GraphqlUrl').GraphqlUrl.Value['Fn::Join'][1];
    expect(url.at(-1)).toBe('/graphql');
  });

  test('its stage writes one JSON access-log line per request, without source IP or user agent, to a log group that expires', () => {
    const accessLogs = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0].Properties.AccessLogSettings;
    const logGroup = template.toJSON().Resources[accessLogs.DestinationArn['Fn::GetAtt'][0]];
    expect(logGroup).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 90 } });
    const fields = JSON.parse(accessLogs.Format);
    expect(fields).toEqual(ACCESS_LOG_FIELDS);
    expect(fields.requestId).toBe('$context.requestId');
    expect(accessLogs.Format).not.toMatch(/sourceIp|userAgent|\$context\.identity/);
  });

  test("allows only the web apps' origin when no other is configured", () => {
    expect(settings.allowedOrigins).toEqual([]);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^SiteDistribution'), 'DomainName'] }]] }] } });
  });

  test("allows exactly the configured origins and the web apps' when allowedOrigins is set", () => {
    const context = cdkJsonContext();
    const origins = ['https://complaints.example.org', 'https://staff.example.org'];
    const corsApp = new App({ context: { ...context, ...SKIP_BUNDLING, complaintPlatform: { ...context.complaintPlatform, allowedOrigins: origins } } });
    const corsStack = new ComplaintPlatformStack(corsApp, 'Cors', { env: { region: 'eu-west-2' }, settings: platformSettings(corsApp.node) });
    addNagChecks(corsApp);
    Template.fromStack(corsStack).hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: [...origins, Match.objectLike({ 'Fn::Join': Match.anyValue() })], AllowHeaders: Match.arrayWith(['content-type']), AllowMethods: Match.arrayWith(['POST', 'OPTIONS']) },
    });
  });
});

describe('the workflow', () => {
  test('is a Standard state machine whose definition is complaintWorkflowDefinition, placeholders and all', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    const props = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0].Properties;
    expect(props.StateMachineType).toBe('STANDARD');
    const definition = JSON.parse(props.DefinitionString);
    expect(Object.keys(definition.States)).toEqual(Object.keys(complaintWorkflowDefinition.States));
    for (const state of TASK_STATE_NAMES) expect(definition.States[state].Resource).toBe(`\${${TASK_STATES[state]}}`);
  });

  test('substitutes every placeholder with the ARN of the live alias of the function of the same state, and nothing else', () => {
    const props = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0].Properties;
    const placeholders = [...new Set([...props.DefinitionString.matchAll(/\$\{(\w+)\}/g)].map((m: RegExpMatchArray) => m[1]))].sort();
    expect(Object.keys(props.DefinitionSubstitutions).sort()).toEqual(placeholders);
    expect(props.DefinitionSubstitutions).toEqual(
      Object.fromEntries(TASK_STATE_NAMES.map((state) => [TASK_STATES[state], liveAliasRef(template, logicalId(stack.functions.tasks[state]))])),
    );
  });

  test('logs errors only, without execution data', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: { Level: 'ERROR', IncludeExecutionData: false, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: Match.anyValue() } }] },
    });
  });

  test('is traced with X-Ray', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { TracingConfiguration: { Enabled: true } });
  });

  test('may invoke exactly the live aliases of the task functions, one per Task state', () => {
    const statements = statementsOfRole(stack.getLogicalId(stack.stateMachine.role.node.defaultChild as CfnElement));
    const expected = TASK_STATE_NAMES.map((state) => JSON.stringify(liveAliasRef(template, logicalId(stack.functions.tasks[state]))));
    expect(resourcesFor(statements, 'lambda:InvokeFunction').sort()).toEqual(expected.sort());
  });

  test('the reconciler runs every 15 minutes', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [Match.objectLike({ Arn: liveAliasRef(template, logicalId(stack.functions.resumeWorkflows)) })],
    });
  });
});

describe('email', () => {
  test('the sender address is an SES identity using the configuration set', () => {
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    const configurationSetId = Object.keys(template.findResources('AWS::SES::ConfigurationSet'))[0];
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: settings.senderEmail,
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSetId } },
    });
  });
});

describe('permissions', () => {
  test('the GraphQL function can start, stop and describe executions and read and write the table, and cannot send email', () => {
    const statements = statementsOf(stack.functions.graphql);
    expect(resourcesFor(statements, 'states:StartExecution')).toEqual([resolved(stack.stateMachine.stateMachineArn)]);
    expect(resourcesFor(statements, 'states:DescribeExecution')).toEqual([expect.stringContaining(':execution:')]);
    expect(resourcesFor(statements, 'states:StopExecution')).toEqual([expect.stringContaining(':execution:')]);
    for (const action of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem']) {
      expect([action, resourcesFor(statements, action)]).toEqual([action, [resolved(stack.table.tableArn), expect.stringContaining('/index/*')]]);
    }
    expect(actionsOf(statements).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  test('the outbox function may send email only as the sender identity with the configuration set', () => {
    const identityId = Object.keys(template.findResources('AWS::SES::EmailIdentity'))[0];
    const configurationSetId = Object.keys(template.findResources('AWS::SES::ConfigurationSet'))[0];
    const statements = statementsOf(stack.outbox.fn);
    const sendable = resourcesFor(statements, 'ses:SendEmail');
    expect(sendable).toHaveLength(2);
    expect(sendable).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`:identity/.*"Ref":"${identityId}"`)), expect.stringMatching(new RegExp(`:configuration-set/.*"Ref":"${configurationSetId}"`))]),
    );
    expect(actionsOf(statements).filter((a) => a.startsWith('ses:'))).toEqual(['ses:SendEmail']);
  });

  test('no other function, and not the state machine, may send email', () => {
    for (const [name, fn] of allFunctions()) {
      if (name !== SENDS_EMAIL) expect([name, actionsOf(statementsOf(fn)).filter((a) => a.startsWith('ses:'))]).toEqual([name, []]);
    }
    const stateMachineStatements = statementsOfRole(stack.getLogicalId(stack.stateMachine.role.node.defaultChild as CfnElement));
    expect(actionsOf(stateMachineStatements).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  test.each(TASK_STATE_NAMES)('the %s function reads and writes the table and its indexes, and has no Step Functions permission', (state) => {
    const statements = statementsOf(stack.functions.tasks[state]);
    const tableAndIndexes = [resolved(stack.table.tableArn), expect.stringContaining('/index/*')];
    // Advance commits transactions and reads the settings; CloseWorkflow deletes the workflow marker on a condition.
    for (const action of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem']) {
      expect([action, resourcesFor(statements, action)]).toEqual([action, tableAndIndexes]);
    }
    expect(actionsOf(statements).filter((a) => a.startsWith('states:'))).toEqual([]);
  });

  test('the reconciler can query the table and start workflows, but not write the table or send email', () => {
    const statements = statementsOf(stack.functions.resumeWorkflows);
    expect(resourcesFor(statements, 'dynamodb:Query')).toEqual([resolved(stack.table.tableArn), expect.stringContaining('/index/*')]);
    expect(resourcesFor(statements, 'states:StartExecution')).toEqual([resolved(stack.stateMachine.stateMachineArn)]);
    expect(resourcesFor(statements, 'states:DescribeExecution')).toHaveLength(1);
    const actions = actionsOf(statements);
    expect(actions.filter((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a) || a.startsWith('ses:'))).toEqual([]);
  });

  test('no role carries a managed policy: each function may write only to its own log group', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    for (const [, fn] of allFunctions()) {
      expect(resourcesFor(statementsOf(fn), 'logs:PutLogEvents')).toEqual([JSON.stringify({ 'Fn::GetAtt': [functionProps(fn).LoggingConfig.LogGroup.Ref, 'Arn'] })]);
    }
  });

  test('nothing is granted on "*" except what Step Functions logging and X-Ray tracing require (only to the state machine) ListStreams (only to the two stream functions: stats and outbox), CloudFront invalidations (only to the dashboard deployment) and GetRandomPassword (only to the secret rotation)', () => {
    // CloudWatch Logs vended-log delivery and X-Ray have no resource-level permissions (see docs/INFRA-NOTES.md).
    const logDelivery = ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'];
    const tracing = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'];
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    // Each function's active tracing is checked under "observability" below.
    const onEverything = policies
      .flatMap((policy) =>
        (policy.Properties.PolicyDocument.Statement as Statement[]).filter((s) => [s.Resource].flat().includes('*')).map((s) => ({ roles: policy.Properties.Roles, actions: [s.Action].flat() })),
      )
      .filter((s) => !isFunctionTracing(s.actions));
    // Nor has dynamodb:ListStreams, which each stream mapping (the stats function's, the outbox's) needs.
    const listStreams = ['dynamodb:ListStreams'];
    const streamConsumers = 2;
    // Nor have CloudFront invalidations, which CDK grants so to the web apps' deployment.
    const invalidation = ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'];
    // Nor has secretsmanager:GetRandomPassword, which CDK grants every rotation function.
    const randomPassword = ['secretsmanager:GetRandomPassword'];
    expect(onEverything.flatMap((s) => s.actions).sort()).toEqual([...logDelivery, ...tracing, ...Array(streamConsumers).fill(listStreams).flat(), ...invalidation, ...randomPassword].sort());
    const stateMachineRole = stack.getLogicalId(stack.stateMachine.role.node.defaultChild as CfnElement);
    const statsRole = stack.getLogicalId((stack.node.findChild('Stats') as StatsAggregator).fn.role!.node.defaultChild as CfnElement);
    const siteRole = stack.getLogicalId((stack.node.findChild('Site') as WebSite).deploymentRole.node.defaultChild as CfnElement);
    const outboxRole = stack.getLogicalId(stack.outbox.fn.role!.node.defaultChild as CfnElement);
    const rotationRole = stack.getLogicalId((stack.node.findChild('AccessCodeSecretRotation') as SecretRotation).fn.role!.node.defaultChild as CfnElement);
    const rolesFor = (actions: string[]) =>
      actions.includes(listStreams[0]) ? [statsRole, outboxRole] : actions.includes(invalidation[0]) ? [siteRole] : actions.includes(randomPassword[0]) ? [rotationRole] : [stateMachineRole];
    for (const statement of onEverything) expect(rolesFor(statement.actions).map((role) => ({ Ref: role }))).toContainEqual(statement.roles[0]);
    expect(onEverything.filter((statement) => statement.actions.includes(listStreams[0])).map((statement) => statement.roles[0].Ref).sort()).toEqual([statsRole, outboxRole].sort());
  });
});

describe('staff sign-in', () => {
  const userPool = () => template.toJSON().Resources[logicalIdOf(stack.staffUserPool)];
  const client = () => template.toJSON().Resources[logicalIdOf(stack.staffClient)].Properties;

  test('one retained user pool: only administrators create users, whose user name is their email address', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    expect(userPool()).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UsernameAttributes: ['email'],
        UsernameConfiguration: { CaseSensitive: false },
        DeletionProtection: 'ACTIVE',
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      },
    });
  });

  test('custom:org (set once), custom:role and custom:staff_id are string attributes', () => {
    expect(userPool().Properties.Schema).toEqual([
      { Name: 'org', AttributeDataType: 'String', Mutable: false },
      { Name: 'role', AttributeDataType: 'String', Mutable: true },
      { Name: 'staff_id', AttributeDataType: 'String', Mutable: true },
    ]);
    expect(STAFF_ATTRIBUTES).toEqual(['org', 'role', 'staff_id']);
  });

  test('passwords are strong, TOTP MFA is required (no SMS), and threat protection is enforced on the Plus plan', () => {
    expect(userPool().Properties).toMatchObject({
      Policies: {
        PasswordPolicy: { MinimumLength: 14, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true, PasswordHistorySize: 5, TemporaryPasswordValidityDays: 3 },
      },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    expect(userPool().Properties.SmsConfiguration).toBeUndefined();
  });

  test('one app client, for the staff workspace: an OAuth public client (authorization code with PKCE, no secret), 1 h tokens and a 12 h refresh token', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    expect(client()).toMatchObject({
      UserPoolId: { Ref: logicalIdOf(stack.staffUserPool) },
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
    });
    expect(client().RefreshTokenValidity).toBeLessThanOrEqual(30 * 24 * 60);
  });

  test('sign-in returns to the web apps\' site, at /staff/callback, and sign-out to /staff/', () => {
    const site = { 'Fn::GetAtt': [logicalIdOf(stack.node.findChild('Site').node.findChild('Distribution')), 'DomainName'] };
    expect(client().CallbackURLs).toEqual([{ 'Fn::Join': ['', ['https://', site, '/staff/callback']] }]);
    expect(client().LogoutURLs).toEqual([{ 'Fn::Join': ['', ['https://', site, '/staff/']] }]);
    expect(stack.resolve(stack.staffAuthConfig.redirectUri)).toEqual(client().CallbackURLs[0]);
  });

  test('managed login (version 2) on a Cognito-prefix domain, with a style for the client', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2, UserPoolId: { Ref: logicalIdOf(stack.staffUserPool) } });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { ClientId: { Ref: logicalIdOf(stack.staffClient) }, UseCognitoProvidedValues: true });
  });

  test('the client reads the custom attributes (so they are in the ID token) and cannot write them', () => {
    const custom = STAFF_ATTRIBUTES.map((name) => `custom:${name}`);
    expect(client().ReadAttributes).toEqual(expect.arrayContaining([...custom, 'email']));
    expect(client().WriteAttributes.length).toBeGreaterThan(0);
    expect(client().WriteAttributes.filter((a: string) => a.startsWith('custom:') || a === 'email')).toEqual([]);
  });

  test('the user pool id, the client id and the managed login URL are outputs', () => {
    expect(stack.resolve(template.findOutputs('StaffSignInUrl').StaffSignInUrl.Value)).toEqual(stack.resolve(stack.staffAuthConfig.authorizeUrl.replace('/oauth2/authorize', '')));
    expect(template.findOutputs('UserPoolId').UserPoolId.Value).toEqual({ Ref: logicalIdOf(stack.staffUserPool) });
    expect(template.findOutputs('UserPoolClientId').UserPoolClientId.Value).toEqual({ Ref: logicalIdOf(stack.staffClient) });
  });
});

describe('observability', () => {
  const platformFunctions = () => stack.node.findAll().filter((c): c is PlatformFunction => c instanceof PlatformFunction);
  const lambdaFunctions = () => template.findResources('AWS::Lambda::Function');

  test('every function of the platform is traced (X-Ray active) and has the Powertools environment', () => {
    const ours = platformFunctions();
    expect(ours.length).toBeGreaterThanOrEqual(FUNCTION_NAMES.length + 4);
    for (const { fn } of ours) {
      const props = functionProps(fn);
      expect([fn.node.path, props.TracingConfig]).toEqual([fn.node.path, { Mode: 'Active' }]);
      expect([fn.node.path, props.Environment.Variables]).toEqual([
        fn.node.path,
        expect.objectContaining({
          POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
          POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
          POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01',
          POWERTOOLS_TRACE_ENABLED: 'true',
          LOG_LEVEL: 'INFO',
        }),
      ]);
    }
  });

  test("the only Lambda functions that are not the platform's are CDK's own (the web apps' deployment), which run no platform code", () => {
    const ours = new Set(platformFunctions().map(({ fn }) => logicalId(fn)));
    const others = Object.entries(lambdaFunctions()).filter(([id]) => !ours.has(id));
    for (const [id, fn] of others) expect([id, fn.Properties.Environment?.Variables?.TABLE_NAME]).toEqual([id, undefined]);
    expect(others.length).toBeLessThanOrEqual(2);
  });

  test('X-Ray is granted on "*" to the traced functions\' own roles only', () => {
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const tracedRoles = policies.flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as Statement[]).filter((s) => isFunctionTracing([s.Action].flat()) && s.Resource === '*').flatMap(() => policy.Properties.Roles as unknown[]),
    );
    const roles = platformFunctions().map(({ fn }) => ({ Ref: stack.getLogicalId(fn.role!.node.defaultChild as CfnElement) }));
    expect(tracedRoles.map((r) => JSON.stringify(r)).sort()).toEqual(roles.map((r) => JSON.stringify(r)).sort());
  });

  test('the state machine is traced too', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { TracingConfiguration: { Enabled: true } });
  });

  test('the log level and the DEBUG sample rate come from the context, checked', () => {
    const withContext = (context: Record<string, unknown>) => {
      const base = cdkJsonContext();
      const other = new App({ context: { ...base, ...context } });
      const fnStack = new Stack(other, 'Levels');
      return powertoolsEnvironment(fnStack);
    };
    expect(withContext({ logLevel: 'debug', debugLogSampleRate: 0.5 })).toMatchObject({ LOG_LEVEL: 'DEBUG', POWERTOOLS_LOGGER_SAMPLE_RATE: '0.5' });
    expect(() => withContext({ logLevel: 'LOUD' })).toThrow(/logLevel must be one of DEBUG, INFO, WARN, ERROR/);
    expect(() => withContext({ debugLogSampleRate: 2 })).toThrow(/debugLogSampleRate must be a number from 0 to 1/);
  });
});
