import { App } from 'aws-cdk-lib';
import { parsePlatformSettings, PlatformSettingsError } from '../../infra/config';
import { addRegionalStacks } from '../../infra/regional-stacks';
import { cdkJsonContext, problemsOf, SKIP_BUNDLING } from './cdk-context';

const valid = () => ({ ...cdkJsonContext().complaintPlatform });

describe('cdk.json settings, checked before synth', () => {
  it('finds nothing wrong with cdk.json as it is', () => {
    expect(problemsOf(valid())).toEqual([]);
  });

  it('lists every problem at once, each with its path, and how to fix it', () => {
    const raw = {
      ...valid(),
      regions: ['eu-west-2', 'eu-west-9', 'europe'],
      senderEmail: 'complaints@example',
      opsEmail: undefined,
      workingDayCalendar: 'FR',
      jurisdictions: ['CN', 'EU_GDPR'],
      inbound: { 'eu-west-2': { address: 'complaints@inbound.example.org' }, '*': 'off' },
    };
    expect(problemsOf(raw)).toEqual([
      { path: 'complaintPlatform.regions[1]', problem: 'is "eu-west-9", which is not an AWS region (e.g. "eu-west-2", "ap-southeast-1")' },
      { path: 'complaintPlatform.regions[2]', problem: 'is "europe", which is not an AWS region (e.g. "eu-west-2", "ap-southeast-1")' },
      { path: 'complaintPlatform.jurisdictions', problem: 'must be a list of CN, UK_FCA, US_CFPB' },
      { path: 'complaintPlatform.senderEmail', problem: 'must be an email address (the From of every email; its address or domain verified in SES)' },
      { path: 'complaintPlatform.opsEmail', problem: 'is missing' },
      { path: 'complaintPlatform.workingDayCalendar', problem: 'must be the id of a known working-day calendar (CN, UK, US, WEEKDAYS)' },
      {
        path: 'complaintPlatform.inbound.eu-west-2',
        problem: 'names an address, but SES does not receive email in eu-west-2 (it does in us-east-1, us-west-2, eu-west-1): say "off" for eu-west-2',
      },
    ]);
    expect(() => parsePlatformSettings(raw)).toThrow(/^CDK context complaintPlatform has 7 problems \(fix them in cdk.json\):\n- complaintPlatform.regions\[1\] is "eu-west-9"/);
  });

  it('says a single problem in one line', () => {
    expect(() => parsePlatformSettings({ ...valid(), opsEmail: 'ops' })).toThrow(
      new PlatformSettingsError([{ path: 'complaintPlatform.opsEmail', problem: 'must be an email address (who the alarms notify), or such addresses by region (or "*")' }]),
    );
    expect(() => parsePlatformSettings({ ...valid(), opsEmail: 'ops' })).toThrow('CDK context complaintPlatform.opsEmail must be an email address (who the alarms notify), or such addresses by region (or "*").');
  });

  it.each([
    ['an address without a domain', 'complaints'],
    ['a domain without a top-level label', 'complaints@localhost'],
    ['an empty label', 'complaints@mail..example.org'],
    ['a label starting with a hyphen', 'complaints@-mail.example.org'],
    ['a display name', 'Complaints <complaints@example.org>'],
  ])('refuses a sender that is %s', (_, senderEmail) => {
    expect(problemsOf({ ...valid(), senderEmail }).map((p) => p.path)).toEqual(['complaintPlatform.senderEmail']);
  });

  it('accepts senders and ops addresses SES takes, in any case and with subdomains', () => {
    for (const email of ['complaints@example.org', 'No-Reply+cases@Mail.Example.co.uk', 'ops_team@xn--fiqs8s.cn']) {
      expect(problemsOf({ ...valid(), senderEmail: email, opsEmail: email })).toEqual([]);
    }
  });

  it('checks the per-region settings of every configured region, and their region names', () => {
    expect(problemsOf({ ...valid(), regions: ['eu-west-1', 'us-east-1'], inbound: { 'eu-west-1': 'off' } })).toEqual([
      { path: 'complaintPlatform.inbound', problem: 'says nothing for us-east-1: give it an address or "off" (or a "*" entry)' },
    ]);
    expect(problemsOf({ ...valid(), inbound: { 'eu-westt-1': 'off', '*': 'off' }, auditDigestRetentionDays: { 'ap-southeast-one': 400, '*': 0 } })).toEqual([
      { path: 'complaintPlatform.auditDigestRetentionDays.ap-southeast-one', problem: 'names no AWS region (use a region name or "*")' },
      { path: 'complaintPlatform.auditDigestRetentionDays.*', problem: 'must be a whole number of days from 1 to 36500' },
      { path: 'complaintPlatform.inbound.eu-westt-1', problem: 'names no AWS region (use a region name or "*")' },
    ]);
  });

  it('stops `cdk synth` before any stack is built', () => {
    const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING, complaintPlatform: { ...valid(), regions: ['eu-west-2', 'mars-north-1'], opsEmail: 'nobody' } } });
    expect(() => addRegionalStacks(app)).toThrow(/has 2 problems[\s\S]*regions\[1\] is "mars-north-1"[\s\S]*opsEmail must be an email address/);
    expect(app.node.children).toEqual([]);
  });
});
