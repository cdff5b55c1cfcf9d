import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { RETRY_SCHEDULE_MINUTES } from '../../functions/core/notification-retries';
import { NOTIFICATION_SK_PREFIX, OUTBOX_RETRY_ATTEMPTS, type RetryRequest } from '../../functions/streams/outbox-stream';
import type { ComplaintTable } from './complaint-table';
import { PlatformFunction } from './platform-function';
import { grantSendEmail } from './ses-sending';
import { consumeTableStream } from './stream-consumer';

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
 * (shard and sequence range), and the notification stays FAILED in the table, where a schedule
 * tries it again with growing waits for about a day (core/notification-retries.ts).
 */
export class NotificationOutbox extends Construct {
  readonly fn: lambda.Function;
  readonly failures: sqs.Queue;

  constructor(scope: Construct, id: string, props: NotificationOutboxProps) {
    super(scope, id);
    const { table, configurationSet } = props;
    const handler = new PlatformFunction(this, 'Handler', {
      entry: 'streams/outbox-handler.ts',
      exportName: 'handler',
      description: 'Sends the emails and webhook notices each complaint change queues, from the table stream',
      environment: { ...props.environment, SES_CONFIGURATION_SET: configurationSet.configurationSetName },
      memorySize: 256,
      timeout: Duration.seconds(60),
    });
    this.fn = handler.fn;
    table.grantReadWriteData(this.fn);
    grantSendEmail(this.fn, props.senderIdentity, configurationSet);
    // Only a notification newly written: its own claims and outcomes (updates) do not come back to it.
    this.failures = consumeTableStream(this, handler, table, {
      mapping: "the outbox mapping's",
      retryAttempts: OUTBOX_RETRY_ATTEMPTS,
      filter: {
        eventName: lambda.FilterRule.isEqual('INSERT') as unknown,
        dynamodb: { Keys: { [TABLE_DESIGN.sortKey]: { S: lambda.FilterRule.beginsWith(NOTIFICATION_SK_PREFIX) } } },
      },
    });
    const retry: RetryRequest = { retryUnsettled: true };
    new events.Rule(this, 'RetrySchedule', {
      description: 'Tries again the emails and webhook notices that failed after the stream’s retries',
      schedule: events.Schedule.rate(Duration.minutes(RETRY_SCHEDULE_MINUTES)),
      targets: [new targets.LambdaFunction(handler.alias, { event: events.RuleTargetInput.fromObject(retry) })],
    });
  }
}
