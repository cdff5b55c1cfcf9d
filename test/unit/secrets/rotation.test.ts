import { parseKeyring, verificationKeys } from '../../../functions/core/secrets/keyring';
import { rotationStep, type SecretVersions } from '../../../functions/core/secrets/rotation';
import { idempotentAccessCode } from '../../../functions/core/partners/idempotency';
import { FakeClock } from '../../harness/fake-clock';

const SECRET_ID = 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:AccessCodeSecret-AbCdEf';
const ORIGINAL = 'o'.repeat(64);
const SCOPE = { organizationId: 'acme', caller: 'partner:shop-1', key: 'order-42' };

/** Secrets Manager's versions and staging labels, as rotation sees them. */
class InMemorySecretVersions implements SecretVersions {
  rotationEnabled = true;
  readonly values = new Map<string, string>([['v0', ORIGINAL]]);
  readonly stages: Record<string, string[]> = { v0: ['AWSCURRENT'] };
  writes = 0;

  async describe() {
    return { rotationEnabled: this.rotationEnabled, stages: structuredClone(this.stages) };
  }

  async value(_: string, versionId?: string) {
    return this.values.get(versionId ?? Object.keys(this.stages).find((v) => this.stages[v].includes('AWSCURRENT'))!);
  }

  async putPending(_: string, versionId: string, value: string) {
    this.writes += 1;
    this.values.set(versionId, value);
    this.stages[versionId] = ['AWSPENDING'];
  }

  async makeCurrent(_: string, versionId: string, fromVersionId: string) {
    this.stages[fromVersionId] = ['AWSPREVIOUS'];
    this.stages[versionId] = ['AWSCURRENT'];
  }

  /** What Secrets Manager does when a rotation starts: a new version id, labelled pending. */
  start(versionId: string) {
    this.stages[versionId] = ['AWSPENDING'];
  }

  current() {
    return parseKeyring((this.values.get(Object.keys(this.stages).find((v) => this.stages[v].includes('AWSCURRENT'))!))!);
  }
}

function setup() {
  const versions = new InMemorySecretVersions();
  const clock = new FakeClock('2027-01-01T00:00:00Z');
  let made = 0;
  const deps = { versions, clock, newKey: () => `${++made}`.padEnd(43, 'k') };
  const rotate = async (versionId: string) => {
    versions.start(versionId);
    for (const step of ['createSecret', 'setSecret', 'testSecret', 'finishSecret']) await rotationStep(deps, { SecretId: SECRET_ID, ClientRequestToken: versionId, Step: step });
  };
  return { versions, clock, deps, rotate };
}

describe('rotating the access-code secret (Secrets Manager rotation function)', () => {
  it('keeps the key a code was made with accepted after two rotations, and makes new codes with the new key', async () => {
    const { versions, clock, rotate } = setup();
    const code = idempotentAccessCode(ORIGINAL, SCOPE);
    await rotate('v1');
    expect(versions.current()).toMatchObject({ current: ORIGINAL, next: '1'.padEnd(43, 'k') });
    clock.advance(90 * 24 * 3600 * 1000);
    await rotate('v2');
    const keyring = versions.current();
    expect(keyring.current).toBe('1'.padEnd(43, 'k'));
    expect(keyring.previous).toEqual([{ key: ORIGINAL, retiredAt: '2027-04-01T00:00:00.000Z' }]);
    expect(verificationKeys(keyring).map((k) => idempotentAccessCode(k, SCOPE))).toContain(code);
    expect(idempotentAccessCode(keyring.current, SCOPE)).not.toBe(code);
  });

  it('writes the pending version once when Secrets Manager retries a step', async () => {
    const { versions, deps } = setup();
    versions.start('v1');
    const create = { SecretId: SECRET_ID, ClientRequestToken: 'v1', Step: 'createSecret' };
    await rotationStep(deps, create);
    const pending = versions.values.get('v1');
    await rotationStep(deps, create);
    expect(versions.writes).toBe(1);
    expect(versions.values.get('v1')).toBe(pending);
    await rotationStep(deps, { ...create, Step: 'finishSecret' });
    await rotationStep(deps, { ...create, Step: 'finishSecret' });
    expect(versions.stages).toMatchObject({ v0: ['AWSPREVIOUS'], v1: ['AWSCURRENT'] });
  });

  it('refuses a rotation that is not enabled, names an unknown version, or finds a pending value that is not a keyring', async () => {
    const { versions, deps } = setup();
    versions.rotationEnabled = false;
    versions.start('v1');
    await expect(rotationStep(deps, { SecretId: SECRET_ID, ClientRequestToken: 'v1', Step: 'createSecret' })).rejects.toThrow('Rotation is not enabled');
    versions.rotationEnabled = true;
    await expect(rotationStep(deps, { SecretId: SECRET_ID, ClientRequestToken: 'v9', Step: 'createSecret' })).rejects.toThrow('does not have');
    versions.values.set('v1', 'short');
    await expect(rotationStep(deps, { SecretId: SECRET_ID, ClientRequestToken: 'v1', Step: 'testSecret' })).rejects.toThrow('at least 32 characters');
    expect(versions.current()).toEqual({ current: ORIGINAL, previous: [] });
  });
});
