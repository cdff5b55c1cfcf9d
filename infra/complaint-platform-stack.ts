import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { LambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { complaintWorkflowDefinition, TASK_STATES, type TaskStateName } from '../functions/workflow/definition';
import type { PlatformSettings } from './config';
import { ComplaintTable } from './constructs/complaint-table';
import { AuditDigests } from './constructs/audit-digests';
import { ComplaintFiles } from './constructs/complaint-files';
import { DeliveryEvents } from './constructs/delivery-events';
import { InboundEmail } from './constructs/inbound-email';
import { Monitoring } from './constructs/monitoring';
import { NotificationOutbox } from './constructs/notification-outbox';
import { EvaluationReports } from './constructs/evaluation-reports';
import { PlatformFunction } from './constructs/platform-function';
import { SecretRotation } from './constructs/secret-rotation';
import { StaffUserPool } from './constructs/staff-user-pool';
import { StatsAggregator } from './constructs/stats-aggregator';
import { TableMigrations } from './constructs/table-migrations';
import { AuditExport } from './constructs/audit-export';
import { WebSite } from './constructs/web-site';
import { acknowledge, wildcardResource } from './nag';
import type { StaffAuthConfig } from '../web/staff/auth/auth-config';

export interface ComplaintPlatformStackProps extends StackProps {
  settings: PlatformSettings;
}

const TASK_STATE_NAMES = Object.keys(TASK_STATES) as TaskStateName[];

/** The export of functions/workflow/handlers/task-handlers.ts that serves a Task state: its name in lower camel case. */
export const taskHandlerExport = (state: TaskStateName): string => state.charAt(0).toLowerCase() + state.slice(1);

/**
 * The HTTP API's access log line: one JSON object per request. No source IP or user agent:
 * complainants may stay anonymous, and these would identify them.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  method: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
} as const;

/** The whole platform in one region: table, workflow, email, GraphQL API, staff sign-in. */
export class ComplaintPlatformStack extends Stack {
  readonly table: dynamodb.Table;
  readonly stateMachine: sfn.StateMachine;
  readonly functions: { graphql: LambdaFunction; resumeWorkflows: LambdaFunction; tasks: Record<TaskStateName, LambdaFunction> };
  /** Sends what changes queue, from the table's stream: its function and failure queue. */
  readonly outbox: NotificationOutbox;
  readonly staffUserPool: cognito.UserPool;
  readonly staffClient: cognito.UserPoolClient;
  /** The staff workspace's sign-in config (config.json's `auth`): Cognito's managed login for this stack. */
  readonly staffAuthConfig: StaffAuthConfig;

  constructor(scope: Construct, id: string, props: ComplaintPlatformStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const complaintTable = new ComplaintTable(this, 'Complaints', { restoredTableName: settings.restoredTableName });
    const table = complaintTable.table;
    // The portal and the workspace. Made first: the API's CORS, staff sign-in's return and the emails' tracking link name its origin.
    const site = new WebSite(this, 'Site');
    const staff = new StaffUserPool(this, 'Staff', { siteDomain: site.distribution.distributionDomainName });

    const configurationSet = new ses.ConfigurationSet(this, 'EmailConfigurationSet');
    const senderIdentity = new ses.EmailIdentity(this, 'SenderIdentity', {
      identity: ses.Identity.email(settings.senderEmail),
      configurationSet,
    });

    // Every handler reads its whole configuration at start (configFromEnvironment), so each
    // gets the same organization settings: a missing one would silently take its default.
    const environment = {
      TABLE_NAME: table.tableName,
      SENDER_EMAIL: settings.senderEmail,
      // The portal's track page, unless the deployment serves it elsewhere (a custom domain).
      TRACKING_URL: settings.trackingUrl ?? site.trackingUrl,
      ORGANIZATION_ID: settings.organizationId,
      ORGANIZATION_TIME_ZONE: settings.organizationTimeZone,
      WORKING_DAY_CALENDAR: settings.workingDayCalendar,
      JURISDICTIONS: settings.jurisdictions.join(','),
      // The address complainants write to, where this region receives email.
      ...(settings.inbound === 'off' ? {} : { INBOUND_ADDRESS: settings.inbound.address }),
    };

    const tasks = {} as Record<TaskStateName, LambdaFunction>;
    const taskAliases = {} as Record<TaskStateName, IFunction>;
    for (const state of TASK_STATE_NAMES) {
      const task = new PlatformFunction(this, `${state}Task`, {
        entry: 'workflow/handlers/task-handlers.ts',
        exportName: taskHandlerExport(state),
        description: `Complaint workflow: the ${state} task`,
        environment,
        memorySize: 256,
        timeout: Duration.seconds(30),
      });
      tasks[state] = task.fn;
      taskAliases[state] = task.alias;
      complaintTable.grantReadWriteData(tasks[state]);
    }
    // Every email and webhook notice a change queues is sent from the table's stream, not by the workflow.
    const outbox = new NotificationOutbox(this, 'Outbox', { table: complaintTable, environment, senderIdentity, configurationSet });

    const stateMachine = new sfn.StateMachine(this, 'ComplaintWorkflow', {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(JSON.stringify(complaintWorkflowDefinition)),
      definitionSubstitutions: Object.fromEntries(TASK_STATE_NAMES.map((state) => [TASK_STATES[state], taskAliases[state].functionArn])),
      // Errors only and no execution data: inputs and outputs stay out of the logs.
      logs: {
        destination: new logs.LogGroup(this, 'ComplaintWorkflowLogs', { retention: logs.RetentionDays.THREE_MONTHS }),
        level: sfn.LogLevel.ERROR,
        includeExecutionData: false,
      },
      // One trace per execution. X-Ray takes a trace's data for seven days only, so a complaint
      // that waits longer shows its first week; still few traces, well inside the free tier.
      tracingEnabled: true,
    });
    for (const state of TASK_STATE_NAMES) taskAliases[state].grantInvoke(stateMachine);
    acknowledge(stateMachine, {
      id: 'AwsSolutions-SF1',
      reason:
        'Logs ERROR events without execution data on purpose: inputs and outputs would put personal data in the logs, and the execution ' +
        'history already records every transition for 90 days. ALL would repeat that history in CloudWatch at a cost per event.',
    });
    acknowledge(
      stateMachine.role,
      {
        id: wildcardResource(this, '*'),
        reason:
          'Only the actions Step Functions needs for logging (logs:CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery, ' +
          'ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies, DescribeLogGroups) and X-Ray tracing (xray:PutTraceSegments, ' +
          'PutTelemetryRecords, GetSamplingRules, GetSamplingTargets): none of them has resource-level permissions. A test checks nothing else is on "*".',
      },
    );

    const workflowEnvironment = { ...environment, STATE_MACHINE_ARN: stateMachine.stateMachineArn };
    // Execution names are chosen per start, so the executions of this state machine are named with a wildcard.
    const executionsArn = this.formatArn({ service: 'states', resource: 'execution', resourceName: `${stateMachine.stateMachineName}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    const grantStartWorkflows = (fn: LambdaFunction) => {
      stateMachine.grants.startExecution(fn);
      // Describe: asked when a start finds an execution of the same name, to learn whether it still runs.
      // Stop: a newer epoch stops the execution it replaces.
      iam.Grant.addToPrincipal({ grantee: fn, actions: ['states:DescribeExecution', 'states:StopExecution'], resourceArns: [executionsArn] });
      acknowledge(fn.role!, {
        id: wildcardResource(this, executionsArn),
        reason:
          'states:DescribeExecution and states:StopExecution on the executions of the complaint workflow only: each start names its execution ' +
          'after the complaint, so the names are not known in advance.',
      });
    };

    // Partners' idempotent retries get back the same access code, derived from this secret; it also keys
    // the reply addresses of emails. A keyring (functions/core/secrets/keyring.ts) that rotates every 90 days.
    const accessCodeSecret = new secretsmanager.Secret(this, 'AccessCodeSecret', {
      description: 'Derives the access code of idempotent partner submissions and keys the reply addresses of emails',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new SecretRotation(this, 'AccessCodeSecretRotation', { secret: accessCodeSecret });

    // Keys the search index's terms (HMAC): the API hashes a query's words with it, the stream function a complaint's.
    const searchIndexSecret = new secretsmanager.Secret(this, 'SearchIndexSecret', {
      description: 'Keys the search index of complaints (HMAC of each term)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(searchIndexSecret, {
      id: 'AwsSolutions-SMG4',
      reason: 'Every posting of the search index is keyed with this secret: a new one leaves the index unreadable until every complaint is indexed again, so it is not rotated (it is not a credential: it only keeps words out of the table keys).',
    });
    // Intake's triage model (cdk.json `triage`): Comprehend, when chosen, for the functions that take complaints in.
    const triage = settings.triage;
    const takesTriage = (fn: LambdaFunction) => {
      if (triage === 'offline') return;
      fn.addEnvironment('TRIAGE_MANAGED', triage.service);
      iam.Grant.addToPrincipal({ grantee: fn, actions: ['comprehend:DetectSentiment'], resourceArns: ['*'] });
      acknowledge(fn.role!, {
        id: wildcardResource(this, '*'),
        reason: 'comprehend:DetectSentiment acts on no resource of ours (Comprehend\'s built-in model): IAM accepts only "*" for it.',
      });
      if (!triage.classifierEndpointArn) return;
      fn.addEnvironment('TRIAGE_CLASSIFIER_ENDPOINT_ARN', triage.classifierEndpointArn);
      iam.Grant.addToPrincipal({ grantee: fn, actions: ['comprehend:ClassifyDocument'], resourceArns: [triage.classifierEndpointArn] });
    };
    // The functions get where each secret is kept, with the right to read it, and read it when first needed
    // (Powertools Parameters, cached): never the value. The variable and the grant go together.
    const secrets = {
      accessCode: { secret: accessCodeSecret, variable: 'ACCESS_CODE_SECRET_ARN' },
      searchIndex: { secret: searchIndexSecret, variable: 'SEARCH_INDEX_SECRET_ARN' },
    };
    const readsSecret = (fn: LambdaFunction, { secret, variable }: { secret: secretsmanager.Secret; variable: string }) => {
      fn.addEnvironment(variable, secret.secretArn);
      secret.grantRead(fn);
    };
    // The emails' reply addresses are keyed with the access-code secret.
    readsSecret(outbox.fn, secrets.accessCode);

    const auditDigests = new AuditDigests(this, 'AuditDigests', { table: complaintTable, environment, retentionDays: settings.auditDigestRetentionDays });

    const graphqlFunction = new PlatformFunction(this, 'Graphql', {
      entry: 'graphql/handler.ts',
      exportName: 'handler',
      description: 'The GraphQL API',
      // The function verifies staff ID tokens itself (aws-jwt-verify): complainants, partners and staff share one route.
      environment: {
        ...workflowEnvironment,
        AUTH_COGNITO_USER_POOL_ID: staff.userPool.userPoolId,
        AUTH_COGNITO_CLIENT_ID: staff.client.userPoolClientId,
        // verifyComplaintHistory reads the signed digests.
        ...auditDigests.environment,
      },
      memorySize: 512,
      timeout: Duration.seconds(10),
      // The busiest function: 10% of its requests for five minutes show a bad version before every caller meets it.
      deployment: LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
    });
    const graphql = graphqlFunction.fn;
    complaintTable.grantReadWriteData(graphql);
    readsSecret(graphql, secrets.accessCode);
    readsSecret(graphql, secrets.searchIndex);
    grantStartWorkflows(graphql);
    auditDigests.grantVerify(graphql);
    takesTriage(graphql);

    const resumeWorkflowsFunction = new PlatformFunction(this, 'ResumeWorkflows', {
      entry: 'workflow/handlers/resume-workflows.ts',
      exportName: 'handler',
      description: 'Starts the workflow of every open complaint that has none running',
      environment: workflowEnvironment,
      memorySize: 256,
      timeout: Duration.minutes(5),
      // Runs every 15 minutes: a shifting window would not see it run.
      deployment: LambdaDeploymentConfig.ALL_AT_ONCE,
    });
    const resumeWorkflows = resumeWorkflowsFunction.fn;
    complaintTable.grantReadData(resumeWorkflows);
    grantStartWorkflows(resumeWorkflows);
    new events.Rule(this, 'ResumeWorkflowsSchedule', {
      schedule: events.Schedule.rate(Duration.minutes(15)),
      targets: [new targets.LambdaFunction(resumeWorkflowsFunction.alias)],
    });

    const stats = new StatsAggregator(this, 'Stats', { table: complaintTable, environment });
    readsSecret(stats.fn, secrets.searchIndex);
    new EvaluationReports(this, 'EvaluationReports', { table: complaintTable, environment, senderIdentity, configurationSet });

    // Evidence and attachments: the browser uploads and downloads them directly, through URLs the GraphQL function presigns.
    const files = new ComplaintFiles(this, 'Files', { encryptionKey: table.encryptionKey!, allowedOrigins: [...settings.allowedOrigins, site.origin] });
    for (const [name, value] of Object.entries(files.environment)) graphql.addEnvironment(name, value);
    files.grantPresignAndErase(graphql);

    // Bounces and complaints: a hard-bounced or complaining address is not emailed again.
    new DeliveryEvents(this, 'DeliveryEvents', { configurationSet, table: complaintTable, environment });
    // Email to the deployment's address (cdk.json `inbound`), where this region has SES receiving.
    if (settings.inbound !== 'off') {
      const inbound = new InboundEmail(this, 'Inbound', {
        address: settings.inbound.address,
        table: complaintTable,
        encryptionKey: table.encryptionKey!,
        accessLogs: files.accessLogs,
        environment: { ...workflowEnvironment, ...files.environment },
      });
      takesTriage(inbound.fn);
      readsSecret(inbound.fn, secrets.accessCode);
      readsSecret(inbound.fn, secrets.searchIndex);
      // A message can make or join a complaint (its workflow starts) and is kept in the files store.
      grantStartWorkflows(inbound.fn);
      files.grantPresignAndErase(inbound.fn);
    }
    // The web apps call the API from the site's origin: the CORS below allows it.
    const api = new apigw.HttpApi(this, 'Api', {
      description: 'Complaint platform GraphQL API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [...settings.allowedOrigins, site.origin],
        allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
        // apollo-require-preflight satisfies Apollo's CSRF prevention on requests without a JSON body;
        // authorization carries staff ID tokens (the workspace's).
        allowHeaders: ['content-type', 'apollo-require-preflight', 'authorization'],
        maxAge: Duration.hours(1),
      },
    });
    const [route] = api.addRoutes({ path: '/graphql', methods: [apigw.HttpMethod.ANY], integration: new HttpLambdaIntegration('Graphql', graphqlFunction.alias) });
    acknowledge(route, {
      id: 'AwsSolutions-APIG4',
      reason:
        'The GraphQL function authorizes each operation: it verifies staff Cognito ID tokens (aws-jwt-verify) and partner API keys itself, ' +
        'because anonymous complainants must reach the same /graphql route, which an API Gateway authorizer would close to them.',
    });
    // Created here rather than by HttpApi, whose own default stage takes no throttle or access-log settings.
    const stage = new apigw.HttpStage(this, 'ApiDefaultStage', {
      httpApi: api,
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(new logs.LogGroup(this, 'ApiAccessLogs', { retention: logs.RetentionDays.THREE_MONTHS })),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    // Upgrades and recovery: the table's migrations run once the functions that write the new format are deployed; audit exports to S3.
    // After every function's live alias: CodeDeploy's traffic shift ends before a migration starts, so no older version still writes the old format.
    new TableMigrations(this, 'Migrations', { table: complaintTable, environment, after: PlatformFunction.within(this).map((f) => f.alias) });
    new AuditExport(this, 'AuditExport', { table: complaintTable, accessLogs: files.accessLogs });

    new CfnOutput(this, 'GraphqlUrl', { value: `${stage.url}graphql`, description: 'POST GraphQL requests here' });
    site.publish({
      graphqlUrl: `${stage.url}graphql`,
      staffSignIn: { domainUrl: staff.domain.baseUrl(), clientId: staff.client.userPoolClientId, scopes: staff.authConfig.scopes },
    });
    new CfnOutput(this, 'UserPoolId', { value: staff.userPool.userPoolId, description: 'The staff user pool' });
    new CfnOutput(this, 'StaffSignInUrl', { value: staff.domain.baseUrl(), description: "Staff sign-in (Cognito managed login): the workspace's OAuth endpoints are under it" });
    new CfnOutput(this, 'UserPoolClientId', { value: staff.client.userPoolClientId, description: 'The staff workspace app client (OAuth 2.0 public client: authorization code with PKCE)' });
    // Last: it alarms on every function, queue, stream consumer and state machine built above.
    new Monitoring(this, 'Monitoring', { opsEmail: settings.opsEmail, api: { stage, handler: graphqlFunction } });

    this.table = table;
    this.stateMachine = stateMachine;
    this.functions = { graphql, resumeWorkflows, tasks };
    this.outbox = outbox;
    this.staffUserPool = staff.userPool;
    this.staffClient = staff.client;
    this.staffAuthConfig = staff.authConfig;
  }
}
