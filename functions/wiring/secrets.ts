import { KeyringFile } from '../adapters/local/keyring-file';
import { SecretsManagerKeyring } from '../adapters/secrets-manager/keyring-source';
import type { SecretLocation } from '../config/environment';
import type { KeyringSource } from '../core/secrets/keyring';

/** Where a secret is read when needed: Secrets Manager in the cloud, a file of the data folder locally. */
export function keyringSource(location: SecretLocation | undefined): KeyringSource | undefined {
  if (!location) return undefined;
  return 'secretId' in location ? new SecretsManagerKeyring(location.secretId) : new KeyringFile(location.file);
}
