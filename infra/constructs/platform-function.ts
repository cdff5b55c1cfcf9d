import * as path from 'node:path';
import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../functions/core/metric-names';
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
}

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
 * A Lambda function bundled from functions/ with esbuild (the local install, never
 * Docker), with a role of its own that can write only to its own log group: every other
 * permission is granted to it explicitly. (The default role would carry
 * AWSLambdaBasicExecutionRole, which allows writing to every log group.) Traced with X-Ray
 * (active tracing) and set up for Powertools: JSON logs, EMF metrics, the Tracer.
 */
export class PlatformFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS });
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grants.write(role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, 'functions', props.entry),
      handler: props.exportName,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
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
      bundling: {
        minify: true,
        sourceMap: true,
        target: 'node22',
        // Ship the SDK versions package-lock.json pins (the ones the tests ran), not the runtime's.
        bundleAwsSDK: true,
      },
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
  }
}
