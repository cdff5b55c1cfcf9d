import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { keys, TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';
import { consumeTableStream } from './stream-consumer';

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
    const handler = new PlatformFunction(this, 'Handler', {
      entry: 'streams/handler.ts',
      exportName: 'handler',
      description: 'Keeps the complaint statistics and the search index up to date from the table stream',
      environment: props.environment,
      memorySize: 256,
      timeout: Duration.seconds(60),
    });
    this.fn = handler.fn;
    table.grantReadWriteData(this.fn);

    // Only complaint items change the figures and the index; the stats and search items this function writes do not come back to it.
    this.failures = consumeTableStream(this, handler, table, {
      mapping: "the stream mapping's",
      retryAttempts: STATS_RETRY_ATTEMPTS,
      filter: { dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: lambda.FilterRule.isEqual(keys.complaint('').SK) as unknown } } } },
    });
  }
}
