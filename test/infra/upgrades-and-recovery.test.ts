import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { parsePlatformSettings, platformSettings } from '../../infra/config';
import { MIGRATION_CONTINUE_SCHEDULE } from '../../infra/constructs/table-migrations';
import { MIGRATIONS } from '../../functions/migrations/migrations';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef } from './live-alias';

// The template's shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`.
function build(context: Record<string, unknown> = {}) {
  const base = cdkJsonContext();
  const app = new App({ context: { ...base, complaintPlatform: { ...base.complaintPlatform, ...context }, ...SKIP_BUNDLING } });
  const stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-upgrades', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node, 'eu-west-2') });
  addNagChecks(app);
  return Template.fromStack(stack);
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

let template: Template;
beforeAll(() => {
  template = build();
});

const resources = (t: Template, type: string) => Object.entries(t.findResources(type));
const functionId = (description: string) => {
  const found = resources(template, 'AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === description);
  expect(found).toHaveLength(1);
  return found[0][0];
};
const tableId = (t: Template) => {
  const tables = resources(t, 'AWS::DynamoDB::Table');
  expect(tables).toHaveLength(1);
  return tables[0];
};
const refersTo = (value: unknown, id: string) => JSON.stringify(value).includes(`"${id}"`);

describe('the table migrations in the regional stack', () => {
  it('run the migration function in every deployment that adds a migration, after the table and the functions that write the new format', () => {
    const runner = functionId('Applies the pending migrations of the complaint table');
    const found = resources(template, 'Custom::TableMigrations');
    expect(found).toHaveLength(1);
    const [, resource] = found[0];
    // The migration function (its live alias) is the resource's provider: no provider function or role of CDK's.
    expect(resource.Properties.ServiceToken).toEqual(liveAliasRef(template, runner));
    expect(resource.Properties.Migrations).toEqual(MIGRATIONS.map((m) => m.id));
    const dependsOn = resource.DependsOn as string[];
    expect(dependsOn).toContain(tableId(template)[0]);
    // The live aliases: each completes only once CodeDeploy has shifted all traffic to the new version.
    for (const writer of ['The GraphQL API', 'Complaint workflow: the Advance task', 'Sends the emails and webhook notices each complaint change queues, from the table stream']) {
      expect(dependsOn).toContain(liveAliasRef(template, functionId(writer)).Ref);
    }
  });

  it('continue on a schedule a migration one run could not finish', () => {
    const runner = functionId('Applies the pending migrations of the complaint table');
    const schedules = resources(template, 'AWS::Scheduler::Schedule').filter(([, s]) => refersTo(s.Properties.Target.Arn, liveAliasRef(template, runner).Ref));
    expect(schedules.map(([, s]) => s.Properties.ScheduleExpression)).toEqual([MIGRATION_CONTINUE_SCHEDULE]);
  });

  it('keep point-in-time recovery on the table, the source of every restore and audit export', () => {
    expect(tableId(template)[1].Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });
});

describe('a restored table', () => {
  it('is taken in under its own name, as a resource of its own, with the stream, indexes, key and recovery of the table before it', () => {
    const restored = build({ restoredTableName: { 'eu-west-2': 'complaints-restored-20270110' } });
    const [id, table] = tableId(restored);
    const [originalId, original] = tableId(template);
    expect(id).not.toBe(originalId);
    expect(table.Properties.TableName).toBe('complaints-restored-20270110');
    expect(table.DeletionPolicy).toBe('Retain');
    const { TableName: _name, ...rest } = table.Properties;
    expect(rest).toEqual(original.Properties);
    // The stream function follows it.
    const mappings = resources(restored, 'AWS::Lambda::EventSourceMapping');
    expect(mappings.length).toBeGreaterThan(0);
    for (const [, m] of mappings) if (m.Properties.EventSourceArn) expect(refersTo(m.Properties.EventSourceArn, id)).toBe(true);
  });

  it('is named per region, and a bad name stops synth with a clear message', () => {
    const base = cdkJsonContext().complaintPlatform;
    expect(parsePlatformSettings({ ...base, restoredTableName: { 'eu-west-2': 'restored-table' } }, 'ap-southeast-1').restoredTableName).toBeUndefined();
    expect(() => parsePlatformSettings({ ...base, restoredTableName: { 'eu-west-2': 'a b' } }, 'eu-west-2')).toThrow('restoredTableName.eu-west-2 must be a DynamoDB table name');
    expect(() => parsePlatformSettings({ ...base, restoredTableName: 'restored' }, 'eu-west-2')).toThrow('must name, per region');
  });
});

describe('the audit export', () => {
  const bucket = () => {
    const found = resources(template, 'AWS::S3::Bucket').filter(([, b]) => b.Properties.LoggingConfiguration?.LogFilePrefix === 'audit-exports/');
    expect(found).toHaveLength(1);
    return found[0];
  };
  const policy = (description: string) => {
    const found = resources(template, 'AWS::IAM::ManagedPolicy').filter(([, p]) => p.Properties.Description.startsWith(description));
    expect(found).toHaveLength(1);
    return found[0][1].Properties.PolicyDocument.Statement as Statement[];
  };

  it('goes to a private bucket encrypted with a key of its own, not the table key', () => {
    const [, b] = bucket();
    const [rule] = b.Properties.BucketEncryption.ServerSideEncryptionConfiguration;
    expect(rule.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    const keyId = rule.ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0];
    expect(template.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
    expect(refersTo(tableId(template)[1].Properties.SSESpecification, keyId)).toBe(false);
    expect(b.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
  });

  it('is started only through the exporter policy: the one table, its exports, the bucket objects and the export key', () => {
    const statements = policy('Starts and follows an audit export');
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual(
      ['dynamodb:DescribeExport', 'dynamodb:ExportTableToPointInTime', 'kms:Decrypt', 'kms:GenerateDataKey', 's3:AbortMultipartUpload', 's3:PutObject', 's3:PutObjectAcl'].sort(),
    );
    const [table] = tableId(template);
    const [bucketId] = bucket();
    expect(refersTo(statements.find((s) => s.Action === 'dynamodb:ExportTableToPointInTime')!.Resource, table)).toBe(true);
    for (const s of statements.filter((x) => [x.Action].flat().some((a) => a.startsWith('s3:')))) expect(refersTo(s.Resource, bucketId)).toBe(true);
    expect(statements.every((s) => s.Resource !== '*')).toBe(true);
  });

  it('is read by an auditor with the reader policy, which reads exports and nothing else', () => {
    const statements = policy('Reads the audit exports');
    expect(statements.flatMap((s) => [s.Action].flat()).sort()).toEqual(['kms:Decrypt', 's3:GetObject', 's3:ListBucket']);
    expect(statements.every((s) => s.Resource !== '*')).toBe(true);
    expect(JSON.stringify(statements)).not.toContain('dynamodb');
  });
});
