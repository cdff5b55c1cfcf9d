import { formatOf, FORMAT_ATTRIBUTE } from '../../../functions/adapters/dynamodb/item-format';
import type { Logger } from '../../../functions/core/logger';
import { MIGRATIONS } from '../../../functions/migrations/migrations';
import {
  checkMigrationList,
  runPendingMigrations,
  STOP_MARGIN_MS,
  type Cursor,
  type ItemRewrite,
  type Migration,
  type MigrationState,
  type MigrationStore,
  type StoredItem,
  type UpdateOutcome,
} from '../../../functions/migrations/runner';
import { FakeClock } from '../../harness/fake-clock';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const keyOf = (item: { PK: string; SK: string }) => `${item.PK}|${item.SK}`;

/** The table in memory, with the conditions DynamoDbMigrationStore writes under. */
class FakeMigrationStore implements MigrationStore {
  readonly items = new Map<string, StoredItem>();
  state: MigrationState = { applied: [], revision: 0 };
  /** How many times each item was rewritten by the runner. */
  readonly writes = new Map<string, number>();
  /** Runs just before the runner's write lands: what the application does meanwhile. */
  beforeUpdate?: (item: StoredItem) => void;
  /** Throws after this many runner writes: a crash, a timeout, a lost connection. */
  crashAfterWrites = Number.POSITIVE_INFINITY;

  constructor(items: StoredItem[]) {
    for (const item of items) this.items.set(keyOf(item), structuredClone(item));
  }

  async readState(): Promise<MigrationState> {
    return structuredClone(this.state);
  }

  async saveState(state: MigrationState): Promise<boolean> {
    if (this.state.revision !== state.revision - 1) return false;
    this.state = structuredClone(state);
    return true;
  }

  async page(types: readonly string[], below: number, cursor: Cursor | undefined, limit: number): Promise<{ items: StoredItem[]; next?: Cursor }> {
    const sorted = [...this.items.keys()].sort();
    const start = cursor ? sorted.indexOf(keyOf(cursor as StoredItem)) + 1 : 0;
    const read = sorted.slice(start, start + limit);
    const items = read.map((k) => this.items.get(k)!).filter((i) => types.includes(i.type as string) && formatOf(i) < below);
    const last = read.length === limit && start + limit < sorted.length ? this.items.get(read[read.length - 1]) : undefined;
    return { items: structuredClone(items), ...(last ? { next: { PK: last.PK, SK: last.SK } } : {}) };
  }

  async get(key: { PK: string; SK: string }): Promise<StoredItem | undefined> {
    return structuredClone(this.items.get(keyOf(key)));
  }

  async update(item: StoredItem, { from, to, reads, change }: ItemRewrite): Promise<UpdateOutcome> {
    this.beforeUpdate?.(item);
    const total = [...this.writes.values()].reduce((a, b) => a + b, 0);
    if (total >= this.crashAfterWrites) throw new Error('connection lost');
    const stored = this.items.get(keyOf(item));
    const asRead = (attribute: string) => JSON.stringify(stored?.[attribute]) === JSON.stringify(item[attribute]);
    if (!stored || formatOf(stored) !== from || !asRead('version') || !reads.every(asRead)) return 'conflict';
    Object.assign(stored, change.set, { [FORMAT_ATTRIBUTE]: to });
    for (const attribute of change.remove ?? []) delete stored[attribute];
    this.writes.set(keyOf(item), (this.writes.get(keyOf(item)) ?? 0) + 1);
    return 'updated';
  }
}

const complaint = (n: number, extra: Record<string, unknown> = {}): StoredItem => ({
  PK: `COMPLAINT#${String(n).padStart(3, '0')}`,
  SK: 'COMPLAINT',
  type: 'Complaint',
  version: 1,
  category: `Category ${n}`,
  ...extra,
});
const counter = (n: number): StoredItem => ({ PK: `RATE#${n}`, SK: 'RATE', type: 'RateCounter', count: 3 });

/** A format-3 change that derives an attribute from another: lower-cased categories. */
const lowerCategories: Migration = {
  id: '0002-lower-categories',
  description: 'test',
  from: 2,
  to: 3,
  types: ['Complaint'],
  reads: ['category'],
  transform: (item) => ({ set: { categoryKey: String(item.category).toLowerCase() } }),
};
const migrations = [...MIGRATIONS, lowerCategories];

const run = (store: MigrationStore, options: { timeLeftMs?: () => number; pageSize?: number } = {}) =>
  runPendingMigrations({ store, clock: new FakeClock('2026-03-01T00:00:00Z'), logger: silent, migrations, timeLeftMs: () => 600_000, pageSize: 7, ...options });

describe('the migration runner', () => {
  it('brings every item of the named types to the newest format, leaves other items alone and records each migration as applied', async () => {
    const store = new FakeMigrationStore([...Array.from({ length: 20 }, (_, n) => complaint(n)), counter(1), complaint(99, { [FORMAT_ATTRIBUTE]: 2 })]);
    const result = await run(store);
    expect(result).toEqual({ done: true, applied: ['0001-name-item-formats', '0002-lower-categories'], pending: [] });
    for (let n = 0; n < 20; n += 1) expect(store.items.get(keyOf(complaint(n)))).toMatchObject({ [FORMAT_ATTRIBUTE]: 3, categoryKey: `category ${n}`, category: `Category ${n}` });
    expect(store.items.get(keyOf(complaint(99)))).toMatchObject({ [FORMAT_ATTRIBUTE]: 3, categoryKey: 'category 99' });
    expect(store.items.get(keyOf(counter(1)))).toEqual(counter(1));
    expect(store.state.applied.map((a) => [a.id, a.migrated])).toEqual([
      ['0001-name-item-formats', 20],
      ['0002-lower-categories', 21],
    ]);
    expect(store.state.running).toBeUndefined();
  });

  it('does nothing the second time: running twice writes each item once per migration', async () => {
    const store = new FakeMigrationStore(Array.from({ length: 10 }, (_, n) => complaint(n)));
    await run(store);
    const after = structuredClone([...store.items.values()]);
    expect(await run(store)).toEqual({ done: true, applied: [], pending: [] });
    expect([...store.items.values()]).toEqual(after);
    expect([...store.writes.values()].every((w) => w === 2)).toBe(true);
  });

  it('continues an interrupted run from its last saved page, and each item is still rewritten once', async () => {
    const store = new FakeMigrationStore(Array.from({ length: 30 }, (_, n) => complaint(n)));
    store.crashAfterWrites = 17;
    await expect(run(store)).rejects.toThrow('connection lost');
    expect(store.state.running).toMatchObject({ id: '0001-name-item-formats', migrated: 14 });
    store.crashAfterWrites = Number.POSITIVE_INFINITY;
    expect(await run(store)).toMatchObject({ done: true });
    expect([...store.items.values()].every((i) => i[FORMAT_ATTRIBUTE] === 3)).toBe(true);
    expect([...store.writes.values()].every((w) => w === 2)).toBe(true);
  });

  it('stops before its time runs out, saved, and the next run finishes the work', async () => {
    const store = new FakeMigrationStore(Array.from({ length: 30 }, (_, n) => complaint(n)));
    let pages = 0;
    const first = await run(store, { timeLeftMs: () => (pages++ < 2 ? 600_000 : STOP_MARGIN_MS - 1) });
    expect(first).toEqual({ done: false, applied: [], pending: ['0001-name-item-formats', '0002-lower-categories'] });
    expect(store.state.running?.migrated).toBe(14);
    expect(await run(store)).toMatchObject({ done: true, applied: ['0001-name-item-formats', '0002-lower-categories'] });
    expect([...store.writes.values()].every((w) => w === 2)).toBe(true);
  });

  it('keeps an application write made while the item was being migrated, and migrates what it wrote', async () => {
    const store = new FakeMigrationStore([complaint(1)]);
    let written = false;
    store.beforeUpdate = (item) => {
      if (written || item[FORMAT_ATTRIBUTE] !== 2) return;
      written = true;
      // The application saves version 2 of the complaint with a new category between the runner's read and its write.
      Object.assign(store.items.get(keyOf(item))!, { version: 2, category: 'Fees', status: 'RESOLVED' });
    };
    await run(store);
    expect(store.items.get(keyOf(complaint(1)))).toMatchObject({ version: 2, category: 'Fees', status: 'RESOLVED', categoryKey: 'fees', [FORMAT_ATTRIBUTE]: 3 });
  });

  it('leaves an item the application rewrote in the new format as the application wrote it', async () => {
    const store = new FakeMigrationStore([complaint(1)]);
    store.beforeUpdate = (item) => Object.assign(store.items.get(keyOf(item))!, { version: 2, [FORMAT_ATTRIBUTE]: 3, categoryKey: 'written by the app' });
    await run(store);
    expect(store.items.get(keyOf(complaint(1)))).toMatchObject({ version: 2, categoryKey: 'written by the app' });
    expect(store.writes.size).toBe(0);
  });

  it('brings an item the previous release wrote after the first migration was applied through every step at the next migration', async () => {
    const store = new FakeMigrationStore([complaint(1)]);
    await runPendingMigrations({ store, clock: new FakeClock('2026-03-01T00:00:00Z'), logger: silent, migrations: MIGRATIONS, timeLeftMs: () => 600_000 });
    // Written by the release before, still taking traffic while the new one rolled out: no format on it.
    store.items.set(keyOf(complaint(2)), complaint(2));
    await run(store);
    expect(store.items.get(keyOf(complaint(2)))).toMatchObject({ [FORMAT_ATTRIBUTE]: 3, categoryKey: 'category 2' });
    expect(store.writes.get(keyOf(complaint(2)))).toBe(1);
  });

  it('steps aside when another run saved progress first, rather than overwrite it', async () => {
    const store = new FakeMigrationStore(Array.from({ length: 30 }, (_, n) => complaint(n)));
    store.beforeUpdate = () => {
      store.state = { ...store.state, revision: store.state.revision + 1 };
    };
    expect(await run(store)).toMatchObject({ done: false, yielded: true });
  });

  it('refuses a migration list out of order or one that does not raise the format', () => {
    expect(() => checkMigrationList([lowerCategories, ...MIGRATIONS])).toThrow('unique and ascending');
    expect(() => checkMigrationList([{ ...lowerCategories, to: 2 }])).toThrow('must raise the format');
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
  });
});
