import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { FILE_ACCESS_LOG_DAYS } from '../../infra/constructs/complaint-files';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// The template's shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`.
let template: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  const stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-files', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node, 'eu-west-2') });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

const resources = (type: string) => Object.entries(template.findResources(type));
const filesBucket = () => {
  const found = resources('AWS::S3::Bucket').filter(([, b]) => b.Properties.CorsConfiguration !== undefined);
  expect(found).toHaveLength(1);
  return found[0];
};
const graphqlFunction = () => resources('AWS::Lambda::Function').find(([, r]) => r.Properties.Description === 'The GraphQL API')!;
const statementsOf = (roleId: string): Statement[] =>
  resources('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);
const mentions = (value: unknown, id: string) => JSON.stringify(value).includes(`"${id}"`);

describe('the files bucket', () => {
  test('is encrypted with the stack\'s key (the complaint table\'s), private, TLS only, unversioned and logged', () => {
    const [, bucket] = filesBucket();
    const [tableKeyId] = resources('AWS::KMS::Key').find(([, k]) => k.Properties.Description === 'Encrypts the complaint table')!;
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [tableKeyId, 'Arn'] } } },
    ]);
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    expect(bucket.Properties.LoggingConfiguration).toMatchObject({ LogFilePrefix: 'files/' });
    const [logsId, logs] = resources('AWS::S3::Bucket').find(([id]) => mentions(bucket.Properties.LoggingConfiguration.DestinationBucketName, id))!;
    expect(logsId).toBeDefined();
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([expect.objectContaining({ ExpirationInDays: FILE_ACCESS_LOG_DAYS, Status: 'Enabled' })]);
  });

  test('refuses requests without TLS', () => {
    const [bucketId] = filesBucket();
    const policy = resources('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === bucketId)![1];
    expect(policy.Properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
    );
  });

  test('lets the sites\' origin PUT and GET with exactly the upload headers', () => {
    const [, bucket] = filesBucket();
    const [rule] = bucket.Properties.CorsConfiguration.CorsRules;
    expect(rule).toMatchObject({ AllowedMethods: ['PUT', 'GET'], AllowedHeaders: ['content-type', 'x-amz-checksum-sha256'] });
    const [distributionId] = resources('AWS::CloudFront::Distribution')[0];
    expect(mentions(rule.AllowedOrigins, distributionId)).toBe(true);
  });

  test('is named to the GraphQL function, which may put, get, delete and list its objects and use the key, nothing more', () => {
    const [bucketId] = filesBucket();
    const [, fn] = graphqlFunction();
    expect(fn.Properties.Environment.Variables.FILES_BUCKET).toEqual({ Ref: bucketId });
    const roleId = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const onBucket = statementsOf(roleId).filter((s) => mentions(s.Resource, bucketId));
    expect(onBucket.flatMap((s) => [s.Action].flat()).sort()).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
    const keyActions = statementsOf(roleId).filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:'))).flatMap((s) => [s.Action].flat());
    expect(keyActions).toEqual(expect.arrayContaining(['kms:GenerateDataKey', 'kms:Decrypt']));
  });

  test('is reachable by no other function', () => {
    const [bucketId] = filesBucket();
    const [, graphql] = graphqlFunction();
    const graphqlRole = graphql.Properties.Role['Fn::GetAtt'][0] as string;
    const others = resources('AWS::IAM::Policy').filter(([, p]) => !(p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === graphqlRole));
    expect(others.filter(([, p]) => mentions(p.Properties.PolicyDocument, bucketId))).toEqual([]);
  });
});
