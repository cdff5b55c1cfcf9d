/**
 * npm run migrate: applies the table's pending migrations (functions/migrations/migrations.ts)
 * and prints what the table has applied. Locally the running `npm start` stack's table (which
 * `npm start` also migrates as it starts); in the cloud TABLE_NAME and AWS_REGION, with the
 * operator's credentials (the deployment's migration function does this itself: see
 * docs/OPERATIONS.md). Exit code 0 when every migration is applied, 1 otherwise.
 */
import { DynamoDbMigrationStore } from '../functions/adapters/dynamodb/migration-store';
import { logger } from '../functions/adapters/observability/logger';
import { migrateTable } from '../functions/wiring/migrations';
import { tableClient, tableTarget } from './table-target';

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const target = tableTarget();
  const client = tableClient(target);
  try {
    const run = await migrateTable(client, target.tableName, { logger });
    const state = await new DynamoDbMigrationStore(client, target.tableName).readState();
    for (const a of state.applied) console.log(`applied  ${a.id}  ${a.at}  ${a.migrated} items rewritten`);
    if (!run.done) {
      console.error(`Not finished (${run.yielded ? 'another run is applying them' : 'stopped'}): ${run.pending.join(', ')}. Run it again.`);
      process.exitCode = 1;
    } else console.log(`${target.place}: every migration applied.`);
  } finally {
    client.destroy();
  }
}

/** A name or system code (ECONNREFUSED), never a message: messages can quote what they were given. */
const errorName = (error: unknown): string => (error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.name) : 'error');

main().catch((error: unknown) => {
  console.error(
    `Migration of ${tableTarget().place} failed (${errorName(error)}). Is \`npm start\` running, or are TABLE_NAME and AWS_REGION set? Run it again: items already migrated are not rewritten.`,
  );
  process.exit(1);
});
