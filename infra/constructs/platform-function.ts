import * as path from 'node:path';
import { AssetHashType, Stack, type Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/core/metric-names';
import { bundleFunction } from '../bundling';
import { acknowledge, wildcardResource } from '../nag';

const REPO_ROOT = path.join(__dirname, '..', '..');

export interface PlatformFunctionProps {
  /** The handler's source file, relative to functions/. */
  entry: string;
  /** The name the handler is exported under in that file. */
  exportName: string;
  description: string;
  environment: Record<string, string>;
  memorySize: number;
  timeout: Duration;
  /**
   * How CodeDeploy moves the `live` alias to a new version. Default: 10% more each minute
   * (event-driven functions: events keep arriving through the ten minutes, and a failed one is
   * retried, often on the old version). The API takes a canary; scheduled functions, which
   * a shifting window would not see run, shift at once.
   */
  deployment?: codedeploy.ILambdaDeploymentConfig;
}

/** The alias everything invokes: CodeDeploy moves it to each deployment's new version. */
export const LIVE_ALIAS = 'live';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;

/**
 * What every function's Powertools reads (functions/adapters/observability/). The log level and
 * the share of invocations logged at DEBUG come from the CDK context (`-c logLevel=DEBUG`,
 * `-c debugLogSampleRate=0.1`): INFO and 1% unless a deployment says otherwise.
 */
export function powertoolsEnvironment(scope: Construct): Record<string, string> {
  const logLevel = String(scope.node.tryGetContext('logLevel') ?? 'INFO').toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new Error(`The context value logLevel must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}".`);
  const sampleRate = Number(scope.node.tryGetContext('debugLogSampleRate') ?? 0.01);
  if (!(sampleRate >= 0 && sampleRate <= 1)) throw new Error('The context value debugLogSampleRate must be a number from 0 to 1.');
  return {
    POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
    POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
    POWERTOOLS_LOGGER_SAMPLE_RATE: String(sampleRate),
    POWERTOOLS_TRACE_ENABLED: 'true',
    LOG_LEVEL: logLevel,
  };
}

/**
 * A Lambda function bundled from functions/ with esbuild (the local install, never Docker;
 * infra/bundling.ts, as the cold-start bench bundles it), with a role of its own that can write only to its own log group: every other
 * permission is granted to it explicitly. (The default role would carry
 * AWSLambdaBasicExecutionRole, which allows writing to every log group.) Traced with X-Ray
 * (active tracing) and set up for Powertools: JSON logs, EMF metrics, the Tracer.
 */
export class PlatformFunction extends Construct {
  /** Every PlatformFunction of the scope and below it (Monitoring gives each its alarms). */
  static within(scope: Construct): PlatformFunction[] {
    return scope.node.findAll().filter((c): c is PlatformFunction => c instanceof PlatformFunction);
  }

  readonly fn: lambda.Function;
  /** Invoke this, never `fn` ($LATEST): the version CodeDeploy has shifted traffic to. */
  readonly alias: lambda.Alias;
  readonly deploymentGroup: codedeploy.LambdaDeploymentGroup;
  private readonly deploymentRole: iam.Role;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS });
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grants.write(role);

    const entry = path.join('functions', props.entry);
    this.fn = new lambda.Function(this, 'Function', {
      // index.js and the packages bundled apart from it (node_modules/): more than one file, which NodejsFunction does not build.
      code: lambda.Code.fromAsset(REPO_ROOT, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          image: lambda.Runtime.NODEJS_22_X.bundlingImage,
          // Never run: the local bundling below does the work or throws. It names the entry, which tells CDK's asset cache the functions apart.
          command: ['bundle', entry],
          local: {
            tryBundle: (outputDir) => {
              bundleFunction(entry, outputDir);
              return true;
            },
          },
        },
      }),
      handler: `index.${props.exportName}`,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      description: props.description,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup,
      // Stack traces point at the TypeScript sources through the bundled source maps.
      environment: { ...props.environment, ...powertoolsEnvironment(this), NODE_OPTIONS: '--enable-source-maps' },
      tracing: lambda.Tracing.ACTIVE,
    });
    acknowledge(role, {
      id: wildcardResource(this, '*'),
      reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords for active tracing (CDK adds them): X-Ray has no resource-level permissions.',
    });
    acknowledge(this.fn, {
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x, a supported Lambda runtime, on purpose: the bundles target node22 (docs/PERFORMANCE.md measures them) and the code has ' +
        'never run on Node 24. cdk-nag asks for the newest runtime CDK knows (nodejs24.x): an upgrade to make, and test, on its own.',
    });

    // A version is published whenever the function's code or configuration changes; CodeDeploy shifts the alias to it.
    this.alias = new lambda.Alias(this, 'Live', { aliasName: LIVE_ALIAS, version: this.fn.currentVersion });
    // CodeDeploy's own managed policy allows UpdateAlias and DescribeAlarms on "*": this role may move
    // this alias only and read this function's rollback alarms only (addRollbackAlarm).
    this.deploymentRole = new iam.Role(this, 'DeploymentRole', { assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com') });
    this.deploymentRole.addToPolicy(
      new iam.PolicyStatement({
        actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
        resources: [this.fn.functionArn, this.alias.functionArn],
      }),
    );
    this.deploymentGroup = new codedeploy.LambdaDeploymentGroup(this, 'Deployment', {
      application: deploymentApplication(this),
      alias: this.alias,
      deploymentConfig: props.deployment ?? codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE,
      // Immutable: the group would otherwise attach the managed policy to it.
      role: this.deploymentRole.withoutPolicyUpdates(),
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
  }

  /** An alarm that, while a deployment shifts traffic, stops it and moves the alias back. */
  addRollbackAlarm(alarm: cloudwatch.IAlarm): void {
    this.deploymentGroup.addAlarm(alarm);
    this.deploymentRole.addToPolicy(new iam.PolicyStatement({ actions: ['cloudwatch:DescribeAlarms'], resources: [alarm.alarmArn] }));
  }
}

/** The stack's one CodeDeploy application, which every function's deployment group belongs to. */
function deploymentApplication(scope: Construct): codedeploy.LambdaApplication {
  const stack = Stack.of(scope);
  const existing = stack.node.tryFindChild('FunctionDeployments');
  return existing instanceof codedeploy.LambdaApplication ? existing : new codedeploy.LambdaApplication(stack, 'FunctionDeployments');
}
