import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { formatOf } from '../adapters/dynamodb/item-format';

/** One item of the table as stored (keys included), unmarshalled. */
export type StoredItem = Record<string, unknown> & { PK: string; SK: string };

/** What a migration changes on one item; the runner also sets the item's format to the last `to` applied to it (rewriteOf). */
export interface ItemChange {
  set?: Record<string, unknown>;
  remove?: string[];
}

/**
 * One step of the table's design: every item of `types` below format `to` is brought to `to`,
 * through the earlier migrations it has not had first (rewriteOf chains them); `from` orders the
 * list (checkMigrationList). `transform` computes the change from the item alone, so running it
 * twice gives the same change.
 * Readers accept both formats while it runs (and until every region has applied it).
 */
export interface Migration {
  /** Stable and ordered: `0001-…`, `0002-…`. Recorded in the table once applied. */
  id: string;
  description: string;
  from: number;
  to: number;
  /** The `type` attribute of the items it rewrites; no other item is read or written. */
  types: readonly string[];
  /**
   * The attributes `transform` derives its change from. The write is conditional on each being as read
   * (and on the item's `version`, where it has one), so an application write in between is never lost:
   * the runner reads the item again and derives the change anew.
   */
  reads?: readonly string[];
  transform(item: StoredItem): ItemChange;
}

/** Where a scan of the table stands: the last key it read (a DynamoDB LastEvaluatedKey, unmarshalled). */
export type Cursor = Record<string, unknown>;

export interface AppliedMigration {
  id: string;
  at: string;
  migrated: number;
  skipped: number;
}

/** A migration under way: how far its scan got, so the next run continues from there. */
export interface Checkpoint {
  id: string;
  startedAt: string;
  cursor?: Cursor;
  migrated: number;
  skipped: number;
}

/** The table's one migrations item. `revision` grows with every save, so two runs never overwrite each other. */
export interface MigrationState {
  applied: AppliedMigration[];
  running?: Checkpoint;
  revision: number;
}

export type UpdateOutcome = 'updated' | 'conflict';

/** One item's rewrite: from the format it was read at to `to`, on the condition that `reads` (and `version`) are as read. */
export interface ItemRewrite {
  from: number;
  to: number;
  reads: readonly string[];
  change: ItemChange;
}

export interface MigrationStore {
  readState(): Promise<MigrationState>;
  /** Saves `state` as revision `state.revision` if the stored revision is still the one before; false if another run saved first. */
  saveState(state: MigrationState): Promise<boolean>;
  /** Items of these types at a format below `below`, one page of the table after `cursor`. */
  page(types: readonly string[], below: number, cursor: Cursor | undefined, limit: number): Promise<{ items: StoredItem[]; next?: Cursor }>;
  get(key: { PK: string; SK: string }): Promise<StoredItem | undefined>;
  /**
   * Writes the change and format `rewrite.to` if the item still is as read: at format `rewrite.from`, with the
   * same `version` (if it has one) and the same values of `rewrite.reads`. 'conflict' otherwise.
   */
  update(item: StoredItem, rewrite: ItemRewrite): Promise<UpdateOutcome>;
}

export interface RunDependencies {
  store: MigrationStore;
  clock: Clock;
  logger: Logger;
  migrations: readonly Migration[];
  /** How long the run may go on (a Lambda's remaining time); it stops, saved, this much before the end. */
  timeLeftMs: () => number;
  pageSize?: number;
}

export interface MigrationRun {
  /** True when every migration is applied. */
  done: boolean;
  /** Applied by this run. */
  applied: string[];
  /** Still to apply (or to finish) by a later run. */
  pending: string[];
  /** Set when the run stopped because another run saved progress meanwhile. */
  yielded?: boolean;
}

/** Stop this long before the time runs out: one page and its save fit in it. */
export const STOP_MARGIN_MS = 30_000;
const DEFAULT_PAGE = 100;
/** A hot item the application keeps writing is tried again this often before the page gives up (and the run with it). */
const MAX_ATTEMPTS = 5;

export class MigrationConflict extends Error {
  constructor(readonly migrationId: string) {
    super(`Migration ${migrationId}: an item kept changing while it was migrated; run again.`);
    this.name = 'MigrationConflict';
  }
}

/** Refuses a list that is out of order, repeats an id or chains formats wrongly: caught by the unit test, never in production. */
export function checkMigrationList(migrations: readonly Migration[]): void {
  const ids = new Set<string>();
  let previous = '';
  for (const m of migrations) {
    if (ids.has(m.id) || m.id <= previous) throw new Error(`Migration ids must be unique and ascending: ${m.id} after ${previous}.`);
    if (m.to <= m.from) throw new Error(`Migration ${m.id} must raise the format (${m.from} → ${m.to}).`);
    if (m.types.length === 0) throw new Error(`Migration ${m.id} names no item type.`);
    ids.add(m.id);
    previous = m.id;
  }
}

/**
 * Applies every migration not yet recorded as applied, in order, page by page, saving its place
 * after each page: a run stopped by its time limit (or a crash) is continued by the next from the
 * last saved page, and items already migrated are not in any page again. Each item is rewritten
 * with a conditional write, so a concurrent application write is never overwritten.
 */
export async function runPendingMigrations(deps: RunDependencies): Promise<MigrationRun> {
  checkMigrationList(deps.migrations);
  const state = await deps.store.readState();
  const appliedBefore = new Set(state.applied.map((a) => a.id));
  const appliedNow: string[] = [];
  const pendingFrom = (m: Migration) => deps.migrations.filter((x) => !appliedBefore.has(x.id) && !appliedNow.includes(x.id) && x.id >= m.id).map((x) => x.id);
  const save = async (): Promise<boolean> => {
    state.revision += 1;
    return deps.store.saveState(state);
  };

  for (const migration of deps.migrations) {
    if (appliedBefore.has(migration.id)) continue;
    const checkpoint: Checkpoint =
      state.running?.id === migration.id ? state.running : { id: migration.id, startedAt: deps.clock.now().toISOString(), migrated: 0, skipped: 0 };
    state.running = checkpoint;
    deps.logger.info('migration.started', { code: migration.id, count: checkpoint.migrated });
    for (;;) {
      if (deps.timeLeftMs() < STOP_MARGIN_MS) {
        deps.logger.info('migration.paused', { code: migration.id, count: checkpoint.migrated });
        return { done: false, applied: appliedNow, pending: pendingFrom(migration) };
      }
      const page = await deps.store.page(migration.types, migration.to, checkpoint.cursor, deps.pageSize ?? DEFAULT_PAGE);
      for (const item of page.items) {
        if (await migrateItem(deps, migration, item)) checkpoint.migrated += 1;
        else checkpoint.skipped += 1;
      }
      checkpoint.cursor = page.next;
      if (!page.next) {
        state.applied.push({ id: migration.id, at: deps.clock.now().toISOString(), migrated: checkpoint.migrated, skipped: checkpoint.skipped });
        delete state.running;
      }
      if (!(await save())) {
        deps.logger.warn('migration.yielded', { code: migration.id });
        return { done: false, applied: appliedNow, pending: pendingFrom(migration), yielded: true };
      }
      if (!page.next) break;
    }
    appliedNow.push(migration.id);
    deps.logger.info('migration.applied', { code: migration.id, count: checkpoint.migrated });
  }
  return { done: true, applied: appliedNow, pending: [] };
}

/**
 * The rewrite that takes an item from its format to `target.to`: every migration up to the target that
 * names its type, in order. An item an earlier migration missed (the release before it was still writing
 * the old format) is so brought up to date by a later one; a migration that does not name the type
 * leaves such items as they are, so their format may skip it.
 */
export function rewriteOf(migrations: readonly Migration[], item: StoredItem, target: Migration): ItemRewrite | undefined {
  const from = formatOf(item);
  const working: Record<string, unknown> = { ...item };
  const set: Record<string, unknown> = {};
  const remove = new Set<string>();
  const reads = new Set<string>();
  let format = from;
  for (const m of migrations) {
    if (m.to > target.to || m.to <= format || !m.types.includes(item.type as string)) continue;
    const change = m.transform(working as StoredItem);
    for (const [attribute, value] of Object.entries(change.set ?? {})) {
      working[attribute] = set[attribute] = value;
      remove.delete(attribute);
    }
    for (const attribute of change.remove ?? []) {
      delete working[attribute];
      delete set[attribute];
      remove.add(attribute);
    }
    for (const attribute of m.reads ?? []) reads.add(attribute);
    format = m.to;
  }
  if (format === from) return undefined;
  return { from, to: format, reads: [...reads], change: { set, remove: [...remove] } };
}

/** True when this run rewrote the item; false when it needed nothing (migrated meanwhile, or gone). */
async function migrateItem(deps: RunDependencies, migration: Migration, read: StoredItem): Promise<boolean> {
  let item: StoredItem | undefined = read;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const rewrite = item && rewriteOf(deps.migrations, item, migration);
    if (!item || !rewrite) return false;
    if ((await deps.store.update(item, rewrite)) === 'updated') return true;
    item = await deps.store.get({ PK: item.PK, SK: item.SK });
  }
  throw new MigrationConflict(migration.id);
}
