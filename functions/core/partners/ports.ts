import type { StoredApiKey } from './api-keys';

/** Where partner API keys are kept. */
export interface ApiKeyStore {
  /** Strongly consistent: a rotation or revocation counts from the next request. */
  getApiKey(id: string): Promise<StoredApiKey | null>;
  /** An organization's keys, oldest first. */
  listApiKeys(organizationId: string): Promise<StoredApiKey[]>;
  /**
   * Writes a new key (version 1, the id must be free) or the next version of one;
   * throws VersionConflict when the stored key is not at `key.version - 1`.
   */
  saveApiKey(key: StoredApiKey): Promise<void>;
}

/** Where a partner's status changes are posted, and the secret they are signed with. */
export interface Webhook {
  organizationId: string;
  partnerId: string;
  url: string;
  secret: string;
  createdAt: string;
}

export interface WebhookStore {
  /** One read: the partner's webhook, or null when it has none. */
  getWebhook(organizationId: string, partnerId: string): Promise<Webhook | null>;
  /** Registers or replaces the partner's webhook. */
  saveWebhook(webhook: Webhook): Promise<void>;
  /** Every webhook of the organization's partners, by partner id. */
  listWebhooks(organizationId: string): Promise<Webhook[]>;
  /** Removes the partner's webhook; false when it had none. */
  deleteWebhook(organizationId: string, partnerId: string): Promise<boolean>;
}

/** Counts requests in fixed windows. */
export interface RateCounter {
  /** Adds one to the counter named `key` and returns the new count; the counter is forgotten after `expiresAt` (epoch seconds). */
  increment(key: string, expiresAt: number): Promise<number>;
}

/** Posts a webhook delivery; throws when the receiver answers anything but 2xx, or cannot be reached. */
export interface WebhookPoster {
  post(url: string, body: string, headers: Record<string, string>): Promise<void>;
}

/** Everything partner features keep, in one adapter. */
export type PartnerStore = ApiKeyStore & WebhookStore & RateCounter;
