import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { complaintWorkflowDefinition, TASK_STATES, type TaskStateName } from '../functions/workflow/definition';
import type { PlatformSettings } from './config';
import { ComplaintTable } from './constructs/complaint-table';
import { PlatformFunction } from './constructs/platform-function';

export interface ComplaintPlatformStackProps extends StackProps {
  settings: PlatformSettings;
}

const TASK_STATE_NAMES = Object.keys(TASK_STATES) as TaskStateName[];

/** The export of functions/workflow/handlers/task-handlers.ts that serves a Task state: its name in lower camel case. */
export const taskHandlerExport = (state: TaskStateName): string => state.charAt(0).toLowerCase() + state.slice(1);

/** The whole platform in one region: table, workflow, email, GraphQL API. */
export class ComplaintPlatformStack extends Stack {
  readonly table: dynamodb.Table;
  readonly stateMachine: sfn.StateMachine;
  readonly functions: { graphql: NodejsFunction; resumeWorkflows: NodejsFunction; tasks: Record<TaskStateName, NodejsFunction> };

  constructor(scope: Construct, id: string, props: ComplaintPlatformStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const table = new ComplaintTable(this, 'Complaints').table;

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
      TRACKING_URL: settings.trackingUrl,
      ORGANIZATION_ID: settings.organizationId,
      ORGANIZATION_TIME_ZONE: settings.organizationTimeZone,
      WORKING_DAY_CALENDAR: settings.workingDayCalendar,
      JURISDICTIONS: settings.jurisdictions.join(','),
    };

    const tasks = {} as Record<TaskStateName, NodejsFunction>;
    for (const state of TASK_STATE_NAMES) {
      const sendsEmail = state === 'SendNotifications';
      tasks[state] = new PlatformFunction(this, `${state}Task`, {
        entry: 'workflow/handlers/task-handlers.ts',
        exportName: taskHandlerExport(state),
        description: `Complaint workflow: the ${state} task`,
        environment: sendsEmail ? { ...environment, SES_CONFIGURATION_SET: configurationSet.configurationSetName } : environment,
        memorySize: 256,
        timeout: Duration.seconds(30),
      }).fn;
      table.grants.readWriteData(tasks[state]);
    }
    // SESv2 SendEmail authorizes against both the sending identity and the configuration set.
    iam.Grant.addToPrincipal({
      grantee: tasks.SendNotifications,
      actions: ['ses:SendEmail'],
      resourceArns: [
        senderIdentity.emailIdentityArn,
        this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet.configurationSetName }),
      ],
    });

    const stateMachine = new sfn.StateMachine(this, 'ComplaintWorkflow', {
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(JSON.stringify(complaintWorkflowDefinition)),
      definitionSubstitutions: Object.fromEntries(TASK_STATE_NAMES.map((state) => [TASK_STATES[state], tasks[state].functionArn])),
      // Errors only and no execution data: inputs and outputs stay out of the logs.
      logs: {
        destination: new logs.LogGroup(this, 'ComplaintWorkflowLogs', { retention: logs.RetentionDays.THREE_MONTHS }),
        level: sfn.LogLevel.ERROR,
        includeExecutionData: false,
      },
    });
    for (const state of TASK_STATE_NAMES) tasks[state].grantInvoke(stateMachine);

    const workflowEnvironment = { ...environment, STATE_MACHINE_ARN: stateMachine.stateMachineArn };
    const grantStartWorkflows = (fn: NodejsFunction) => {
      stateMachine.grants.startExecution(fn);
      // Asked when a start finds an execution of the same name, to learn whether it still runs.
      stateMachine.grants.execution(fn, 'states:DescribeExecution');
    };

    const graphql = new PlatformFunction(this, 'Graphql', {
      entry: 'graphql/handler.ts',
      exportName: 'handler',
      description: 'The GraphQL API',
      environment: workflowEnvironment,
      memorySize: 512,
      timeout: Duration.seconds(10),
    }).fn;
    table.grants.readWriteData(graphql);
    grantStartWorkflows(graphql);

    const resumeWorkflows = new PlatformFunction(this, 'ResumeWorkflows', {
      entry: 'workflow/handlers/resume-workflows.ts',
      exportName: 'handler',
      description: 'Starts the workflow of every open complaint that has none running',
      environment: workflowEnvironment,
      memorySize: 256,
      timeout: Duration.minutes(5),
    }).fn;
    table.grants.readData(resumeWorkflows);
    grantStartWorkflows(resumeWorkflows);
    new events.Rule(this, 'ResumeWorkflowsSchedule', {
      schedule: events.Schedule.rate(Duration.minutes(15)),
      targets: [new targets.LambdaFunction(resumeWorkflows)],
    });

    const api = new apigw.HttpApi(this, 'Api', {
      description: 'Complaint platform GraphQL API',
      createDefaultStage: false,
      corsPreflight: settings.allowedOrigins.length
        ? {
            allowOrigins: settings.allowedOrigins,
            allowMethods: [apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.OPTIONS],
            // apollo-require-preflight satisfies Apollo's CSRF prevention on requests without a JSON body.
            allowHeaders: ['content-type', 'apollo-require-preflight'],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    api.addRoutes({ path: '/graphql', methods: [apigw.HttpMethod.ANY], integration: new HttpLambdaIntegration('Graphql', graphql) });
    // Created here rather than by HttpApi, whose own default stage takes no throttle settings.
    const stage = new apigw.HttpStage(this, 'ApiDefaultStage', { httpApi: api, autoDeploy: true, throttle: { rateLimit: 50, burstLimit: 100 } });

    new CfnOutput(this, 'GraphqlUrl', { value: `${stage.url}graphql`, description: 'POST GraphQL requests here' });

    this.table = table;
    this.stateMachine = stateMachine;
    this.functions = { graphql, resumeWorkflows, tasks };
  }
}
