import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import type { PlatformFunction } from './platform-function';

/**
 * Feeds the table's stream to `handler`'s live alias from its oldest record, in batches of 100, reporting
 * partial failures and bisecting failed batches; a record still failing after
 * `retryAttempts` is described (shard and sequence range, not the records) on the returned
 * queue: encrypted, HTTPS only, kept 14 days.
 */
export function consumeTableStream(
  scope: Construct,
  handler: PlatformFunction,
  table: ComplaintTable,
  options: { mapping: string; retryAttempts: number; filter: Record<string, unknown> },
): sqs.Queue {
  const failures = new sqs.Queue(scope, 'Failures', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledge(failures, {
    id: 'AwsSolutions-SQS3',
    reason:
      `This queue is itself the last stop: ${options.mapping} on-failure destination for batches that exhausted their retries. ` +
      'An operator reads it and acts on the shard range; a queue behind it would only move the same message again.',
  });
  handler.alias.addEventSource(
    new DynamoEventSource(table.table, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: options.retryAttempts,
      onFailure: new SqsDlq(failures),
      filters: [lambda.FilterCriteria.filter(options.filter)],
    }),
  );
  acknowledge(handler.fn.role!, {
    id: wildcardResource(scope, '*'),
    reason:
      "dynamodb:ListStreams, which CDK's stream grant adds for the event source mapping: the action has no resource-level permissions. " +
      "Reading the records themselves is granted on this table's stream only.",
  });
  return failures;
}
