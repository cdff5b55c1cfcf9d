import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as ses from 'aws-cdk-lib/aws-ses';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { NOTIFICATION_SK_PREFIX, OUTBOX_RETRY_ATTEMPTS } from '../../functions/streams/outbox-stream';
import { acknowledge, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface NotificationOutboxProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
  senderIdentity: ses.EmailIdentity;
  configurationSet: ses.ConfigurationSet;
}

/**
 * Sends every email and webhook notice a change queues: the table's stream, filtered down
 * to newly written notification items, feeds the outbox function (functions/streams/outbox-stream.ts)
 * through a mapping of its own, so a failing send holds up neither the statistics nor the
 * search index. A record still failing after its retries is described on the failure queue
 * (shard and sequence range), and the notification stays FAILED in the table.
 */
export class NotificationOutbox extends Construct {
  readonly fn: NodejsFunction;
  readonly failures: sqs.Queue;

  constructor(scope: Construct, id: string, props: NotificationOutboxProps) {
    super(scope, id);
    const { table, configurationSet } = props;
    this.fn = new PlatformFunction(this, 'Handler', {
      entry: 'streams/outbox-handler.ts',
      exportName: 'handler',
      description: 'Sends the emails and webhook notices each complaint change queues, from the table stream',
      environment: { ...props.environment, SES_CONFIGURATION_SET: configurationSet.configurationSetName },
      memorySize: 256,
      timeout: Duration.seconds(60),
    }).fn;
    table.grantReadWriteData(this.fn);
    // SESv2 SendEmail authorizes against both the sending identity and the configuration set.
    iam.Grant.addToPrincipal({
      grantee: this.fn,
      actions: ['ses:SendEmail'],
      resourceArns: [
        props.senderIdentity.emailIdentityArn,
        Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet.configurationSetName }),
      ],
    });

    this.failures = new sqs.Queue(this, 'Failures', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.failures, {
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the last stop: the outbox mapping's on-failure destination for records that exhausted their retries. " +
        'An operator reads it, mends the cause and resends (docs/OPERATIONS.md); a queue behind it would only move the same message again.',
    });

    this.fn.addEventSource(
      new DynamoEventSource(table.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: OUTBOX_RETRY_ATTEMPTS,
        onFailure: new SqsDlq(this.failures),
        // Only a notification newly written: its own claims and outcomes (updates) do not come back to it.
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT') as unknown,
            dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: lambda.FilterRule.beginsWith(NOTIFICATION_SK_PREFIX) } } },
          }),
        ],
      }),
    );
    acknowledge(this.fn.role!, {
      id: wildcardResource(this, '*'),
      reason:
        "dynamodb:ListStreams, which CDK's stream grant adds for the event source mapping: the action has no resource-level permissions. " +
        "Reading the records themselves is granted on this table's stream only.",
    });
  }
}
