import { configFromEnvironment } from '../../../functions/config/environment';

const BASE = { TABLE_NAME: 't', SENDER_EMAIL: 'a@example.org', TRACKING_URL: 'https://t.example/' };

describe('partner settings from the environment', () => {
  it('default to 120 requests a minute and no access-code secret (idempotent submissions refused)', () => {
    expect(configFromEnvironment(BASE)).toMatchObject({ partnerRateLimitPerMinute: 120, secrets: { accessCode: undefined } });
  });

  it('read PARTNER_RATE_LIMIT_PER_MINUTE and where the access-code secret is kept, never the secret', () => {
    const arn = 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:AccessCodeSecret-AbCdEf';
    expect(configFromEnvironment({ ...BASE, PARTNER_RATE_LIMIT_PER_MINUTE: '5', ACCESS_CODE_SECRET_ARN: arn })).toMatchObject({ partnerRateLimitPerMinute: 5, secrets: { accessCode: { secretId: arn } } });
    expect(configFromEnvironment({ ...BASE, ACCESS_CODE_SECRET_FILE: '/data/access-code-secret' })).toMatchObject({ secrets: { accessCode: { file: '/data/access-code-secret' } } });
  });

  it('refuse a limit that is not a whole number of at least 1, and a secret given in the environment itself', () => {
    for (const limit of ['0', '-1', '1.5', 'many']) expect(() => configFromEnvironment({ ...BASE, PARTNER_RATE_LIMIT_PER_MINUTE: limit })).toThrow('PARTNER_RATE_LIMIT_PER_MINUTE');
    expect(() => configFromEnvironment({ ...BASE, ACCESS_CODE_SECRET: 's'.repeat(32) })).toThrow('ACCESS_CODE_SECRET must not hold the secret: set ACCESS_CODE_SECRET_ARN');
    expect(() => configFromEnvironment({ ...BASE, SEARCH_INDEX_SECRET: 's'.repeat(32) })).toThrow('SEARCH_INDEX_SECRET must not hold the secret');
  });
});
