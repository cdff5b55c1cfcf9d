import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { BatchWriteItemCommand, DynamoDBClient, ListTablesCommand, ScanCommand, type AttributeValue, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { ensureTable, startDynamoDbLocal } from './dynamodb-local';
import { freePort } from './preflight';

/**
 * A local data folder as one file: every item of the table (DynamoDB JSON, so binary values and sets
 * survive) and every file beside it (complaint files, audit digests and their signing key, the local
 * secrets), gzipped JSON lines, ending with a line that counts them, so a cut-off backup is known.
 */
const HEADER = 'complaint-platform data folder';
const FORMAT = 1;
/** DynamoDB Local's own database: its items are backed up as items, never as its file. */
const DATABASE_FILE = /\.db$/;
const TABLE = 'complaints';

type Line =
  | { backup: typeof HEADER; format: number; createdAt: string; table: string }
  | { item: Record<string, AttributeValue> }
  | { file: string; data: string }
  | { end: { items: number; files: number } };

export interface BackupCounts {
  items: number;
  files: number;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Binary attribute values as base64 (JSON has no bytes). */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? { $base64: Buffer.from(raw).toString('base64') } : value;
}
const reviver = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as { $base64?: unknown }).$base64 === 'string'
    ? new Uint8Array(Buffer.from((value as { $base64: string }).$base64, 'base64'))
    : value;

async function filesUnder(root: string, dir = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(root, path)));
    else if (entry.isFile() && !DATABASE_FILE.test(entry.name)) found.push(relative(root, path).split(sep).join('/'));
  }
  return found.sort();
}

const localClient = (endpoint: string) => new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 10 });

/** The running stack's DynamoDB Local if it answers, else one started here on the data folder (the stack is stopped). */
async function openTable(dataDir: string, endpoint: string | undefined): Promise<{ client: DynamoDBClient; close: () => Promise<void> }> {
  if (endpoint) {
    const client = localClient(endpoint);
    const answers = await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(2_000) }).then(() => true, () => false);
    if (answers) return { client, close: () => Promise.resolve(client.destroy()) };
    client.destroy();
  }
  const db = await startDynamoDbLocal(await freePort(), dataDir);
  const client = localClient(db.endpoint);
  return { client, close: async () => { client.destroy(); await db.stop(); } };
}

async function write(out: Writable, line: Line): Promise<void> {
  if (!out.write(`${JSON.stringify(line, replacer)}\n`)) await once(out, 'drain');
}

/**
 * Writes the data folder to `file` (through `file.partial`, renamed when complete). Reads the table
 * through `endpoint` when the stack runs there; otherwise the folder is read with a DynamoDB Local of its own.
 */
export async function backupDataFolder(options: { dataDir: string; file: string; endpoint?: string; now?: Date }): Promise<BackupCounts> {
  if (!existsSync(options.dataDir)) throw new BackupError(`There is no data folder at ${options.dataDir}.`);
  const partial = `${options.file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const table = await openTable(options.dataDir, options.endpoint);
  const counts = { items: 0, files: 0 };
  try {
    await write(gzip, { backup: HEADER, format: FORMAT, createdAt: (options.now ?? new Date()).toISOString(), table: TABLE });
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await table.client.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start, ConsistentRead: true }));
      for (const item of page.Items ?? []) {
        await write(gzip, { item });
        counts.items += 1;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    for (const path of await filesUnder(options.dataDir)) {
      await write(gzip, { file: path, data: (await readFile(join(options.dataDir, path))).toString('base64') });
      counts.files += 1;
    }
    await write(gzip, { end: counts });
    gzip.end();
    await once(out, 'close');
    await rename(partial, options.file);
    return counts;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await table.close();
  }
}

async function batchWrite(client: DynamoDBClient, items: Array<Record<string, AttributeValue>>): Promise<void> {
  let pending: WriteRequest[] = items.map((Item) => ({ PutRequest: { Item } }));
  while (pending.length) {
    const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: pending } }));
    pending = out.UnprocessedItems?.[TABLE] ?? [];
  }
}

/**
 * Makes a new data folder at `dataDir` from a backup: built beside it and moved into place only once
 * every item and file is in, so a failed restore leaves no half-made folder. Refuses a folder that exists.
 */
export async function restoreDataFolder(options: { dataDir: string; file: string }): Promise<BackupCounts> {
  const target = resolve(options.dataDir);
  if (existsSync(target) && (await readdir(target)).length > 0) throw new BackupError(`${options.dataDir} is not empty: restore into a new data folder (--data), or move this one away first.`);
  if (!existsSync(options.file)) throw new BackupError(`Cannot read ${options.file}.`);
  const building = `${target}.restoring`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const db = await startDynamoDbLocal(await freePort(), building);
  const client = localClient(db.endpoint);
  const counts = { items: 0, files: 0 };
  let ended: BackupCounts | undefined;
  try {
    await ensureTable(client, TABLE);
    const lines = createInterface({ input: createReadStream(options.file).pipe(createGunzip()), crlfDelay: Infinity });
    let batch: Array<Record<string, AttributeValue>> = [];
    let first = true;
    for await (const text of lines) {
      if (!text) continue;
      const line = JSON.parse(text, reviver) as Line;
      if (first) {
        if (!('backup' in line) || line.backup !== HEADER || line.format !== FORMAT) throw new BackupError(`${options.file} is not a backup of a data folder (npm run backup).`);
        first = false;
      } else if ('item' in line) {
        batch.push(line.item);
        counts.items += 1;
        if (batch.length === 25) {
          await batchWrite(client, batch);
          batch = [];
        }
      } else if ('file' in line) {
        if (line.file.split('/').includes('..')) throw new BackupError(`${options.file} names a file outside the data folder.`);
        const path = join(building, line.file);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, Buffer.from(line.data, 'base64'), { mode: 0o600 });
        counts.files += 1;
      } else if ('end' in line) ended = line.end;
    }
    if (batch.length) await batchWrite(client, batch);
    if (!ended || ended.items !== counts.items || ended.files !== counts.files) throw new BackupError(`${options.file} is incomplete (cut off before its end): nothing was restored.`);
  } catch (error) {
    client.destroy();
    await db.stop();
    await rm(building, { recursive: true, force: true });
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') throw new BackupError(`${options.file} is damaged or cut off: nothing was restored.`);
    throw error;
  }
  client.destroy();
  await db.stop();
  await rm(target, { recursive: true, force: true });
  await rename(building, target);
  return counts;
}
