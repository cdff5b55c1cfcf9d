import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { keys, TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { acknowledge, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';

export interface StatsAggregatorProps {
  table: ComplaintTable;
  /** The configuration every handler reads at start. */
  environment: Record<string, string>;
}

/** Stream attempts before a batch goes to the failure queue; each failing record has been bisected down to by then. */
export const STATS_RETRY_ATTEMPTS = 10;

/**
 * Keeps the aggregate cells and the search index up to date: the table's stream, filtered
 * down to complaint items, feeds the stream function (functions/streams/complaint-stream.ts). A batch that still fails after its retries is
 * described on an encrypted queue (the mapping sends the shard and sequence range, not
 * the records), so no change is dropped unseen.
 */
export class StatsAggregator extends Construct {
  readonly fn: lambda.Function;
  readonly failures: sqs.Queue;

  constructor(scope: Construct, id: string, props: StatsAggregatorProps) {
    super(scope, id);
    const { table } = props;
    this.fn = new PlatformFunction(this, 'Handler', {
      entry: 'streams/handler.ts',
      exportName: 'handler',
      description: 'Keeps the complaint statistics and the search index up to date from the table stream',
      environment: props.environment,
      memorySize: 256,
      timeout: Duration.seconds(60),
    }).fn;
    table.grantReadWriteData(this.fn);

    this.failures = new sqs.Queue(this, 'Failures', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.failures, {
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the last stop: the stream mapping's on-failure destination for batches that exhausted their retries. " +
        'An operator reads it and replays the shard range; a queue behind it would only move the same message again.',
    });

    this.fn.addEventSource(
      new DynamoEventSource(table.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: STATS_RETRY_ATTEMPTS,
        onFailure: new SqsDlq(this.failures),
        // Only complaint items change the figures and the index; the stats and search items this function writes do not come back to it.
        filters: [lambda.FilterCriteria.filter({ dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: lambda.FilterRule.isEqual(keys.complaint('').SK) as unknown } } } })],
      }),
    );
    acknowledge(this.fn.role!, {
      id: wildcardResource(this, '*'),
      reason:
        "dynamodb:ListStreams, which CDK's stream grant adds for the event source mapping: the action has no resource-level permissions. " +
        'Reading the records themselves is granted on this table\'s stream only.',
    });
  }
}
