import type { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { traced } from '../observability/tracing';
import { KeyringError, parseKeyring, type Keyring, type KeyringSource } from '../../core/secrets/keyring';

/**
 * How long a function keeps a secret it read before asking Secrets Manager again. Far shorter
 * than a rotation's interval, so a function never misses a key published one rotation ahead.
 */
export const SECRET_MAX_AGE_SECONDS = 300;

// One provider (one client, one cache) for every secret of the process, made on the first read:
// most requests never need a secret, and the cold start does not pay for its client.
let provider: Promise<SecretsProvider> | undefined;

/** Powertools' provider over a traced client, so secret reads show in X-Ray like every other AWS call. */
async function newProvider(): Promise<SecretsProvider> {
  const [{ SecretsProvider }, { SecretsManagerClient }] = await Promise.all([import('@aws-lambda-powertools/parameters/secrets'), import('@aws-sdk/client-secrets-manager')]);
  return new SecretsProvider({ awsSdkV3Client: traced(new SecretsManagerClient({})) });
}

/** A keyring kept in Secrets Manager, read through Powertools Parameters when first needed and cached. */
export class SecretsManagerKeyring implements KeyringSource {
  constructor(private readonly secretId: string) {}

  async keyring(): Promise<Keyring> {
    const secrets = await (provider ??= newProvider());
    const value = await secrets.get(this.secretId, { maxAge: SECRET_MAX_AGE_SECONDS });
    if (typeof value !== 'string') throw new KeyringError('The secret has no text value.');
    return parseKeyring(value);
  }
}
