import { CURRENT_ITEM_FORMAT, UNNUMBERED_FORMAT } from '../adapters/dynamodb/item-format';
import type { Migration } from './runner';

/** The item types items.ts builds, which write CURRENT_ITEM_FORMAT. */
export const VERSIONED_TYPES = ['Complaint', 'Audit', 'Entry', 'File', 'Notification', 'Settings', 'Reference', 'Workflow', 'DuplicateIndex', 'AuditDay'] as const;

/**
 * The table's migrations, oldest first; each region's deployment applies those it has not yet
 * (functions/migrations/handler.ts, infra/constructs/migrations.ts). Append only: an applied
 * migration is never changed or removed, a new one gets the next id.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001-name-item-formats',
    description: 'Items written before formats were numbered get format 2 written on them, so the next migration can select by format alone.',
    from: UNNUMBERED_FORMAT,
    to: CURRENT_ITEM_FORMAT,
    types: VERSIONED_TYPES,
    // Nothing else changes: the format attribute itself is the change.
    transform: () => ({}),
  },
];
