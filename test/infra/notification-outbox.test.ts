import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { addNagChecks } from '../../infra/nag';
import { OUTBOX_RETRY_ATTEMPTS } from '../../functions/streams/outbox-stream';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef, mappingOf } from './live-alias';

// The templates' shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`.
let template: Template;
let stack: ComplaintPlatformStack;

beforeAll(() => {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-outbox', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node) });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

const id = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as CfnElement);

describe('the notification outbox', () => {
  test('reads the table stream on a mapping of its own, only notification items newly written, retrying a failed record and then describing it on its failure queue', () => {
    const [table] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    expect(mappingOf(template, id(stack.outbox.fn))[1].Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [table, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: OUTBOX_RETRY_ATTEMPTS,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [id(stack.outbox.failures), 'Arn'] } } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { Keys: { SK: { S: [{ prefix: 'NOTIFICATION#' }] } } } }) }] },
    });
  });

  test('is invoked every 15 minutes, through its live alias, to try again what the stream gave up on', () => {
    const alias = liveAliasRef(template, id(stack.outbox.fn));
    const rules = Object.values(template.findResources('AWS::Events::Rule')).filter((r) => r.Properties.Targets.some((t: { Arn: unknown }) => JSON.stringify(t.Arn) === JSON.stringify(alias)));
    expect(rules).toHaveLength(1);
    expect(rules[0].Properties).toMatchObject({ ScheduleExpression: 'rate(15 minutes)', State: 'ENABLED' });
    expect(JSON.parse(rules[0].Properties.Targets[0].Input)).toEqual({ retryUnsettled: true });
    // Lambda lets exactly that rule invoke the alias.
    const permissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter((p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify(alias));
    expect(permissions.map((p) => p.Properties.Principal)).toContain('events.amazonaws.com');
  });

  test('is the function that knows the SES configuration set, and the workflow tasks do not', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    expect(functions[id(stack.outbox.fn)].Properties.Environment.Variables.SES_CONFIGURATION_SET).toBeDefined();
    for (const fn of Object.values(stack.functions.tasks)) expect(functions[id(fn)].Properties.Environment.Variables.SES_CONFIGURATION_SET).toBeUndefined();
  });
});
