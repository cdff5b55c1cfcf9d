import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { INBOUND_OBJECT_DAYS } from '../../infra/constructs/inbound-email';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef } from './live-alias';

const ADDRESS = 'complaints@inbound.example.org';

/** A stack for one region with the given `inbound` context, the cdk-nag checks on, as `cdk synth` builds it. */
function stackIn(region: string, inbound: unknown) {
  const base = cdkJsonContext();
  const app = new App({ context: { ...base, ...SKIP_BUNDLING, complaintPlatform: { ...base.complaintPlatform, regions: [region], inbound } } });
  const stack = new ComplaintPlatformStack(app, `ComplaintPlatform-${region}`, { env: { region }, settings: platformSettings(app.node, region) });
  const checks = addNagChecks(app);
  return { stack, checks };
}

const resources = (template: Template, type: string) => Object.entries(template.findResources(type));

describe('email to the deployment’s address, in a region with SES receiving', () => {
  let template: Template;
  let checks: AwsSolutionsChecks;
  let stack: ComplaintPlatformStack;
  beforeAll(() => {
    const built = stackIn('eu-west-1', { 'eu-west-1': { address: ADDRESS } });
    ({ checks, stack } = built);
    template = Template.fromStack(stack);
  });

  const inboundBucket = () => {
    const found = resources(template, 'AWS::S3::Bucket').filter(([, b]) => b.Properties.LoggingConfiguration?.LogFilePrefix === 'inbound/');
    expect(found).toHaveLength(1);
    return found[0];
  };
  const receiver = () => resources(template, 'AWS::Lambda::Function').find(([, f]) => f.Properties.Description === 'Takes in each email SES receives at the inbound address')!;

  test('keeps each message in a private bucket, encrypted with the stack’s key, TLS only, for a limited time', () => {
    const [bucketId, bucket] = inboundBucket();
    const [tableKeyId] = resources(template, 'AWS::KMS::Key').find(([, k]) => k.Properties.Description === 'Encrypts the complaint table')!;
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [tableKeyId, 'Arn'] } } },
    ]);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ ExpirationInDays: INBOUND_OBJECT_DAYS, Status: 'Enabled' }));
    const [, policy] = resources(template, 'AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === bucketId)!;
    const statements = policy.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const sesPut = statements.find((s) => s.Principal?.Service === 'ses.amazonaws.com')!;
    expect(sesPut.Action).toBe('s3:PutObject');
    expect(Object.keys(sesPut.Condition).sort()).toEqual(['ArnLike', 'StringEquals']);
    expect(sesPut.Condition.StringEquals).toEqual({ 'aws:SourceAccount': { Ref: 'AWS::AccountId' } });
    expect(JSON.stringify(sesPut.Condition.ArnLike['aws:SourceArn'])).toContain(':receipt-rule-set/ComplaintPlatform-eu-west-1-inbound:receipt-rule/complaint-address');
  });

  test('lets SES use the stack’s key, for this account only, to write to the bucket', () => {
    const [, key] = resources(template, 'AWS::KMS::Key').find(([, k]) => k.Properties.Description === 'Encrypts the complaint table')!;
    const forSes = (key.Properties.KeyPolicy.Statement as Array<Record<string, any>>).find((s) => s.Principal?.Service === 'ses.amazonaws.com')!;
    expect(forSes.Action).toEqual(['kms:GenerateDataKey', 'kms:Decrypt']);
    expect(forSes.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } });
  });

  test('has a receipt rule set whose rule scans the mail to the address’s domain, writes it to the bucket, then calls the inbound function’s live alias', () => {
    expect(resources(template, 'AWS::SES::ReceiptRuleSet').map(([, r]) => r.Properties.RuleSetName)).toEqual(['ComplaintPlatform-eu-west-1-inbound']);
    const [[, rule]] = resources(template, 'AWS::SES::ReceiptRule');
    const [bucketId] = inboundBucket();
    const [receiverId] = receiver();
    expect(rule.Properties.Rule).toMatchObject({ Name: 'complaint-address', Enabled: true, ScanEnabled: true, Recipients: ['inbound.example.org'] });
    expect(rule.Properties.Rule.Actions).toEqual([
      { S3Action: { BucketName: { Ref: bucketId }, ObjectKeyPrefix: 'inbound/' } },
      { LambdaAction: { FunctionArn: liveAliasRef(template, receiverId), InvocationType: 'Event' } },
    ]);
    const permissions = resources(template, 'AWS::Lambda::Permission').filter(([, p]) => p.Properties.Principal === 'ses.amazonaws.com');
    expect(permissions.map(([, p]) => p.Properties.FunctionName)).toEqual([liveAliasRef(template, receiverId)]);
  });

  test('tells the inbound function, and the others, the address; the inbound function also its bucket', () => {
    const [, fn] = receiver();
    const [bucketId] = inboundBucket();
    expect(fn.Properties.Environment.Variables).toMatchObject({ INBOUND_ADDRESS: ADDRESS, INBOUND_BUCKET: { Ref: bucketId } });
    const graphql = resources(template, 'AWS::Lambda::Function').find(([, f]) => f.Properties.Description === 'The GraphQL API')!;
    expect(graphql[1].Properties.Environment.Variables.INBOUND_ADDRESS).toBe(ADDRESS);
  });

  test('says how to activate the rule set, which is left to an administrator', () => {
    const outputs = Object.values(template.findOutputs('*')).map((o) => o.Value);
    expect(outputs).toContainEqual('aws ses set-active-receipt-rule-set --region eu-west-1 --rule-set-name ComplaintPlatform-eu-west-1-inbound');
  });

  test('leaves cdk-nag nothing to report', () => {
    const report = checks.validateScope(stack);
    expect(report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });
});

describe('a region without SES receiving', () => {
  test('builds no receipt rule set, bucket or inbound function when inbound is off there', () => {
    const template = Template.fromStack(stackIn('eu-west-2', { 'eu-west-2': 'off' }).stack);
    expect(resources(template, 'AWS::SES::ReceiptRuleSet')).toEqual([]);
    expect(resources(template, 'AWS::Lambda::Function').filter(([, f]) => f.Properties.Environment?.Variables?.INBOUND_BUCKET)).toEqual([]);
    expect(resources(template, 'AWS::Lambda::Function').filter(([, f]) => f.Properties.Environment?.Variables?.INBOUND_ADDRESS)).toEqual([]);
  });

  test('refuses to synthesize with an address there, and says to turn it off', () => {
    expect(() => stackIn('eu-west-2', { 'eu-west-2': { address: ADDRESS } })).toThrow(/inbound.eu-west-2 names an address, but SES does not receive email in eu-west-2 .*say "off" for eu-west-2/);
    expect(() => stackIn('eu-west-2', { '*': { address: ADDRESS } })).toThrow(/SES does not receive email in eu-west-2 .*say "off" for eu-west-2/);
  });

  test('refuses a region the setting says nothing of, and a malformed entry', () => {
    expect(() => stackIn('eu-west-1', { 'us-east-1': { address: ADDRESS } })).toThrow(/inbound says nothing for eu-west-1/);
    expect(() => stackIn('eu-west-1', { 'eu-west-1': { address: 'not an address' } })).toThrow(/inbound.eu-west-1 must be \{ "address"/);
    expect(() => stackIn('eu-west-1', 'on')).toThrow(/inbound must name, per region/);
  });
});

describe('delivery events', () => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(stackIn('eu-west-2', { '*': 'off' }).stack);
  });

  test('the configuration set sends deliveries, bounces and complaints to the default event bus', () => {
    const [[, destination]] = resources(template, 'AWS::SES::ConfigurationSetEventDestination');
    const [[configurationSetId]] = resources(template, 'AWS::SES::ConfigurationSet');
    expect(destination.Properties.ConfigurationSetName).toEqual({ Ref: configurationSetId });
    expect(destination.Properties.EventDestination.MatchingEventTypes.sort()).toEqual(['bounce', 'complaint', 'delivery']);
    expect(JSON.stringify(destination.Properties.EventDestination.EventBridgeDestination.EventBusArn)).toContain(':event-bus/default');
  });

  test('a rule hands this configuration set’s events, and only them, to the recorder’s live alias', () => {
    const recorder = resources(template, 'AWS::Lambda::Function').find(([, f]) => f.Properties.Description === 'Records the deliveries, bounces and complaints of sent emails')!;
    const [configurationSetId] = resources(template, 'AWS::SES::ConfigurationSet')[0];
    const rules = resources(template, 'AWS::Events::Rule').filter(([, r]) => r.Properties.EventPattern?.source?.[0] === 'aws.ses');
    expect(rules).toHaveLength(1);
    const [, rule] = rules[0];
    expect(rule.Properties.EventPattern).toEqual({
      source: ['aws.ses'],
      'detail-type': ['Email Delivered', 'Email Bounced', 'Email Complaint Received'],
      detail: { mail: { tags: { 'ses:configuration-set': [{ Ref: configurationSetId }] } } },
    });
    expect(rule.Properties.Targets).toEqual([expect.objectContaining({ Arn: liveAliasRef(template, recorder[0]) })]);
  });
});
