/**
 * npm run backup -- <file> : the local data folder (DATA_DIR, .data/dynamodb) as one file: the table's
 * items, the complaint files, the audit digests and their key, the local secrets. Reads the running
 * `npm start` stack's table (127.0.0.1:DYNAMODB_PORT) if it answers, else the stopped folder itself.
 * npm run restore -- <file> makes a data folder from it. Exit code 0 when written, 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { backupDataFolder, BackupError } from '../local/data-backup';
import { DATA_DIR } from '../local/start-options';

const USAGE = 'Usage: npm run backup -- <file>   (the data folder: DATA_DIR, now ' + DATA_DIR + ')';

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const endpoint = process.env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
  const counts = await backupDataFolder({ dataDir: DATA_DIR, file: positionals[0], endpoint });
  console.log(`Backed up ${DATA_DIR} to ${positionals[0]}: ${counts.items} items, ${counts.files} files.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : `Backup failed (${error instanceof Error ? error.name : 'error'}); nothing was written.`);
  process.exit(1);
});
