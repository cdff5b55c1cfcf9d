import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { answerDeployment, isDeploymentEvent } from '../../../functions/migrations/deployment-event';

/** What CloudFormation's presigned response URL receives. */
let server: Server;
let received: Array<{ method?: string; contentType?: string; body: Record<string, unknown> }> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ method: req.method, contentType: req.headers['content-type'], body: JSON.parse(body) });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (received = []));

const event = (RequestType: 'Create' | 'Update' | 'Delete'): CloudFormationCustomResourceEvent =>
  ({
    RequestType,
    ResponseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/response?signature=x`,
    StackId: 'arn:aws:cloudformation:eu-west-2:111122223333:stack/ComplaintPlatform-eu-west-2/1',
    RequestId: 'request-1',
    LogicalResourceId: 'MigrationsOnDeploy',
    ResourceType: 'Custom::TableMigrations',
    ServiceToken: 'arn:aws:lambda:eu-west-2:111122223333:function:runner',
    ResourceProperties: { ServiceToken: 'x', Migrations: ['0001-name-item-formats'] },
    ...(RequestType === 'Create' ? {} : { PhysicalResourceId: 'MigrationsOnDeploy-migrations', OldResourceProperties: {} }),
  }) as CloudFormationCustomResourceEvent;

describe('the migration function as the deployment runs it', () => {
  it('tells a deployment event from a scheduled run', () => {
    expect(isDeploymentEvent(event('Create'))).toBe(true);
    expect(isDeploymentEvent({})).toBe(false);
  });

  it('runs the migrations and answers SUCCESS with an empty content type, as the presigned URL wants', async () => {
    const run = jest.fn().mockResolvedValue({ done: true, applied: ['0001-name-item-formats'], pending: [] });
    await answerDeployment(event('Create'), run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(received).toEqual([
      {
        method: 'PUT',
        contentType: '',
        body: { Status: 'SUCCESS', Reason: 'Every migration is applied.', PhysicalResourceId: 'MigrationsOnDeploy-migrations', StackId: event('Create').StackId, RequestId: 'request-1', LogicalResourceId: 'MigrationsOnDeploy' },
      },
    ]);
  });

  it('answers SUCCESS when a run must continue on the schedule, and FAILED (the deployment rolls back) when it threw', async () => {
    await answerDeployment(event('Update'), async () => ({ done: false, applied: [], pending: ['0002-x'] }));
    await answerDeployment(event('Update'), async () => {
      throw new TypeError('boom');
    });
    expect(received.map((r) => [r.body.Status, r.body.Reason])).toEqual([
      ['SUCCESS', 'Continuing on the schedule: 0002-x.'],
      ['FAILED', "The migration run failed (TypeError); see the migration function's log."],
    ]);
  });

  it('runs nothing when the resource is deleted', async () => {
    const run = jest.fn();
    await answerDeployment(event('Delete'), run);
    expect(run).not.toHaveBeenCalled();
    expect(received[0].body.Status).toBe('SUCCESS');
  });
});
