import type { StoredApiKey } from '../../core/partners/api-keys';
import type { IdempotencyRecord } from '../../core/partners/idempotency';
import type { Webhook } from '../../core/partners/ports';
import { keys, TABLE_DESIGN } from './table-design';

type Item = Record<string, unknown>;
const byOrganization = TABLE_DESIGN.indexes.byOrganization;

function pick<T>(item: Item, fields: ReadonlyArray<keyof T>): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (item[f as string] !== undefined) out[f as string] = item[f as string];
  return out as T;
}

/** The key item, listed on GSI1 under its organization's own partition. */
export const apiKeyItem = (k: StoredApiKey): Item => ({
  ...keys.apiKey(k.id),
  type: 'ApiKey',
  ...k,
  [byOrganization.partitionKey]: keys.apiKeyListPartition(k.organizationId),
  [byOrganization.sortKey]: `${k.createdAt}#${k.id}`,
});

export const toApiKey = (item: Item): StoredApiKey =>
  pick<StoredApiKey>(item, ['id', 'organizationId', 'partnerId', 'name', 'status', 'secretHash', 'createdAt', 'createdBy', 'rotatedAt', 'rotatedBy', 'revokedAt', 'revokedBy', 'version']);

export const webhookItem = (w: Webhook): Item => ({ ...keys.webhook(w.organizationId, w.partnerId), type: 'Webhook', ...w });
export const toWebhook = (item: Item): Webhook => pick<Webhook>(item, ['organizationId', 'partnerId', 'url', 'secret', 'createdAt']);

/** Expires through the table's TTL attribute. */
export const idempotencyItem = (r: IdempotencyRecord): Item => ({
  ...keys.idempotency(r.organizationId, r.caller, r.key),
  type: 'Idempotency',
  ...r,
  [TABLE_DESIGN.timeToLiveAttribute]: r.expiresAt,
});
export const toIdempotencyRecord = (item: Item): IdempotencyRecord =>
  pick<IdempotencyRecord>(item, ['organizationId', 'caller', 'key', 'requestHash', 'complaintId', 'createdAt', 'expiresAt']);
