import { VersionConflict } from '../../functions/core/errors';
import type { StoredApiKey } from '../../functions/core/partners/api-keys';
import type { PartnerStore, Webhook } from '../../functions/core/partners/ports';

/** A fake partner store for unit tests; integration tests use DynamoDB Local. */
export class InMemoryPartnerStore implements PartnerStore {
  readonly keys = new Map<string, StoredApiKey>();
  readonly webhooks = new Map<string, Webhook>();
  readonly counters = new Map<string, { count: number; expiresAt: number }>();
  webhookReads = 0;

  async getApiKey(id: string): Promise<StoredApiKey | null> {
    return this.keys.get(id) ?? null;
  }

  async listApiKeys(organizationId: string): Promise<StoredApiKey[]> {
    return [...this.keys.values()].filter((k) => k.organizationId === organizationId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async saveApiKey(key: StoredApiKey): Promise<void> {
    if ((this.keys.get(key.id)?.version ?? 0) !== key.version - 1) throw new VersionConflict('API key');
    this.keys.set(key.id, key);
  }

  async getWebhook(organizationId: string, partnerId: string): Promise<Webhook | null> {
    this.webhookReads += 1;
    return this.webhooks.get(`${organizationId}/${partnerId}`) ?? null;
  }

  async saveWebhook(webhook: Webhook): Promise<void> {
    this.webhooks.set(`${webhook.organizationId}/${webhook.partnerId}`, webhook);
  }

  async listWebhooks(organizationId: string): Promise<Webhook[]> {
    return [...this.webhooks.values()].filter((w) => w.organizationId === organizationId).sort((a, b) => a.partnerId.localeCompare(b.partnerId));
  }

  async deleteWebhook(organizationId: string, partnerId: string): Promise<boolean> {
    return this.webhooks.delete(`${organizationId}/${partnerId}`);
  }

  async increment(key: string, expiresAt: number): Promise<number> {
    const counter = this.counters.get(key) ?? { count: 0, expiresAt };
    counter.count += 1;
    this.counters.set(key, counter);
    return counter.count;
  }
}
