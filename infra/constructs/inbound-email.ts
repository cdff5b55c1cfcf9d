import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sesActions from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';
import { INBOUND_OBJECT_PREFIX } from '../../functions/inbound/ses-receipt';
import { acknowledge, wildcardResource } from '../nag';
import { privateEncryptedBucket } from './complaint-files';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface InboundEmailProps {
  /** The address complainants write to; the rule takes every address at its domain (reply addresses included), so give it a domain of its own. */
  address: string;
  table: ComplaintTable;
  /** The stack's key (the complaint table's): received messages are personal data like the table's items. */
  encryptionKey: kms.IKey;
  /** Where the bucket's server access logs go (the files bucket's log bucket). */
  accessLogs: s3.IBucket;
  /** The functions' shared environment. */
  environment: Record<string, string>;
}

/** How long a received message stays in the inbound bucket: the intake keeps its own copy of every message in the files store. */
export const INBOUND_OBJECT_DAYS = 30;

/**
 * SES receiving: a receipt rule set whose rule, for the inbound address's domain, scans each
 * message (spam, virus, SPF, DKIM, DMARC), writes it to an encrypted bucket, then invokes the
 * inbound function with the envelope and verdicts (functions/inbound/handler.ts).
 *
 * The rule set is not activated here: one rule set only is active per account and region, and
 * activating this one would switch off any other. An administrator activates it once (see the
 * RuleSetActivation output, README "Deploying").
 */
export class InboundEmail extends Construct {
  readonly bucket: s3.Bucket;
  readonly fn: LambdaFunction;
  readonly ruleSet: ses.ReceiptRuleSet;

  constructor(scope: Construct, id: string, props: InboundEmailProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const domain = props.address.slice(props.address.lastIndexOf('@') + 1).toLowerCase();
    const ruleSetName = `${stack.stackName}-inbound`;
    const ruleName = 'complaint-address';

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateEncryptedBucket(props.encryptionKey),
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'inbound/',
      lifecycleRules: [{ expiration: Duration.days(INBOUND_OBJECT_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // SES writes as itself: only for this account, and only through this rule.
    const ruleArn = stack.formatArn({ service: 'ses', resource: 'receipt-rule-set', resourceName: `${ruleSetName}:receipt-rule/${ruleName}` });
    const fromThisRule = { StringEquals: { 'aws:SourceAccount': stack.account }, ArnLike: { 'aws:SourceArn': ruleArn } };
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${INBOUND_OBJECT_PREFIX}*`)],
        conditions: fromThisRule,
      }),
    );
    // The bucket's default encryption asks the key for a data key on SES's behalf. Only the
    // account is a condition: S3 makes that request, and whether it passes SES's rule ARN on is not documented.
    props.encryptionKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: fromThisRule.StringEquals },
      }),
    );

    const receiver = new PlatformFunction(this, 'Receiver', {
      entry: 'inbound/handler.ts',
      exportName: 'handler',
      description: 'Takes in each email SES receives at the inbound address',
      environment: { ...props.environment, INBOUND_ADDRESS: props.address, INBOUND_BUCKET: this.bucket.bucketName },
      // Parses messages of up to 10 MB (and their attachments) in memory.
      memorySize: 1024,
      timeout: Duration.minutes(1),
    });
    this.fn = receiver.fn;
    iam.Grant.addToPrincipal({ grantee: this.fn, actions: ['s3:GetObject'], resourceArns: [this.bucket.arnForObjects(`${INBOUND_OBJECT_PREFIX}*`)] });
    props.encryptionKey.grant(this.fn, 'kms:Decrypt');
    acknowledge(this.fn.role!, {
      id: wildcardResource(this, this.bucket.arnForObjects(`${INBOUND_OBJECT_PREFIX}*`)),
      reason: "One object per received message, keyed by SES's message id, which is known only when the message arrives.",
    });
    props.table.grantReadWriteData(this.fn);

    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet', { receiptRuleSetName: ruleSetName });
    const rule = this.ruleSet.addRule('Address', {
      receiptRuleName: ruleName,
      recipients: [domain],
      // Spam and virus verdicts, with SPF, DKIM and DMARC, reach the function; nothing is dropped on them.
      scanEnabled: true,
      actions: [
        { bind: () => ({ s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: INBOUND_OBJECT_PREFIX } }) },
        // Asynchronous: SES does not wait, and Lambda retries a failed run.
        new sesActions.Lambda({ function: receiver.alias, invocationType: sesActions.LambdaInvocationType.EVENT }),
      ],
    });
    rule.node.addDependency(this.bucket.policy!);
    rule.node.addDependency(props.encryptionKey);

    new CfnOutput(this, 'RuleSetActivation', {
      value: `aws ses set-active-receipt-rule-set --region ${stack.region} --rule-set-name ${ruleSetName}`,
      description: `Run once, as an administrator, to receive mail at ${props.address}: it replaces the region's active receipt rule set`,
    });
  }
}
