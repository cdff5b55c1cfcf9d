/**
 * CFPB import throughput: the whole sample (read, parsed, validated, mapped and written
 * through the store) into a fresh in-memory DynamoDB Local, against the baseline of the
 * same transactions (reference claim, complaint, audit entry) built beforehand and sent
 * raw at the same concurrency. Each starts with a warm-up of raw transactions, so
 * DynamoDB Local's JIT warm-up falls on neither.
 */
import { resolve } from 'node:path';
import { DynamoDBClient, TransactWriteItemsCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { DynamoDbComplaintStore } from '../functions/adapters/dynamodb/complaint-store';
import { auditItem, complaintItem, referenceItem } from '../functions/adapters/dynamodb/items';
import { TABLE_DESIGN } from '../functions/adapters/dynamodb/table-design';
import type { ComplaintChange } from '../functions/core/complaint';
import { complaintFromCfpbRow } from '../functions/core/import/cfpb-row';
import { importCfpbComplaints } from '../functions/core/import/import-complaints';
import { ensureTable, startDynamoDbLocal } from '../local/dynamodb-local';
import { freePort } from '../local/preflight';
import { readCfpbCsv } from '../scripts/cfpb-csv';
import { guard } from './cleanup';
import { ratio, table } from './report';

/** The real CFPB sample kept with the benchmarks (bench/data/source/SOURCES.md). */
export const CFPB_SAMPLE = resolve(__dirname, 'data/source/cfpb_complaints_sample_2015-2020.csv');

export interface Rate {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportThroughputResult extends Rate {
  imported: number;
  bad: number;
  /** Imported rows with a value the CFPB never published (kept as text). */
  withUnknownValues: number;
  concurrency: number;
  /** Raw TransactWriteItems of the same complaints, nothing read or checked. */
  baseline: Rate;
  /** Import rows per second over baseline rows per second. */
  ratio: number;
}

const rate = (rows: number, ms: number): Rate => ({ rows, seconds: ms / 1000, rowsPerSecond: rows / (ms / 1000) });

async function pool<T>(items: readonly T[], concurrency: number, send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < items.length; i = next++) await send(items[i]);
  }));
}

/** A fresh in-memory DynamoDB Local with the table, warmed up with raw transactions into a table of their own. */
async function freshDynamoDb(concurrency: number, warmup: ComplaintChange[], run: (client: DynamoDBClient, table: string) => Promise<Rate>): Promise<Rate> {
  const db = await startDynamoDbLocal(await freePort());
  const stop = guard(db.stop);
  const client = new DynamoDBClient({ endpoint: db.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    for (const table of ['warmup', 'complaints']) await ensureTable(client, table);
    await pool(warmup, concurrency, rawTransaction(client, 'warmup'));
    return await run(client, 'complaints');
  } finally {
    client.destroy();
    await stop();
  }
}

const rawTransaction = (client: DynamoDBClient, table: string) => async (change: ComplaintChange) => {
  const items = [referenceItem(change.complaint), complaintItem(change.complaint), auditItem(change.audit)];
  const absent = `attribute_not_exists(${TABLE_DESIGN.partitionKey})`;
  await client.send(
    new TransactWriteItemsCommand({
      TransactItems: items.map((item): TransactWriteItem => ({ Put: { TableName: table, Item: marshall(item, { removeUndefinedValues: true }), ConditionExpression: absent } })),
    }),
  );
};

/**
 * Each mode runs on a DynamoDB Local of its own: sent second into the one that already
 * held the import, the baseline once ran at a ninth of the import's rate, which measures
 * the emulator, not the import.
 */
export async function importThroughput(options: { file?: string; concurrency?: number; warmup?: number } = {}): Promise<ImportThroughputResult> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const file = resolve(options.file ?? CFPB_SAMPLE);
  const concurrency = options.concurrency ?? 16;
  const importedAt = new Date();
  const changes: ComplaintChange[] = [];
  for await (const row of readCfpbCsv(file)) {
    const mapped = 'record' in row ? complaintFromCfpbRow(row.record, { organizationId: 'bench', importedAt }) : undefined;
    if (mapped?.ok) changes.push(mapped.change);
  }
  const warmup = changes.slice(0, options.warmup ?? 300);

  const baseline = await freshDynamoDb(concurrency, warmup, async (client, table) => {
    const started = performance.now();
    await pool(changes, concurrency, rawTransaction(client, table));
    return rate(changes.length, performance.now() - started);
  });
  let counts = { imported: 0, bad: 0, withUnknownValues: 0 };
  const imported = await freshDynamoDb(concurrency, warmup, async (client, table) => {
    const started = performance.now();
    const result = await importCfpbComplaints(readCfpbCsv(file), {
      store: new DynamoDbComplaintStore(client, table),
      clock: { now: () => importedAt },
      organizationId: 'bench',
      concurrency,
    });
    counts = { imported: result.imported, bad: result.bad, withUnknownValues: result.importedWithUnknownValues };
    return rate(result.imported + result.alreadyPresent + result.bad, performance.now() - started);
  });
  return { ...imported, ...counts, concurrency, baseline, ratio: imported.rowsPerSecond / baseline.rowsPerSecond };
}

export function describeImportThroughput(r: ImportThroughputResult): string {
  return [
    '### (f) CFPB import throughput',
    '',
    `The whole CFPB sample (${r.rows.toLocaleString('en-US')} rows: ${r.imported.toLocaleString('en-US')} imported, ${r.bad} bad, ${r.withUnknownValues} with unknown values) read, parsed, checked, mapped and written ` +
      `through the store at concurrency ${r.concurrency}, each complaint one transaction (reference claim, complaint, audit entry), into a fresh DynamoDB Local; ` +
      'the baseline sends the same transactions, built beforehand, raw at the same concurrency into another fresh DynamoDB Local. Both after a warm-up.',
    '',
    table(['mode', 'rows', 'seconds', 'rows/s'], [
      ['npm run import (the use case)', r.rows, r.seconds.toFixed(1), r.rowsPerSecond.toFixed(1)],
      ['raw TransactWriteItems', r.baseline.rows, r.baseline.seconds.toFixed(1), r.baseline.rowsPerSecond.toFixed(1)],
    ]),
    '',
    `Import / raw: ${ratio(r.ratio)}. DynamoDB Local's transactions set the pace; reading and checking rows costs nothing measurable.`,
  ].join('\n');
}
