import { TransactionCanceledException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbStatsStore } from '../../../functions/adapters/dynamodb/stats-store';
import { complaintFacts } from '../../../functions/core/analytics/facts';
import { complaintOn } from '../analytics/fixtures';

/** A client whose first transaction is cancelled with `reasons`; everything else succeeds. */
function clientCancellingOnce(reasons: string[]) {
  const sent: string[] = [];
  let cancelled = false;
  const client = {
    send: async (command: { constructor: { name: string } }) => {
      const name = command.constructor.name;
      sent.push(name);
      if (name === 'TransactWriteItemsCommand' && !cancelled) {
        cancelled = true;
        throw new TransactionCanceledException({ message: 'cancelled', $metadata: {}, CancellationReasons: reasons.map((Code) => ({ Code })) });
      }
      return {};
    },
  } as unknown as DynamoDBClient;
  return { client, sent };
}

describe('applying a complaint while other complaints add to the same cells', () => {
  const c = complaintOn('2026-11-30');

  it("tries again when another complaint's transaction held a shared cell, though its own marker was free", async () => {
    const { client, sent } = clientCancellingOnce(['None', 'TransactionConflict', 'None']);

    expect(await new DynamoDbStatsStore(client, 'complaints').apply(c.id, c.version, complaintFacts(c))).toBe(true);
    expect(sent.filter((name) => name === 'TransactWriteItemsCommand')).toHaveLength(2);
  });

  it('fails the record on anything else, so the stream retries it', async () => {
    const { client } = clientCancellingOnce(['None', 'ValidationError']);

    await expect(new DynamoDbStatsStore(client, 'complaints').apply(c.id, c.version, complaintFacts(c))).rejects.toBeInstanceOf(TransactionCanceledException);
  });
});
