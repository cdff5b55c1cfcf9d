import { App, Token } from 'aws-cdk-lib';
import { configFromEnvironment } from '../../functions/config/environment';
import { DEFAULT_AUDIT_DIGEST_RETENTION_DAYS, parsePlatformSettings, PlatformSettingsError } from '../../infra/config';
import { addNagChecks } from '../../infra/nag';
import { addRegionalStacks } from '../../infra/regional-stacks';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// These tests look at which stacks exist and where, not at their code: bundling is skipped.
// The cdk-nag checks are on, as in infra/app.ts (test/infra/nag.test.ts looks at what they find).
function synthesizedStacks(complaintPlatform: Record<string, unknown>) {
  const app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING, complaintPlatform } });
  addRegionalStacks(app);
  addNagChecks(app);
  // The cloud assembly lists stacks in its own order.
  return app
    .synth()
    .stacks.map((s) => ({ name: s.stackName, region: s.environment.region }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the app', () => {
  test('synthesizes one stack per region in cdk.json, each in its region', () => {
    const { complaintPlatform } = cdkJsonContext();
    const regions = complaintPlatform.regions as string[];
    expect(regions.length).toBeGreaterThan(0);
    const expected = regions.map((region) => ({ name: `ComplaintPlatform-${region}`, region }));
    expect(synthesizedStacks(complaintPlatform)).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
  });

  test('refuses to synthesize a region where a resource type it uses does not exist (SES in Hong Kong)', () => {
    const { complaintPlatform } = cdkJsonContext();
    expect(() => synthesizedStacks({ ...complaintPlatform, regions: ['ap-east-1'] })).toThrow(/SES/);
  });

  test('follows the configured regions', () => {
    const { complaintPlatform } = cdkJsonContext();
    expect(synthesizedStacks({ ...complaintPlatform, regions: ['us-east-1', 'eu-central-1'] })).toEqual([
      { name: 'ComplaintPlatform-eu-central-1', region: 'eu-central-1' },
      { name: 'ComplaintPlatform-us-east-1', region: 'us-east-1' },
    ]);
  });

  describe('account', () => {
    const saved = process.env.CDK_DEFAULT_ACCOUNT;
    afterEach(() => {
      if (saved === undefined) delete process.env.CDK_DEFAULT_ACCOUNT;
      else process.env.CDK_DEFAULT_ACCOUNT = saved;
    });
    const stacks = () => addRegionalStacks(new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } }));

    test('is CDK_DEFAULT_ACCOUNT when it is set', () => {
      process.env.CDK_DEFAULT_ACCOUNT = '123456789012';
      for (const stack of stacks()) expect(stack.account).toBe('123456789012');
    });

    test('is left to deploy time when CDK_DEFAULT_ACCOUNT is not set', () => {
      delete process.env.CDK_DEFAULT_ACCOUNT;
      for (const stack of stacks()) expect(Token.isUnresolved(stack.account)).toBe(true);
    });
  });
});

describe('the complaintPlatform context', () => {
  const valid = () => ({ ...cdkJsonContext().complaintPlatform });

  test('in cdk.json is valid, with no CORS origins', () => {
    const raw = valid();
    expect(parsePlatformSettings(raw)).toEqual({ ...raw, allowedOrigins: [], auditDigestRetentionDays: DEFAULT_AUDIT_DIGEST_RETENTION_DAYS, inbound: 'off', triage: 'offline' });
  });

  test('is required', () => {
    expect(() => parsePlatformSettings(undefined)).toThrow(/CDK context "complaintPlatform" is missing/);
  });

  test.each(['regions', 'senderEmail', 'opsEmail', 'organizationId', 'organizationTimeZone', 'workingDayCalendar', 'jurisdictions'])(
    'names %s when it is missing',
    (key) => {
      const raw: Record<string, unknown> = valid();
      delete raw[key];
      expect(() => parsePlatformSettings(raw)).toThrow(new PlatformSettingsError([{ path: `complaintPlatform.${key}`, problem: 'is missing' }]));
    },
  );

  test('leaves trackingUrl out when it is not set: the stack links to its own portal', () => {
    const raw: Record<string, unknown> = valid();
    delete raw.trackingUrl;
    expect(parsePlatformSettings(raw).trackingUrl).toBeUndefined();
    expect(parsePlatformSettings({ ...raw, trackingUrl: 'https://complaints.example.org/track' }).trackingUrl).toBe('https://complaints.example.org/track');
  });

  test.each([
    ['regions', []],
    ['regions', ['eu-west-2', 'eu-west-2']],
    ['regions', 'eu-west-2'],
    ['senderEmail', 'complaints'],
    ['opsEmail', 'operations@localhost'],
    ['organizationId', ' '],
    ['organizationTimeZone', 'Mars/Olympus_Mons'],
    ['workingDayCalendar', 'XX'],
    ['jurisdictions', 'CN'],
    ['jurisdictions', ['XX']],
    ['jurisdictions', ['cn']],
    ['jurisdictions', ['CN', 'CN']],
    ['jurisdictions', [1]],
    ['trackingUrl', 'http://complaints.example.org/track'],
    ['trackingUrl', 'not a url'],
    ['allowedOrigins', ['https://complaints.example.org/']],
    ['allowedOrigins', ['*']],
    ['allowedOrigins', 'https://complaints.example.org'],
  ])('refuses %s = %j, naming it', (key, value) => {
    expect(() => parsePlatformSettings({ ...valid(), [key]: value })).toThrow(`CDK context complaintPlatform.${key} must`);
  });

  test('accepts every jurisdiction the functions accept, in any combination, and none', () => {
    for (const jurisdictions of [['CN'], ['UK_FCA'], ['US_CFPB'], ['US_CFPB', 'CN', 'UK_FCA'], []]) {
      expect(parsePlatformSettings({ ...valid(), jurisdictions }).jurisdictions).toEqual(jurisdictions);
      // The stack passes them on comma-separated: the functions must read back the same list.
      const env = { TABLE_NAME: 't', SENDER_EMAIL: 'a@example.org', TRACKING_URL: 'https://example.org', JURISDICTIONS: jurisdictions.join(',') };
      expect(configFromEnvironment(env).settingsDefaults.jurisdictions).toEqual(jurisdictions);
    }
  });

  test('accepts bare origins in allowedOrigins', () => {
    const origins = ['https://complaints.example.org', 'http://localhost:5173'];
    expect(parsePlatformSettings({ ...valid(), allowedOrigins: origins }).allowedOrigins).toEqual(origins);
  });
});
