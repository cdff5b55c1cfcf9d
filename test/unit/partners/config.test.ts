import { configFromEnvironment } from '../../../functions/config/environment';

const BASE = { TABLE_NAME: 't', SENDER_EMAIL: 'a@example.org', TRACKING_URL: 'https://t.example/' };

describe('partner settings from the environment', () => {
  it('default to 120 requests a minute and no access-code secret (idempotent submissions refused)', () => {
    expect(configFromEnvironment(BASE)).toMatchObject({ partnerRateLimitPerMinute: 120, accessCodeSecret: undefined });
  });

  it('read PARTNER_RATE_LIMIT_PER_MINUTE and ACCESS_CODE_SECRET', () => {
    const secret = 's'.repeat(32);
    expect(configFromEnvironment({ ...BASE, PARTNER_RATE_LIMIT_PER_MINUTE: '5', ACCESS_CODE_SECRET: secret })).toMatchObject({ partnerRateLimitPerMinute: 5, accessCodeSecret: secret });
  });

  it('refuse a limit that is not a whole number of at least 1, and a secret under 32 characters', () => {
    for (const limit of ['0', '-1', '1.5', 'many']) expect(() => configFromEnvironment({ ...BASE, PARTNER_RATE_LIMIT_PER_MINUTE: limit })).toThrow('PARTNER_RATE_LIMIT_PER_MINUTE');
    expect(() => configFromEnvironment({ ...BASE, ACCESS_CODE_SECRET: 'short' })).toThrow('ACCESS_CODE_SECRET must be at least 32 characters');
  });
});
