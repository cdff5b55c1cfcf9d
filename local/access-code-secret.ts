import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let perProcess: string | undefined;

/**
 * The local stack's ACCESS_CODE_SECRET (it derives the access codes of idempotent
 * submissions): kept in the data folder, so a retry after a restart still answers the
 * same code, or made for this process when the data is in memory (tests).
 */
export function localAccessCodeSecret(dataDir?: string): string {
  if (!dataDir) return (perProcess ??= randomBytes(32).toString('base64url'));
  const file = join(dataDir, 'access-code-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
