import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { LambdaDeploymentConfig } from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { keys } from '../../functions/adapters/dynamodb/table-design';
import { acknowledge, wildcardAction, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface AuditDigestsProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
  /** How long each digest is locked (Object Lock, compliance mode). */
  retentionDays: number;
}

/** Daily at 00:30 UTC: the day before has ended, and a transaction still in flight at midnight has landed. */
export const DIGEST_SCHEDULE = 'cron(30 0 * * ? *)';
export const DIGEST_RETRY_ATTEMPTS = 3;
/** Where in the bucket the digests are (s3/s3-digest-archive.ts). */
const DIGEST_OBJECTS = 'digests/*';

/**
 * The signed daily audit digests: an asymmetric KMS key that signs them, an S3 bucket with
 * Object Lock in compliance mode that keeps them beyond the reach of any role (the
 * application's included) until their retention ends, the function that writes them and
 * its daily schedule.
 */
export class AuditDigests extends Construct {
  readonly fn: LambdaFunction;
  readonly key: kms.Key;
  readonly bucket: s3.Bucket;
  /** What a function that verifies histories needs in its environment. */
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: AuditDigestsProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'SigningKey', {
      description: 'Signs the daily audit digests of complaint histories',
      keySpec: kms.KeySpec.ECC_NIST_P256,
      keyUsage: kms.KeyUsage.SIGN_VERIFY,
      // Old digests are verified with this key's public half for as long as they are kept.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new s3.Bucket(this, 'Archive', {
      objectLockEnabled: true,
      objectLockDefaultRetention: s3.ObjectLockRetention.compliance(Duration.days(props.retentionDays)),
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // A digest's key is written once: a put that could overwrite it (adding a newer version on top) is refused.
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects('*')],
        conditions: { Null: { 's3:if-none-match': 'true' } },
      }),
    );
    acknowledge(this.bucket, {
      id: 'AwsSolutions-S1',
      reason:
        'Each object is a signed digest written once by one function and locked in compliance mode: it cannot be changed or deleted, ' +
        'and a changed copy would fail its signature. Access logs would record nothing that verification does not already establish.',
    });
    this.environment = { AUDIT_DIGEST_BUCKET: this.bucket.bucketName, AUDIT_DIGEST_KEY_ID: this.key.keyArn };

    const writer = new PlatformFunction(this, 'Writer', {
      entry: 'audit/handler.ts',
      exportName: 'handler',
      description: 'Signs and stores the daily audit digests',
      environment: { ...props.environment, ...this.environment },
      memorySize: 256,
      timeout: Duration.minutes(5),
      // Runs once a day: a shifting window would not see it run.
      deployment: LambdaDeploymentConfig.ALL_AT_ONCE,
    });
    this.fn = writer.fn;
    const role = this.fn.role!;

    // Sign and read the public key, nothing else: in the key policy itself, so no identity policy can widen it.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({ principals: [new iam.ArnPrincipal(role.roleArn)], actions: ['kms:Sign', 'kms:GetPublicKey'], resources: ['*'] }),
    );
    // Put (once, If-None-Match) and get; never delete, list or change a retention.
    iam.Grant.addToPrincipal({ grantee: this.fn, actions: ['s3:PutObject', 's3:GetObject'], resourceArns: [this.bucket.arnForObjects(DIGEST_OBJECTS)] });
    acknowledge(role, {
      id: wildcardResource(this, this.bucket.arnForObjects(DIGEST_OBJECTS)),
      reason: 'One object per organization and day under digests/: their names are not known in advance.',
    });

    // Reads the day's heads and the organization's latest digest; writes only that pointer, in the organization's partition.
    props.table.grantReadData(this.fn);
    iam.Grant.addToPrincipal({
      grantee: this.fn,
      actions: ['dynamodb:PutItem'],
      resourceArns: [props.table.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [keys.auditDigest('*').PK] } },
    });
    props.table.table.encryptionKey!.grantEncrypt(this.fn);
    acknowledge(role, ...['kms:ReEncrypt*', 'kms:GenerateDataKey*'].map((action) => ({
      id: wildcardAction(action),
      reason: "CDK's encrypt grant on the table's own key, which DynamoDB uses on the caller's behalf when it writes the digest pointer: one key, one action family.",
    })));

    const invoker = new iam.Role(this, 'ScheduleRole', { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
    new scheduler.Schedule(this, 'Schedule', {
      description: 'Signs the audit digests of the day that ended',
      schedule: scheduler.ScheduleExpression.expression(DIGEST_SCHEDULE),
      timeWindow: scheduler.TimeWindow.off(),
      target: new schedulerTargets.LambdaInvoke(writer.alias, { role: invoker, retryAttempts: DIGEST_RETRY_ATTEMPTS, maxEventAge: Duration.hours(6) }),
    });

    new CfnOutput(Stack.of(this), 'AuditDigestBucket', { value: this.bucket.bucketName, description: 'The object-locked signed audit digests (npm run verify-audit: AUDIT_DIGEST_BUCKET)' });
    new CfnOutput(Stack.of(this), 'AuditDigestKey', { value: this.key.keyArn, description: 'The key that signs them (npm run verify-audit: AUDIT_DIGEST_KEY_ID)' });
  }

  /** For a function that verifies histories: read digests and the public key. */
  grantVerify(fn: LambdaFunction): void {
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:GetObject'], resourceArns: [this.bucket.arnForObjects(DIGEST_OBJECTS)] });
    acknowledge(fn.role!, {
      id: wildcardResource(this, this.bucket.arnForObjects(DIGEST_OBJECTS)),
      reason: 'Reads the digests of the days a complaint changed on: one object per organization and day, named by day.',
    });
    this.key.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ArnPrincipal(fn.role!.roleArn)], actions: ['kms:GetPublicKey'], resources: ['*'] }));
  }
}
