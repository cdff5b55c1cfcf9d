import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { addNagChecks } from '../../infra/nag';
import { addRegionalStacks } from '../../infra/regional-stacks';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// cdk-nag 3 is a CDK policy-validation plugin, not an aspect: its findings go to the cloud
// assembly's validation report and stop synthesis, and are never annotations (so
// Annotations.fromStack(...).findError would find nothing either way). These tests ask the
// checks themselves, and synthesize. Bundling is skipped: the rules read the templates only.

/** The app `cdk synth` builds from cdk.json: every configured region, with the checks. */
function checkedApp() {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  const stacks = addRegionalStacks(app);
  const checks = addNagChecks(app);
  return { app, stacks, checks };
}

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
  on: IConstruct;
}

/** Every acknowledgement recorded with Validations.of(...).acknowledge, where it was made. */
function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason, on: construct })),
      ),
  );
}

/** What the checks find when no acknowledgement counts. */
function unacknowledgedFindings(root: IConstruct) {
  const checks = new AwsSolutionsChecks();
  // Test only: cdk-nag has no switch for this; if the private method is renamed, this finds
  // nothing and the test that uses it fails.
  Object.assign(checks, { isAcknowledged: () => false });
  return checks.validateScope(root).violations.flatMap((v) => v.violatingResources.map((r) => ({ id: v.ruleName, path: r.constructPath ?? '' })));
}

describe('cdk-nag (AWS Solutions)', () => {
  test('finds nothing unacknowledged in the app from cdk.json, neither error nor warning, and the app synthesizes with the checks on', () => {
    const { app, stacks, checks } = checkedApp();
    const report = checks.validateScope(app);
    expect(report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);

    const assembly = app.synth();
    try {
      expect(assembly.stacks.map((s) => s.stackName).sort()).toEqual(stacks.map((s) => s.stackName).sort());
      const validation = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
      expect(JSON.stringify(validation.pluginReports)).not.toContain('AwsSolutions');
    } finally {
      rmSync(assembly.directory, { recursive: true, force: true });
    }
  });

  test('stops synthesis on an unacknowledged finding (here a KMS key without rotation)', () => {
    const app = new App();
    addNagChecks(app);
    new kms.Key(new Stack(app, 'Unchecked'), 'Key', { enableKeyRotation: false });
    expect(() => app.synth()).toThrow(/AwsSolutions-KMS5/);
  });

  test('every acknowledgement is on a resource, not a stack, gives a reason, and answers a finding there', () => {
    const { app } = checkedApp();
    const acks = acknowledgements(app);
    const findings = unacknowledgedFindings(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect([ack.path, Stack.isStack(ack.on) || ack.on === app]).toEqual([ack.path, false]);
      expect([ack.path, ack.id, ack.reason.length > 60]).toEqual([ack.path, ack.id, true]);
      const answered = findings.some((f) => f.id === ack.id && (f.path === ack.path || f.path.startsWith(`${ack.path}/`)));
      expect([ack.path, ack.id, answered]).toEqual([ack.path, ack.id, true]);
    }
  });

  test('acknowledges these rules only: each is explained in docs/INFRA-NOTES.md', () => {
    const { app } = checkedApp();
    // IAM5 findings name the wildcard; the resource-specific ones are listed by kind.
    const kind = (id: string) =>
      id
        .replace(/\[Resource::<\w+\.Arn>\/index\/\*\]/, '[Resource::<table>/index/*]')
        .replace(/\[Resource::.*:execution:<\w+\.Name>:\*\]/, '[Resource::<workflow executions>]')
        .replace(/\[Resource::<FilesBucket\w+\.Arn>\/\*\]/, '[Resource::<files bucket>/*]')
        .replace(/\[Resource::<SiteBucket\w+\.Arn>\/\*\]/, '[Resource::<web apps bucket>/*]')
        .replace(/\[Resource::<AuditDigestsArchive\w+\.Arn>\/digests\/\*\]/, '[Resource::<audit digest bucket>/digests/*]')
        .replace(/\[Resource::<AuditExportBucket\w+\.Arn>\/exports\/\*\]/, '[Resource::<audit export bucket>/exports/*]')
        .replace(/\[Resource::<\w+\.Arn>\/export\/\*\]/, '[Resource::<table>/export/*]')
        .replace(/\[Resource::arn:<AWS::Partition>:s3:::cdk-\w+-assets-<AWS::AccountId>-[\w-]+\/\*\]/, '[Resource::<CDK asset bucket>/*]');
    const rules = [...new Set(acknowledgements(app).map((ack) => kind(ack.id)))].sort();
    expect(rules).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::<CDK asset bucket>/*]',
      'AwsSolutions-IAM5[Resource::<audit digest bucket>/digests/*]',
      'AwsSolutions-IAM5[Resource::<audit export bucket>/exports/*]',
      'AwsSolutions-IAM5[Resource::<files bucket>/*]',
      'AwsSolutions-IAM5[Resource::<table>/export/*]',
      'AwsSolutions-IAM5[Resource::<table>/index/*]',
      'AwsSolutions-IAM5[Resource::<web apps bucket>/*]',
      'AwsSolutions-IAM5[Resource::<workflow executions>]',
      'AwsSolutions-L1',
      'AwsSolutions-S1',
      'AwsSolutions-SF1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
    ]);
    const notes = readFileSync(path.join(__dirname, '..', '..', 'docs', 'INFRA-NOTES.md'), 'utf8');
    for (const rule of ['AwsSolutions-APIG4', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-SF1', 'AwsSolutions-SMG4', 'AwsSolutions-SQS3']) expect(notes).toContain(rule);
    for (const rule of ['AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR3', 'AwsSolutions-CFR4', 'AwsSolutions-S1']) expect(notes).toContain(rule);
  });
});
