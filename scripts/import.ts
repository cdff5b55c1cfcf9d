/**
 * npm run import -- <file.csv|file.json> [--org <organization id>]: loads CFPB complaints,
 * from its CSV export (18 columns, or the 16-column variant) or its API's JSON.
 *
 * Writes where the functions write: TABLE_NAME, AWS_REGION and DYNAMODB_ENDPOINT as the
 * CDK stack or the local stack set them. Without TABLE_NAME it writes to the running
 * `npm start` stack: table `complaints` on DynamoDB Local at 127.0.0.1:DYNAMODB_PORT (8000).
 * Exit code 0 when the file was gone through (bad rows are reported and skipped), 1 when
 * the import could not run or stopped; running it again adds only what is missing.
 */
import { access, constants } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Presets, SingleBar } from 'cli-progress';
import { DynamoDbComplaintStore } from '../functions/adapters/dynamodb/complaint-store';
import { systemClock } from '../functions/core/clock';
import {
  formatBadRow,
  formatUnknownValues,
  importCfpbComplaints,
  ImportInterrupted,
  type ImportCounts,
  type ImportResult,
} from '../functions/core/import/import-complaints';
import { openCfpbSource, type CfpbSource } from './cfpb-source';
import { NotCfpbExport } from './not-cfpb-export';

const USAGE = 'Usage: npm run import -- <file.csv|file.json> [--org <organization id>]';

interface Target {
  tableName: string;
  region: string;
  endpoint?: string;
}

function target(env: NodeJS.ProcessEnv): Target {
  const region = env.AWS_REGION ?? 'us-east-1';
  if (env.TABLE_NAME) return { tableName: env.TABLE_NAME, region, endpoint: env.DYNAMODB_ENDPOINT || undefined };
  // The names and port local/stack.ts gives the functions.
  return { tableName: 'complaints', region, endpoint: env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${env.DYNAMODB_PORT ?? 8000}` };
}

function client({ region, endpoint }: Target, env: NodeJS.ProcessEnv): DynamoDBClient {
  // DynamoDB Local takes any credentials; the cloud takes the caller's own.
  const credentials = endpoint && !env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined;
  return new DynamoDBClient({ region, endpoint, credentials });
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

/** A name or system code (ECONNREFUSED), never a message: messages can quote what they were given. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'an unknown error';
  const code = (error as NodeJS.ErrnoException).code;
  return error.name === 'Error' && typeof code === 'string' ? code : error.name;
}

function summary(counts: ImportCounts, seconds: number): string {
  const rows = counts.imported + counts.alreadyPresent + counts.bad;
  return `${counts.imported} imported, ${counts.alreadyPresent} already present, ${counts.bad} bad (${rows} rows in ${seconds.toFixed(1)} s, ${(rows / Math.max(seconds, 0.001)).toFixed(0)} rows/s)`;
}

/** Columns only, never values: a value the CFPB never published may still be a person's words. */
const unknownSummary = (result: ImportResult): string =>
  `Imported with unknown values (kept as text, mapped to a fallback): ${result.importedWithUnknownValues} row${result.importedWithUnknownValues === 1 ? '' : 's'}; by column: ${formatUnknownValues(result.unknownValues)}.`;

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { org: { type: 'string' } } });
  } catch {
    return fail(USAGE);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return fail(USAGE);
  const [file] = positionals;
  const organizationId = values.org ?? process.env.ORGANIZATION_ID ?? 'default';
  await access(file, constants.R_OK).catch(() => fail(`Cannot read ${file}.`));

  const where = target(process.env);
  const dynamodb = client(where, process.env);
  const place = `table ${where.tableName}${where.endpoint ? ` at ${where.endpoint}` : ` in ${where.region}`}`;
  await dynamodb
    .send(new DescribeTableCommand({ TableName: where.tableName }))
    .catch((error: unknown) =>
      fail(`Cannot reach ${place} (${errorName(error)}).${process.env.TABLE_NAME ? '' : ' Is `npm start` running? Or set TABLE_NAME, AWS_REGION (and DYNAMODB_ENDPOINT) to import elsewhere.'}`),
    );

  const unreadable = (error: unknown): never => fail(error instanceof NotCfpbExport ? error.message : `Cannot read ${file} (${errorName(error)}).`);
  const source: CfpbSource = await openCfpbSource(file).catch(unreadable);
  const total = await source.count().catch(unreadable);
  console.error(`Importing ${total} ${source.format} rows into ${place}, organization ${organizationId}.`);
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {value}/{total} rows | {imported} imported, {alreadyPresent} already present, {bad} bad | ETA {eta_formatted}', stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0, { imported: 0, alreadyPresent: 0, bad: 0 });
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  try {
    const result = await importCfpbComplaints(source.rows(), {
      store: new DynamoDbComplaintStore(dynamodb, where.tableName),
      clock: systemClock,
      organizationId,
      onProgress: (counts) => bar.update(counts.imported + counts.alreadyPresent + counts.bad, counts),
    });
    bar.stop();
    console.log(`Import finished: ${summary(result, elapsed())}.`);
    if (result.importedWithUnknownValues) console.log(unknownSummary(result));
    if (result.badRows.length) console.log(`Bad rows, skipped:\n${result.badRows.map((b) => `  ${formatBadRow(b, source.unit)}`).join('\n')}`);
  } catch (error) {
    bar.stop();
    if (error instanceof ImportInterrupted) {
      fail(`Import stopped (${errorName(error.cause)}) after ${summary(error.counts, elapsed())}. Run it again to finish: rows already imported are skipped.`);
    }
    throw error;
  } finally {
    dynamodb.destroy();
  }
}

main().catch((error: unknown) => fail(`Import failed (${errorName(error)}).`));
