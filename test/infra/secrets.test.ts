import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { configFromEnvironment } from '../../functions/config/environment';
import { ROTATION_INTERVAL_DAYS } from '../../functions/core/secrets/keyring';
import { addNagChecks } from '../../infra/nag';
import { addRegionalStacks } from '../../infra/regional-stacks';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// Every function of every regional stack, one of them taking email in (the inbound function reads the
// access-code secret too). Bundling is skipped: only the templates' shape is read. cdk-nag runs, as in `cdk synth`.
type Resource = { Type: string; Properties: Record<string, unknown> & { Environment?: { Variables?: Record<string, unknown> } } };
let templates: Array<{ name: string; json: Record<string, unknown>; resources: Record<string, Resource> }>;

beforeAll(() => {
  const context = cdkJsonContext();
  const complaintPlatform = { ...context.complaintPlatform, regions: ['eu-west-1', 'eu-west-2'], inbound: { 'eu-west-1': { address: 'complaints@inbound.example.org' }, '*': 'off' } };
  const app = new App({ context: { ...context, ...SKIP_BUNDLING, complaintPlatform } });
  const stacks = addRegionalStacks(app);
  addNagChecks(app);
  templates = stacks.map((stack) => {
    const json = Template.fromStack(stack).toJSON();
    return { name: stack.stackName, json, resources: json.Resources as Record<string, Resource> };
  });
});

const ofType = (resources: Record<string, Resource>, type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const functionsOf = (resources: Record<string, Resource>) => ofType(resources, 'AWS::Lambda::Function').map(([id, r]) => ({ id, description: r.Properties.Description as string, variables: r.Properties.Environment?.Variables ?? {} }));
const secretId = (resources: Record<string, Resource>, description: RegExp) => ofType(resources, 'AWS::SecretsManager::Secret').find(([, r]) => description.test(r.Properties.Description as string))![0];

/** The logical ids whose secret values a role may read. */
function readableSecrets(resources: Record<string, Resource>, functionId: string): string[] {
  const role = (resources[functionId].Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  return ofType(resources, 'AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === role))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Array<{ Action: string | string[]; Resource: unknown }> }).Statement)
    .filter((s) => [s.Action].flat().includes('secretsmanager:GetSecretValue'))
    .flatMap((s) => [s.Resource].flat().map((r) => (r as { Ref: string }).Ref))
    .sort();
}

describe('secrets in the stacks', () => {
  it('puts no secret in any template: no dynamic reference to a secret anywhere, and no generated value', () => {
    for (const { name, json } of templates) {
      const text = JSON.stringify(json);
      // Matches only, so a failure shows what leaked rather than the whole template.
      expect([name, text.match(/\{\{resolve:(secretsmanager|ssm-secure)[^"]*/g)]).toEqual([name, null]);
      expect([name, text.match(/"SecretString":[^,}]*/g)]).toEqual([name, null]);
    }
  });

  it('gives every function where a secret is kept (its ARN), never the secret, under a name the function reads', () => {
    for (const { resources } of templates) {
      for (const fn of functionsOf(resources)) {
        for (const [name, value] of Object.entries(fn.variables)) {
          if (/SECRET|PASSWORD|TOKEN|PRIVATE/.test(name)) expect([fn.description, name, value]).toEqual([fn.description, expect.stringMatching(/_SECRET_ARN$/), { Ref: expect.any(String) }]);
          // Any reference to a secret resource is its Ref, the ARN.
          const referenced = JSON.stringify(value);
          for (const [id] of ofType(resources, 'AWS::SecretsManager::Secret')) if (referenced.includes(`"${id}"`)) expect(value).toEqual({ Ref: id });
        }
        const env = Object.fromEntries(Object.entries(fn.variables).map(([k, v]) => [k, typeof v === 'string' ? v : `<${k}>`]));
        if ('TABLE_NAME' in env) expect(() => configFromEnvironment(env)).not.toThrow();
      }
    }
  });

  it('lets only the functions that derive or check access codes and reply addresses read the access-code secret, and only it', () => {
    for (const { name, resources } of templates) {
      const accessCode = secretId(resources, /access code/);
      const searchIndex = secretId(resources, /search index/);
      const readers = functionsOf(resources).filter((fn) => fn.variables.ACCESS_CODE_SECRET_ARN !== undefined);
      const expected = ['Sends the emails and webhook notices each complaint change queues, from the table stream', 'The GraphQL API', ...(name.endsWith('eu-west-1') ? ['Takes in each email SES receives at the inbound address'] : [])];
      expect(readers.map((fn) => fn.description).sort()).toEqual(expected.sort());
      for (const fn of functionsOf(resources)) {
        const wanted = [...(fn.variables.ACCESS_CODE_SECRET_ARN ? [accessCode] : []), ...(fn.variables.SEARCH_INDEX_SECRET_ARN ? [searchIndex] : [])].sort();
        if (!/Rotates the access-code secret/.test(fn.description)) expect([fn.description, readableSecrets(resources, fn.id)]).toEqual([fn.description, wanted]);
      }
      for (const fn of readers) expect(fn.variables.ACCESS_CODE_SECRET_ARN).toEqual({ Ref: accessCode });
    }
  });

  it(`rotates the access-code secret every ${ROTATION_INTERVAL_DAYS} days with its own function, and not the search index secret`, () => {
    for (const { resources } of templates) {
      const schedules = ofType(resources, 'AWS::SecretsManager::RotationSchedule');
      expect(schedules).toHaveLength(1);
      const [, schedule] = schedules[0];
      expect(schedule.Properties.SecretId).toEqual({ Ref: secretId(resources, /access code/) });
      expect(schedule.Properties.RotationRules).toEqual({ ScheduleExpression: `rate(${ROTATION_INTERVAL_DAYS} days)` });
      const rotator = functionsOf(resources).find((fn) => /Rotates the access-code secret/.test(fn.description))!;
      // Its live alias (test/infra/monitoring.test.ts checks every invoker names one).
      expect(schedule.Properties.RotationLambdaARN).toEqual({ Ref: expect.stringMatching(new RegExp(`^${rotator.id.replace(/Function[0-9A-F]{8}$/, 'Live')}`)) });
      expect(rotator.variables).not.toHaveProperty('ACCESS_CODE_SECRET_ARN');
    }
  });
});
