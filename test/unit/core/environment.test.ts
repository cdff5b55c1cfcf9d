import { configFromEnvironment, ConfigurationError } from '../../../functions/config/environment';
import { replyAddressesOf } from '../../../functions/wiring/inbound';

const BASE = { TABLE_NAME: 't', SENDER_EMAIL: 's@example.org', TRACKING_URL: 'https://t.example/' };

describe('the functions\' configuration', () => {
  it('trusts the development token issuer only in the local stack', () => {
    const dev = { ...BASE, AUTH_DEV_JWKS: '{"keys":[]}', AUTH_DEV_ISSUER: 'https://dev', AUTH_DEV_AUDIENCE: 'local' };
    expect(() => configFromEnvironment(dev)).toThrow(ConfigurationError);
    expect(configFromEnvironment({ ...dev, DEVELOPMENT_MODE: 'true' }).auth.devIssuer?.issuer).toBe('https://dev');
  });

  it('takes email in at INBOUND_ADDRESS, a plain address; only functions told where the access-code secret is make or read reply addresses', () => {
    const secret = { ACCESS_CODE_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:AccessCodeSecret-AbCdEf' };
    const config = configFromEnvironment({ ...BASE, ...secret, INBOUND_ADDRESS: 'Complaints@Example.org' });
    expect(config.inboundAddress).toBe('complaints@example.org');
    expect(replyAddressesOf(config)?.inbound).toBe('complaints@example.org');
    expect(configFromEnvironment({ ...BASE, ...secret }).inboundAddress).toBeUndefined();
    // A workflow task that sends no email has the address (every function reads the same settings) but no secret.
    expect(replyAddressesOf(configFromEnvironment({ ...BASE, INBOUND_ADDRESS: 'complaints@example.org' }))).toBeUndefined();
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

  it('triages offline unless TRIAGE_MANAGED names Comprehend, whose classifier endpoint must be a classifier endpoint', () => {
    const arn = 'arn:aws:comprehend:eu-west-2:111122223333:document-classifier-endpoint/products';
    expect(configFromEnvironment(BASE).triage).toEqual({});
    expect(configFromEnvironment({ ...BASE, TRIAGE_MANAGED: 'comprehend', TRIAGE_CLASSIFIER_ENDPOINT_ARN: arn }).triage).toEqual({
      managed: { service: 'comprehend', classifierEndpointArn: arn, endpoint: undefined },
    });
    expect(() => configFromEnvironment({ ...BASE, TRIAGE_MANAGED: 'bedrock' })).toThrow('TRIAGE_MANAGED must be comprehend or off');
    expect(() => configFromEnvironment({ ...BASE, TRIAGE_CLASSIFIER_ENDPOINT_ARN: arn })).toThrow('needs TRIAGE_MANAGED=comprehend');
    expect(() => configFromEnvironment({ ...BASE, TRIAGE_MANAGED: 'comprehend', TRIAGE_CLASSIFIER_ENDPOINT_ARN: 'arn:aws:comprehend:eu-west-2:111122223333:document-classifier/products' })).toThrow(
      'document classifier endpoint',
    );
  });
});
