import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { REPORT_RETRY_ATTEMPTS, REPORT_SCHEDULE } from '../../infra/constructs/evaluation-reports';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';
import { liveAliasRef } from './live-alias';

// The templates' shape only: bundling is skipped. The cdk-nag checks run, as in `cdk synth`:
// an unacknowledged finding fails beforeAll.
let template: Template;

beforeAll(() => {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  const stack = new ComplaintPlatformStack(app, 'ComplaintPlatform-reports', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node) });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const resources = (type: string) => Object.entries(template.findResources(type));
const reportFunction = () => {
  const found = resources('AWS::Lambda::Function').filter(([, r]) => r.Properties.Description === 'Emails the evaluation reports that are due');
  expect(found).toHaveLength(1);
  return found[0];
};
/** The schedules that invoke the report function (the stack has others, e.g. the audit digests'). */
const reportSchedules = () => resources('AWS::Scheduler::Schedule').filter(([, s]) => JSON.stringify(s.Properties.Target.Arn) === JSON.stringify(liveAliasRef(template, reportFunction()[0])));
const statementsOfRole = (roleId: string): Statement[] =>
  resources('AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as Array<{ Ref: string }>).some((r) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Statement[]);
const withAction = (statements: Statement[], action: string) => statements.filter((s) => [s.Action].flat().includes(action));

describe('the evaluation reports', () => {
  test('a schedule invokes the report function every hour, on time, retrying a failed delivery', () => {
    const [functionId] = reportFunction();
    expect(reportSchedules()).toHaveLength(1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: REPORT_SCHEDULE,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: liveAliasRef(template, functionId),
        RetryPolicy: { MaximumRetryAttempts: REPORT_RETRY_ATTEMPTS, MaximumEventAgeInSeconds: 3600 },
      },
    });
    expect(REPORT_SCHEDULE).toBe('cron(5 * * * ? *)');
  });

  test("the schedule's role may invoke the report function's live alias and nothing else", () => {
    const [functionId] = reportFunction();
    const [, schedule] = reportSchedules()[0];
    const roleId = schedule.Properties.Target.RoleArn['Fn::GetAtt'][0];
    const statements = statementsOfRole(roleId);
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(['lambda:InvokeFunction']);
    expect(statements.map((s) => s.Resource)).toEqual([liveAliasRef(template, functionId)]);
  });

  test('the function reads the table, writes only in organization partitions, and sends email as the sender with the configuration set', () => {
    const [, fn] = reportFunction();
    const statements = statementsOfRole(fn.Properties.Role['Fn::GetAtt'][0]);
    expect(withAction(statements, 'dynamodb:Query')).toHaveLength(1);
    const writes = withAction(statements, 'dynamodb:PutItem');
    expect(writes).toEqual([expect.objectContaining({ Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ORG#*'] } } })]);
    for (const action of ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:TransactWriteItems']) expect([action, withAction(statements, action)]).toEqual([action, []]);
    const [send] = withAction(statements, 'ses:SendEmail');
    expect(JSON.stringify(send.Resource)).toMatch(/:identity\/.*:configuration-set\//);
    const [configurationSetId] = resources('AWS::SES::ConfigurationSet')[0];
    expect(fn.Properties.Environment.Variables).toMatchObject({ SES_CONFIGURATION_SET: { Ref: configurationSetId }, TABLE_NAME: expect.anything(), SENDER_EMAIL: expect.any(String) });
    expect(fn.Properties.Timeout).toBe(300);
  });
});
