import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const perProcess = new Map<string, string>();

/**
 * The local stack's ACCESS_CODE_SECRET (it derives the access codes of idempotent
 * submissions): kept in the data folder, so a retry after a restart still answers the
 * same code, or made for this process when the data is in memory (tests).
 */
export const localAccessCodeSecret = (dataDir?: string): string => localSecret('access-code-secret', dataDir);

/** The local stack's SEARCH_INDEX_SECRET: kept with the data, as the index it keys is. */
export const localSearchIndexSecret = (dataDir?: string): string => localSecret('search-index-secret', dataDir);

function localSecret(name: string, dataDir?: string): string {
  if (!dataDir) {
    if (!perProcess.has(name)) perProcess.set(name, randomBytes(32).toString('base64url'));
    return perProcess.get(name)!;
  }
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
