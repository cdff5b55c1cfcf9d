import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { configFromEnvironment } from '../../functions/config/environment';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { STATS_RETRY_ATTEMPTS } from '../../infra/constructs/stats-aggregator';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { mappingOf } from './live-alias';

// The templates' shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`.
let template: Template;
let stack: ComplaintPlatformStack;

beforeAll(() => {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-stats', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node) });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

const resources = (type: string) => Object.entries(template.findResources(type));
const statsFunction = () => {
  const found = resources('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === 'Keeps the complaint statistics and the search index up to date from the table stream');
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the statistics aggregator', () => {
  test('the table streams new images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
  });

  test('its live alias reads the stream from its oldest record, only complaint items, reporting partial failures and bisecting failed batches', () => {
    const [functionId] = statsFunction();
    const [table] = resources('AWS::DynamoDB::Table');
    // The other mapping on the table's stream is the notification outbox's (notification-outbox.test.ts).
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [table[0], 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: STATS_RETRY_ATTEMPTS,
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { SK: { S: ['COMPLAINT'] } } } }) }] },
    });
    expect(mappingOf(template, functionId)[1].Properties.FilterCriteria).toEqual({ Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { SK: { S: ['COMPLAINT'] } } } }) }] });
  });

  test('sends a batch that exhausted its retries to an encrypted queue that refuses plain HTTP', () => {
    const [functionId] = statsFunction();
    const mapping = mappingOf(template, functionId);
    const queues = resources('AWS::SQS::Queue').filter(([id]) => mapping[1].Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0] === id);
    expect(queues).toHaveLength(1);
    const [queueId, queue] = queues[0];
    expect(mapping[1].Properties.DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } });
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  test('runs the stream handler with the configuration every handler reads', () => {
    const [, fn] = statsFunction();
    expect(fn.Properties.Handler).toBe('index.handler');
    const env = Object.fromEntries(Object.entries(fn.Properties.Environment.Variables as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : `<${k}>`]));
    expect(() => configFromEnvironment(env)).not.toThrow();
    expect(env.TABLE_NAME).toBe('<TABLE_NAME>');
  });

  test('keys the search index with the same generated secret the API hashes queries with', () => {
    const [, fn] = statsFunction();
    const api = resources('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === 'The GraphQL API');
    expect(api).toHaveLength(1);
    const secret = fn.Properties.Environment.Variables.SEARCH_INDEX_SECRET_ARN;
    expect(secret).toEqual({ Ref: expect.stringMatching(/^SearchIndexSecret/) });
    expect(api[0][1].Properties.Environment.Variables.SEARCH_INDEX_SECRET_ARN).toEqual(secret);
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: { Description: 'Keys the search index of complaints (HMAC of each term)', GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true } },
    });
  });

  test('may read the stream and write the table, and may not start workflows or send email', () => {
    const [, fn] = statsFunction();
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    const statements = resources('AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.Roles.some((r: { Ref?: string }) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:UpdateItem', 'dynamodb:GetItem', 'sqs:SendMessage']));
    expect(actions.filter((a) => a.startsWith('states:') || a.startsWith('ses:'))).toEqual([]);
  });
});
