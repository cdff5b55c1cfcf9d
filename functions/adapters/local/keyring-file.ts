import { readFile } from 'node:fs/promises';
import { parseKeyring, type Keyring, type KeyringSource } from '../../core/secrets/keyring';

/**
 * The local stack's stand-in for a secret in Secrets Manager (there is none on a
 * developer's machine): the keyring kept in a file of the data folder. Read on every use,
 * uncached: the file is small, and a local rotation (local/access-code-secret.ts) shows at once.
 */
export class KeyringFile implements KeyringSource {
  constructor(private readonly file: string) {}

  async keyring(): Promise<Keyring> {
    return parseKeyring(await readFile(this.file, 'utf8'));
  }
}
