import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { DEFAULT_AUDIT_DIGEST_RETENTION_DAYS, parsePlatformSettings, platformSettings } from '../../infra/config';
import { DIGEST_SCHEDULE } from '../../infra/constructs/audit-digests';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef } from './live-alias';

// The template's shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`.
let template: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  const stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-audit', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node, 'eu-west-2') });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

const resources = (type: string) => Object.entries(template.findResources(type));
const digestFunction = () => {
  const found = resources('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === 'Signs and stores the daily audit digests');
  expect(found).toHaveLength(1);
  return found[0];
};
const roleOf = (description: string) => resources('AWS::Lambda::Function').find(([, r]) => r.Properties.Description === description)![1].Properties.Role['Fn::GetAtt'][0] as string;
const statementsOfRole = (roleId: string): Statement[] =>
  resources('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);
const actions = (statements: Statement[]) => statements.flatMap((s) => [s.Action].flat());
const signingKey = () => {
  const keys = resources('AWS::KMS::Key').filter(([, k]) => k.Properties.KeyUsage === 'SIGN_VERIFY');
  expect(keys).toHaveLength(1);
  return keys[0];
};
const keyStatementsFor = (roleId: string): Statement[] =>
  (signingKey()[1].Properties.KeyPolicy.Statement as Statement[]).filter((s) => JSON.stringify(s.Principal).includes(roleId));

describe('the audit digests', () => {
  test('are signed with an asymmetric P-256 key kept when the stack goes', () => {
    const [, key] = signingKey();
    expect(key).toMatchObject({ DeletionPolicy: 'Retain', Properties: { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' } });
  });

  test('are stored in a bucket with Object Lock in compliance mode for the default retention, private, encrypted, TLS only', () => {
    const buckets = resources('AWS::S3::Bucket').filter(([, b]) => b.Properties.ObjectLockEnabled === true);
    expect(buckets).toHaveLength(1);
    const [bucketId, bucket] = buckets[0];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: DEFAULT_AUDIT_DIGEST_RETENTION_DAYS } } },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    const policy = resources('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === bucketId)![1];
    const statements = policy.Properties.PolicyDocument.Statement as Statement[];
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        // No put that could lay a new version over a digest.
        expect.objectContaining({ Effect: 'Deny', Action: 's3:PutObject', Condition: { Null: { 's3:if-none-match': 'true' } } }),
      ]),
    );
  });

  test('the writer may only sign and read the public key, and only put and get digests: no delete, no retention change', () => {
    const [, fn] = digestFunction();
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    expect(actions(keyStatementsFor(roleId)).sort()).toEqual(['kms:GetPublicKey', 'kms:Sign']);
    const granted = actions(statementsOfRole(roleId));
    expect(granted.filter((a) => a.startsWith('s3:')).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(granted.filter((a) => a.startsWith('kms:') && /Sign|Verify|Delete|Disable|Schedule/.test(a))).toEqual([]);
  });

  test('the GraphQL function may read digests and the public key, for verifyComplaintHistory, and not sign', () => {
    const roleId = roleOf('The GraphQL API');
    expect(actions(keyStatementsFor(roleId))).toEqual(['kms:GetPublicKey']);
    const granted = actions(statementsOfRole(roleId));
    // Its other S3 grants are on the files bucket (test/infra/complaint-files.test.ts).
    const [archiveId] = resources('AWS::S3::Bucket').find(([, b]) => b.Properties.ObjectLockEnabled === true)!;
    const onArchive = statementsOfRole(roleId).filter((s) => JSON.stringify(s.Resource).includes(`"${archiveId}"`));
    expect(actions(onArchive)).toEqual(['s3:GetObject']);
    expect(granted).not.toContain('kms:Sign');
  });

  test('a schedule runs the writer daily after midnight UTC', () => {
    const [functionId] = digestFunction();
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: DIGEST_SCHEDULE, State: 'ENABLED', Target: { Arn: liveAliasRef(template, functionId) } });
    expect(DIGEST_SCHEDULE).toBe('cron(30 0 * * ? *)');
  });
});

describe('the digest retention setting', () => {
  const base = cdkJsonContext().complaintPlatform;
  test('is a number of days for every region, or chosen per region with * for the others', () => {
    expect(parsePlatformSettings({ ...base, auditDigestRetentionDays: 400 }, 'eu-west-2').auditDigestRetentionDays).toBe(400);
    const byRegion = { 'eu-west-2': 2190, '*': 1100 };
    expect(parsePlatformSettings({ ...base, auditDigestRetentionDays: byRegion }, 'eu-west-2').auditDigestRetentionDays).toBe(2190);
    expect(parsePlatformSettings({ ...base, auditDigestRetentionDays: byRegion }, 'ap-southeast-1').auditDigestRetentionDays).toBe(1100);
    expect(parsePlatformSettings(base, 'ap-southeast-1').auditDigestRetentionDays).toBe(DEFAULT_AUDIT_DIGEST_RETENTION_DAYS);
  });

  test('refuses what is not a whole number of days', () => {
    for (const bad of [0, 1.5, '30', { 'eu-west-2': -1 }]) {
      expect(() => parsePlatformSettings({ ...base, auditDigestRetentionDays: bad }, 'eu-west-2')).toThrow(/auditDigestRetentionDays(\.eu-west-2)? must be a whole number of days/);
    }
  });
});
