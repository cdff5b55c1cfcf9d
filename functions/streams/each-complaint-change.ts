import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { complaintChangeOf, type ComplaintStreamChange } from '../adapters/dynamodb/stream-records';
import { errorName, type Logger } from '../core/logger';

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

/** What a job logs: how many changes it applied, how many it had applied already (if it says), and a record that failed. */
export interface ChangeJobEvents {
  applied: string;
  skipped?: string;
  failed: string;
}

/**
 * Applies each complaint change of a stream batch in order (other items are ignored); `apply`
 * says false when it had applied that change already. The first record that fails is reported
 * with everything after it, so one complaint's changes are never applied out of order.
 */
export function eachComplaintChange(apply: (change: ComplaintStreamChange) => Promise<boolean>, logger: Logger, events: ChangeJobEvents): StreamHandler {
  return async (event) => {
    let applied = 0;
    let skipped = 0;
    const report = () => {
      if (applied) logger.info(events.applied, { count: applied });
      if (skipped && events.skipped) logger.info(events.skipped, { count: skipped });
    };
    for (const record of event.Records) {
      let complaintId: string | undefined;
      try {
        const change = complaintChangeOf(record);
        if (!change) continue;
        complaintId = change.complaintId;
        if (await apply(change)) applied += 1;
        else skipped += 1;
      } catch (error) {
        logger.error(events.failed, { complaintId, errorName: errorName(error) });
        report();
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    report();
    return { batchItemFailures: [] };
  };
}
