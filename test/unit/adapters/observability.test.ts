import type { Context } from 'aws-lambda';
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';
import { CORRELATION_HEADER, correlationIdOf, currentCorrelationId, safeCorrelationId, withCorrelationId } from '../../../functions/adapters/observability/correlation';
import { platformLogger } from '../../../functions/adapters/observability/logger';
import { powertoolsCounter } from '../../../functions/adapters/observability/metrics';
import type { LogFields } from '../../../functions/core/logger';
import { METRIC, METRICS_NAMESPACE, SERVICE_NAME } from '../../../functions/core/metric-names';

/** Every line written to stdout and stderr (warnings and errors) while `run` runs, parsed. */
async function printed(run: () => unknown): Promise<Array<Record<string, unknown>>> {
  const chunks: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }),
  );
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const CONTEXT = {
  functionName: 'complaint-graphql',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-2:000000000000:function:complaint-graphql',
  memoryLimitInMB: '512',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
} as Context;

const ID = '3f2b9c1e-8d4a-4b6f-9e2d-1a2b3c4d5e6f';

describe('the Powertools logger behind the domain port', () => {
  const newLogger = () => new PowertoolsLogger({ serviceName: SERVICE_NAME, logLevel: 'INFO' });

  it('writes one JSON object per event: level, the event as message, service, timestamp and the allowed fields', async () => {
    const [line] = await printed(() => platformLogger(newLogger()).info('notification.sent', { complaintId: 'c-1', code: 'ACKNOWLEDGEMENT', messageId: 'ses-1' }));
    expect(line).toMatchObject({ level: 'INFO', message: 'notification.sent', service: SERVICE_NAME, complaintId: 'c-1', code: 'ACKNOWLEDGEMENT', messageId: 'ses-1' });
    expect(new Date(line.timestamp as string).getTime()).not.toBeNaN();
  });

  it('drops every field that is not on the allow-list, whatever a caller slips in', async () => {
    const slipped = { complaintId: 'c-1', email: 'zhang.san@example.org', name: '张三', facts: 'text' } as LogFields;
    const [line] = await printed(() => platformLogger(newLogger()).warn('intake.something', slipped));
    expect(Object.keys(line)).not.toEqual(expect.arrayContaining(['email']));
    expect(JSON.stringify(line)).not.toMatch(/zhang|张三|text/);
    expect(line.complaintId).toBe('c-1');
  });

  it('adds the correlation id of the request being served, and none outside one', async () => {
    const logger = platformLogger(newLogger());
    const [inside, outside] = await printed(async () => {
      await withCorrelationId(ID, async () => {
        await Promise.resolve();
        logger.error('workflow.step', { complaintId: 'c-1' });
      });
      logger.error('workflow.step', { complaintId: 'c-2' });
    });
    expect(inside).toMatchObject({ level: 'ERROR', correlationId: ID });
    expect(outside).not.toHaveProperty('correlationId');
  });

  it('carries the Lambda context once given: cold start, function name and request id', async () => {
    const powertools = newLogger();
    powertools.addContext(CONTEXT);
    const [line] = await printed(() => platformLogger(powertools).info('workflow.resumed', { count: 2 }));
    expect(line).toMatchObject({ cold_start: expect.any(Boolean), function_name: 'complaint-graphql', function_request_id: CONTEXT.awsRequestId, function_memory_size: '512', count: 2 });
  });
});

describe('correlation ids', () => {
  it("takes the caller's x-correlation-id when it is a UUID, whatever its case, and makes a new one otherwise", () => {
    expect(correlationIdOf({ 'X-Correlation-Id': ID.toUpperCase() })).toBe(ID);
    const made = correlationIdOf({ [CORRELATION_HEADER]: 'zhang.san@example.org' });
    expect(made).not.toContain('zhang');
    expect(safeCorrelationId(made)).toBe(made);
    expect(correlationIdOf(undefined)).not.toBe(made);
  });

  it('keeps requests served at once apart', async () => {
    const seen = await Promise.all(
      ['a', 'b'].map((n) => withCorrelationId(`${n.repeat(8)}-0000-4000-8000-000000000000`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return currentCorrelationId();
      })),
    );
    expect(seen).toEqual(['aaaaaaaa-0000-4000-8000-000000000000', 'bbbbbbbb-0000-4000-8000-000000000000']);
  });
});

describe('metrics as CloudWatch embedded metric format', () => {
  const newMetrics = () => new PowertoolsMetrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
  type Emf = { _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: string }> }> } } & Record<string, unknown>;

  it('stores counts without dimensions until the invocation publishes them, in one document', async () => {
    const powertools = newMetrics();
    const metrics = powertoolsCounter(powertools);
    const before = await printed(() => {
      metrics.count(METRIC.EmailsSent);
      metrics.count(METRIC.EmailsSent);
      metrics.count(METRIC.ComplaintsAccepted);
    });
    expect(before).toEqual([]);
    const [emf] = (await printed(() => powertools.publishStoredMetrics())) as Emf[];
    expect(emf._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Dimensions: [['service']] });
    expect(emf._aws.CloudWatchMetrics[0].Metrics).toEqual(
      expect.arrayContaining([
        { Name: 'EmailsSent', Unit: 'Count' },
        { Name: 'ComplaintsAccepted', Unit: 'Count' },
      ]),
    );
    // One value per count: CloudWatch sums them.
    expect(emf).toMatchObject({ service: SERVICE_NAME, EmailsSent: [1, 1], ComplaintsAccepted: 1 });
  });

  it('publishes a count with a dimension at once split by it, and keeps the total for the invocation\'s document', async () => {
    const powertools = newMetrics();
    const [split] = (await printed(() => powertoolsCounter(powertools).count(METRIC.ClocksBreached, { Source: 'UK_FCA' }))) as Emf[];
    expect(split._aws.CloudWatchMetrics).toEqual([{ Namespace: METRICS_NAMESPACE, Dimensions: [['service', 'Source']], Metrics: [{ Name: 'ClocksBreached', Unit: 'Count' }] }]);
    expect(split).toMatchObject({ service: SERVICE_NAME, Source: 'UK_FCA', ClocksBreached: 1 });
    const [total] = (await printed(() => powertools.publishStoredMetrics())) as Emf[];
    expect(total._aws.CloudWatchMetrics).toEqual([{ Namespace: METRICS_NAMESPACE, Dimensions: [['service']], Metrics: [{ Name: 'ClocksBreached', Unit: 'Count' }] }]);
    expect(total).not.toHaveProperty('Source');
  });
});
