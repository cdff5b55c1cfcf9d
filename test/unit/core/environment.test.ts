import { configFromEnvironment, ConfigurationError } from '../../../functions/config/environment';

const BASE = { TABLE_NAME: 't', SENDER_EMAIL: 's@example.org', TRACKING_URL: 'https://t.example/' };

describe('the functions\' configuration', () => {
  it('trusts the development token issuer only in the local stack', () => {
    const dev = { ...BASE, AUTH_DEV_JWKS: '{"keys":[]}', AUTH_DEV_ISSUER: 'https://dev', AUTH_DEV_AUDIENCE: 'local' };
    expect(() => configFromEnvironment(dev)).toThrow(ConfigurationError);
    expect(configFromEnvironment({ ...dev, DEVELOPMENT_MODE: 'true' }).auth.devIssuer?.issuer).toBe('https://dev');
  });

  it('takes email in at INBOUND_ADDRESS, a plain address, only with the secret that keys its reply addresses', () => {
    const secret = { ACCESS_CODE_SECRET: 'x'.repeat(32) };
    expect(configFromEnvironment({ ...BASE, ...secret, INBOUND_ADDRESS: 'Complaints@Example.org' }).inboundAddress).toBe('complaints@example.org');
    expect(configFromEnvironment({ ...BASE, ...secret }).inboundAddress).toBeUndefined();
    expect(() => configFromEnvironment({ ...BASE, INBOUND_ADDRESS: 'complaints@example.org' })).toThrow('INBOUND_ADDRESS needs ACCESS_CODE_SECRET');
    expect(() => configFromEnvironment({ ...BASE, ...secret, INBOUND_ADDRESS: 'complaints+x@example.org' })).toThrow('without a +');
  });

  it('uses the stack\'s Cognito user pool when it is configured', () => {
    const config = configFromEnvironment({ ...BASE, AUTH_COGNITO_USER_POOL_ID: 'eu-west-2_abc', AUTH_COGNITO_CLIENT_ID: 'client' });
    expect(config.auth).toEqual({ cognito: { userPoolId: 'eu-west-2_abc', clientId: 'client' }, devIssuer: undefined });
  });

  it('takes the audit digests\' archive and key together, or neither', () => {
    expect(configFromEnvironment({ ...BASE, AUDIT_DIGEST_BUCKET: 'digests', AUDIT_DIGEST_KEY_ID: 'arn:aws:kms:eu-west-2:1:key/k' }).auditDigests).toMatchObject({ bucket: 'digests', kmsKeyId: 'arn:aws:kms:eu-west-2:1:key/k' });
    expect(() => configFromEnvironment({ ...BASE, AUDIT_DIGEST_BUCKET: 'digests' })).toThrow('AUDIT_DIGEST_BUCKET and AUDIT_DIGEST_KEY_ID go together');
    expect(() => configFromEnvironment({ ...BASE, AUDIT_DIGEST_DIR: '/tmp/d' })).toThrow('AUDIT_DIGEST_DIR and AUDIT_DIGEST_KEY_FILE go together');
    expect(configFromEnvironment(BASE).auditDigests).toEqual({});
  });

  it('refuses an unknown jurisdiction', () => {
    expect(() => configFromEnvironment({ ...BASE, JURISDICTIONS: 'CN,XX' })).toThrow('JURISDICTIONS');
  });
});
