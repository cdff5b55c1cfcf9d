/**
 * npm run restore -- <file> [--data <folder>] : makes a new data folder from `npm run backup`'s file,
 * at --data or DATA_DIR (.data/dynamodb), which must not exist or be empty; stop `npm start` first.
 * Then `npm start` (DATA_DIR=<folder> for another folder) serves it, migrated to this release's
 * formats; `npm run verify-audit` checks its audit trail. Exit code 0 when restored, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { BackupError, restoreDataFolder } from '../local/data-backup';
import { DATA_DIR } from '../local/start-options';

const USAGE = 'Usage: npm run restore -- <file> [--data <new data folder>]';

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const dataDir = parsed.values.data ?? DATA_DIR;
  const counts = await restoreDataFolder({ dataDir, file: parsed.positionals[0] });
  console.log(`Restored ${counts.items} items and ${counts.files} files into ${dataDir}. Start it with: ${dataDir === DATA_DIR ? '' : `DATA_DIR=${dataDir} `}npm start`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : `Restore failed (${error instanceof Error ? error.name : 'error'}); nothing was restored.`);
  process.exit(1);
});
