import { type App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
// Not re-exported from the package root; this is how the IAM5 rule itself writes a resource.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/**
 * Runs cdk-nag's AWS Solutions rules on every stack of the app when it synthesizes.
 * cdk-nag 3 is a CDK policy-validation plugin: an unacknowledged error stops `cdk synth`
 * (and `app.synth()`, which `Template.fromStack` calls); findings are not annotations.
 */
export function addNagChecks(app: App): AwsSolutionsChecks {
  const checks = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(checks);
  return checks;
}

/**
 * Acknowledges cdk-nag findings on one construct and the resources under it, each with
 * its reason. Call it on the resource concerned (a role, a function, a route), never on
 * the stack. An IAM5 finding names one wildcard: see {@link wildcardAction} and
 * {@link wildcardResource}; cdk-nag 3 has no rule-wide acknowledgement of IAM5.
 */
export function acknowledge(scope: IConstruct, ...findings: Array<{ id: string; reason: string }>): void {
  Validations.of(scope).acknowledge(...findings);
}

/** The AwsSolutions-IAM5 finding for an action with a wildcard, e.g. `kms:ReEncrypt*`. */
export const wildcardAction = (action: string): string => `AwsSolutions-IAM5[Action::${action}]`;

/**
 * The AwsSolutions-IAM5 finding for a resource with a wildcard, named as cdk-nag names it:
 * references flattened, e.g. `<ComplaintsTable1F2F5B54.Arn>/index/*`.
 */
export const wildcardResource = (scope: IConstruct, arn: string): string =>
  `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(arn))}]`;
