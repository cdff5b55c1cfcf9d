import * as path from 'node:path';
import { AssetHashType, type Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFunction } from '../bundling';
import { acknowledge } from '../nag';

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

/**
 * A Lambda function bundled from functions/ with esbuild (the local install, never Docker;
 * infra/bundling.ts, as the cold-start bench bundles it), with a role of its own that can write only to its own log group: every other
 * permission is granted to it explicitly. (The default role would carry
 * AWSLambdaBasicExecutionRole, which allows writing to every log group.)
 */
export class PlatformFunction extends Construct {
  readonly fn: lambda.Function;

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
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
    });
    acknowledge(this.fn, {
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x, a supported Lambda runtime, on purpose: the bundles target node22 (docs/PERFORMANCE.md measures them) and the code has ' +
        'never run on Node 24. cdk-nag asks for the newest runtime CDK knows (nodejs24.x): an upgrade to make, and test, on its own.',
    });
  }
}
