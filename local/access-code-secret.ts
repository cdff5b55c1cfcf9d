import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseKeyring, rotated, serializeKeyring, type Keyring } from '../functions/core/secrets/keyring';
import { freshKey } from '../functions/core/secrets/rotation';
import { DATA_DIR } from './start-options';

/**
 * The local stack's secrets, where the cloud keeps them in Secrets Manager (there is none
 * on this machine): files in the data folder, made on first start, so a retry after a
 * restart still answers the same access code and the search index stays readable. The
 * functions read them through the same port (functions/adapters/local/keyring-file.ts).
 * - access-code-secret: the access-code keyring (it derives the access codes of idempotent
 *   submissions and keys the reply addresses); `rotateLocalAccessCodeSecret` rotates it as
 *   the cloud's rotation function does;
 * - search-index-secret: keys the search index, kept with the data as the index is; never rotated.
 */
export function localSecretFiles(dir: string): { accessCode: string; searchIndex: string } {
  return { accessCode: localSecret(dir, 'access-code-secret'), searchIndex: localSecret(dir, 'search-index-secret') };
}

function localSecret(dir: string, name: string): string {
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, freshKey(), { mode: 0o600 });
  }
  return file;
}

/** One rotation of the local access-code keyring (core/secrets/keyring.ts), written whole or not at all. */
export function rotateLocalAccessCodeSecret(dir: string, now: Date = new Date()): Keyring {
  const file = localSecret(dir, 'access-code-secret');
  const next = rotated(parseKeyring(readFileSync(file, 'utf8')), now, freshKey());
  writeFileSync(`${file}.new`, serializeKeyring(next), { mode: 0o600 });
  renameSync(`${file}.new`, file);
  return next;
}

// `npx tsx local/access-code-secret.ts rotate [data folder]`: what `aws secretsmanager rotate-secret` does in the cloud.
if (require.main === module) {
  const [command, dir = DATA_DIR] = process.argv.slice(2);
  if (command !== 'rotate') {
    console.error('Usage: npx tsx local/access-code-secret.ts rotate [data folder, default .data/dynamodb]');
    process.exit(2);
  }
  const keyring = rotateLocalAccessCodeSecret(resolve(dir));
  console.log(`Rotated ${join(resolve(dir), 'access-code-secret')}: ${keyring.previous.length} retired key(s) still accepted, next key published.`);
}
