/**
 * Which format an item of the table is written in. Plain data: no AWS SDK import.
 *
 * Items written before formats were numbered carry no format attribute: they are format 1.
 * A release that changes how a type of item is written raises CURRENT_ITEM_FORMAT, writes the
 * new format, reads both, and ships a migration (functions/migrations/migrations.ts) that
 * rewrites the older items; a later release may stop reading the older format once every
 * region has recorded that migration as applied.
 */
export const FORMAT_ATTRIBUTE = 'formatVersion';

/** The format of an item without FORMAT_ATTRIBUTE. */
export const UNNUMBERED_FORMAT = 1;

/** The format the item builders of items.ts write (format 2: the items name their format). */
export const CURRENT_ITEM_FORMAT = 2;

export const formatOf = (item: Record<string, unknown>): number => {
  const format = item[FORMAT_ATTRIBUTE];
  return typeof format === 'number' ? format : UNNUMBERED_FORMAT;
};

/** The attribute every item builder of items.ts adds. */
export const currentFormat = { [FORMAT_ATTRIBUTE]: CURRENT_ITEM_FORMAT } as const;
