import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, problemsOf, SKIP_BUNDLING } from './cdk-context';

const ENDPOINT = 'arn:aws:comprehend:eu-west-1:111122223333:document-classifier-endpoint/complaint-products';

/** A stack for eu-west-1 (which receives email, so the inbound function exists) with the given `triage` context, as `cdk synth` builds it. */
function stackWith(triage: unknown) {
  const base = cdkJsonContext();
  const context = { ...base.complaintPlatform, regions: ['eu-west-1'], inbound: { '*': { address: 'complaints@inbound.example.org' } }, triage };
  const app = new App({ context: { ...base, ...SKIP_BUNDLING, complaintPlatform: context } });
  const stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-eu-west-1', { env: { region: 'eu-west-1' }, settings: platformSettings(app.node, 'eu-west-1') });
  const checks = addNagChecks(app);
  return { stack, checks, template: Template.fromStack(stack) };
}

const functionsTakingComplaints = (template: Template) =>
  Object.entries(template.findResources('AWS::Lambda::Function')).filter(([, f]) =>
    ['The GraphQL API', 'Takes in each email SES receives at the inbound address'].includes(f.Properties.Description),
  );

/** Every IAM statement that names a Comprehend action, per function's role. */
function comprehendStatements(template: Template): Array<{ Action: unknown; Resource: unknown }> {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) =>
    (p.Properties.PolicyDocument.Statement as Array<{ Action: unknown; Resource: unknown }>).filter((s) => JSON.stringify(s.Action).includes('comprehend:')),
  );
}

/** The problems of cdk.json with two regions and this `triage` setting. */
const triageProblems = (triage: unknown) => problemsOf({ ...cdkJsonContext().complaintPlatform, regions: ['eu-west-1', 'eu-west-2'], triage });

describe('the triage model, per region (cdk.json `triage`)', () => {
  it('is offline where cdk.json says nothing: no Comprehend setting, permission or call', () => {
    const { template } = stackWith(undefined);
    for (const [, fn] of functionsTakingComplaints(template)) expect(Object.keys(fn.Properties.Environment.Variables)).not.toContain('TRIAGE_MANAGED');
    expect(comprehendStatements(template)).toEqual([]);
  });

  it('tells the functions that take complaints in to ask Comprehend, and lets them call only the named classifier endpoint', () => {
    const { template, checks, stack } = stackWith({ 'eu-west-1': { service: 'comprehend', classifierEndpointArn: ENDPOINT } });
    const takers = functionsTakingComplaints(template);
    expect(takers).toHaveLength(2);
    for (const [, fn] of takers) expect(fn.Properties.Environment.Variables).toMatchObject({ TRIAGE_MANAGED: 'comprehend', TRIAGE_CLASSIFIER_ENDPOINT_ARN: ENDPOINT });
    // The workflow's and outbox's functions suggest nothing.
    const others = Object.values(template.findResources('AWS::Lambda::Function')).filter((f) => f.Properties.Environment?.Variables?.TRIAGE_MANAGED);
    expect(others).toHaveLength(2);
    expect(comprehendStatements(template)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: 'comprehend:DetectSentiment', Resource: '*' }),
        expect.objectContaining({ Action: 'comprehend:ClassifyDocument', Resource: ENDPOINT }),
      ]),
    );
    expect(comprehendStatements(template)).toHaveLength(4);
    const report = checks.validateScope(stack);
    expect(report.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('asks Comprehend for sentiment only, with the offline category, when no classifier endpoint is named', () => {
    const { template } = stackWith({ '*': { service: 'comprehend' } });
    for (const [, fn] of functionsTakingComplaints(template)) {
      expect(fn.Properties.Environment.Variables.TRIAGE_MANAGED).toBe('comprehend');
      expect(fn.Properties.Environment.Variables.TRIAGE_CLASSIFIER_ENDPOINT_ARN).toBeUndefined();
    }
    expect(comprehendStatements(template).map((s) => s.Action)).toEqual(['comprehend:DetectSentiment', 'comprehend:DetectSentiment']);
  });

  it('refuses, before synth, a model it does not know, a malformed endpoint, and an endpoint of another region', () => {
    expect(triageProblems({ 'eu-west-1': 'bedrock' })).toEqual([
      { path: 'complaintPlatform.triage.eu-west-1', problem: 'must be "offline" or { "service": "comprehend" } with, optionally, "classifierEndpointArn" (a Comprehend document classifier endpoint)' },
    ]);
    expect(triageProblems({ '*': { service: 'comprehend', classifierEndpointArn: 'arn:aws:comprehend:eu-west-1:111122223333:document-classifier/x' } })).toEqual([
      { path: 'complaintPlatform.triage.*.classifierEndpointArn', problem: 'must be the ARN of a Comprehend document classifier endpoint' },
    ]);
    expect(triageProblems({ '*': { service: 'comprehend', classifierEndpointArn: ENDPOINT } })).toEqual([
      { path: 'complaintPlatform.triage', problem: 'gives eu-west-2 a classifier endpoint in eu-west-1: an endpoint serves its own region only' },
    ]);
    expect(triageProblems({ 'eu-west-3x': 'offline' })).toEqual([{ path: 'complaintPlatform.triage.eu-west-3x', problem: 'names no AWS region (use a region name or "*")' }]);
    expect(triageProblems({ 'eu-west-1': { service: 'comprehend', classifierEndpointArn: ENDPOINT }, '*': 'offline' })).toEqual([]);
  });
});
