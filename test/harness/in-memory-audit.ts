import { canonicalJson } from '../../functions/core/audit/canonical-json';
import { readSignedDigest, type ChainHead, type SignedDigest } from '../../functions/core/audit/digest';
import type { ChainHeadStore, DigestArchive } from '../../functions/core/audit/ports';
import type { InMemoryStore } from './in-memory-store';

/** The heads the in-memory store records, and each organization's latest digest; for domain unit tests only. */
export class InMemoryChainHeads implements ChainHeadStore {
  readonly latest = new Map<string, { day: string; hash: string }>();

  constructor(private readonly store: InMemoryStore) {}

  async headsOfDay(day: string): Promise<Array<ChainHead & { organizationId: string }>> {
    return [...(this.store.auditDays.get(day)?.values() ?? [])];
  }

  async latestDigest(organizationId: string) {
    return this.latest.get(organizationId) ?? null;
  }

  async recordDigest(organizationId: string, day: string, hash: string): Promise<void> {
    const held = this.latest.get(organizationId);
    if (!held || held.day < day) this.latest.set(organizationId, { day, hash });
  }
}

/** Digests kept as their JSON text, so a test can edit or swap them as someone with the files could. */
export class InMemoryDigestArchive implements DigestArchive {
  readonly texts = new Map<string, string>();

  static key = (organizationId: string, day: string) => `${organizationId}/${day}`;

  async put(signed: SignedDigest): Promise<boolean> {
    const key = InMemoryDigestArchive.key(signed.digest.organizationId, signed.digest.day);
    if (this.texts.has(key)) return false;
    this.texts.set(key, canonicalJson(signed));
    return true;
  }

  async get(organizationId: string, day: string): Promise<SignedDigest | null> {
    const text = this.texts.get(InMemoryDigestArchive.key(organizationId, day));
    return text === undefined ? null : readSignedDigest(text, organizationId, day);
  }

  async days(organizationId: string): Promise<string[]> {
    return [...this.texts.keys()].filter((k) => k.startsWith(`${organizationId}/`)).map((k) => k.slice(organizationId.length + 1)).sort();
  }
}
