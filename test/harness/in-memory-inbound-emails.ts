import { complainantKey } from '../../functions/core/data-protection';
import type { InboundEmailPage, InboundEmailRecord, InboundEmailState, InboundEmailStore } from '../../functions/core/inbound/inbound-email';

/** A fake inbound email store for domain unit tests only; integration tests use the table. */
export class InMemoryInboundEmailStore implements InboundEmailStore {
  readonly records = new Map<string, InboundEmailRecord>();
  readonly counters = new Map<string, number>();

  async putNew(record: InboundEmailRecord): Promise<boolean> {
    const key = `${record.organizationId}/${record.id}`;
    if (this.records.has(key)) return false;
    this.records.set(key, record);
    return true;
  }

  async get(organizationId: string, id: string): Promise<InboundEmailRecord | null> {
    return this.records.get(`${organizationId}/${id}`) ?? null;
  }

  async save(record: InboundEmailRecord): Promise<void> {
    this.records.set(`${record.organizationId}/${record.id}`, record);
  }

  async claim(record: InboundEmailRecord, read: Pick<InboundEmailRecord, 'updatedAt' | 'attempts'>): Promise<boolean> {
    const stored = this.records.get(`${record.organizationId}/${record.id}`);
    if (stored?.updatedAt !== read.updatedAt || stored.attempts !== read.attempts) return false;
    await this.save(record);
    return true;
  }

  async list(organizationId: string, options: { state?: InboundEmailState; first: number; after?: string }): Promise<InboundEmailPage> {
    const all = [...this.records.values()]
      .filter((r) => r.organizationId === organizationId && (options.state === undefined || r.state === options.state))
      .sort((a, b) => (a.receivedAt === b.receivedAt ? b.id.localeCompare(a.id) : b.receivedAt.localeCompare(a.receivedAt)));
    const start = options.after ? all.findIndex((r) => r.id === options.after) + 1 : 0;
    const items = all.slice(start, start + options.first);
    return { items, endCursor: start + options.first < all.length ? items.at(-1)?.id : undefined };
  }

  async idsFromSender(organizationId: string, senderHash: string): Promise<string[]> {
    return [...this.records.values()].filter((r) => r.organizationId === organizationId && r.from && complainantKey(r.from) === senderHash).map((r) => r.id);
  }

  async countFromSender(organizationId: string, senderHash: string, windowStart: string): Promise<number> {
    const key = `${organizationId}/${senderHash}/${windowStart}`;
    const count = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, count);
    return count;
  }
}
