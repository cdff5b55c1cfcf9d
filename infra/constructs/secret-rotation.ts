import { Duration } from 'aws-cdk-lib';
import { LambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ROTATION_INTERVAL_DAYS } from '../../functions/core/secrets/keyring';
import { acknowledge, wildcardResource } from '../nag';
import { PlatformFunction } from './platform-function';

/**
 * Rotates a keyring secret (functions/core/secrets/keyring.ts) every {@link ROTATION_INTERVAL_DAYS}
 * days with a function of our own: the next key becomes current, the current one is kept
 * for verification, a new next key is published. An operator rotates at once with
 * `aws secretsmanager rotate-secret --secret-id <arn>`.
 */
export class SecretRotation extends Construct {
  readonly fn: lambda.Function;

  constructor(scope: Construct, id: string, props: { secret: secretsmanager.Secret }) {
    super(scope, id);
    const rotator = new PlatformFunction(this, 'Rotator', {
      entry: 'secrets-rotation/handler.ts',
      exportName: 'handler',
      description: 'Rotates the access-code secret: a new next key, the old key kept for verification',
      environment: {},
      memorySize: 256,
      timeout: Duration.seconds(30),
      // Run every 90 days or by hand: a shifting window would not see it run.
      deployment: LambdaDeploymentConfig.ALL_AT_ONCE,
    });
    this.fn = rotator.fn;
    // Secrets Manager invokes the live alias, like every other invoker.
    props.secret.addRotationSchedule('Rotation', { rotationLambda: rotator.alias, automaticallyAfter: Duration.days(ROTATION_INTERVAL_DAYS) });
    acknowledge(this.fn.role!, {
      id: wildcardResource(this, '*'),
      reason:
        "secretsmanager:GetRandomPassword, which CDK's rotation schedule grants every rotation function, has no resource-level permissions " +
        '(the function makes its keys with node:crypto and never calls it). Its other rights name this one secret.',
    });
  }
}
