import type { Clock } from '../core/clock';
import type { Actor } from '../core/complaint';
import type { LifecycleDependencies } from '../core/lifecycle/service';
import type { Logger } from '../core/logger';
import { loadSettings } from '../core/organization/load-settings';
import type { OrganizationSettings, SettingsDefaults } from '../core/organization/settings';
import type { ComplaintRecord, ComplaintStore, WorkflowStarter } from '../core/ports';

/** What the API needs, built once per Lambda container. */
export interface GraphqlServices extends LifecycleDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  logger: Logger;
  settingsDefaults: SettingsDefaults;
  developmentMode: boolean;
}

/** Reads each complaint record at most once per request, however many fields ask for it. */
export class RecordLoader {
  private readonly byId = new Map<string, Promise<ComplaintRecord | null>>();

  constructor(private readonly store: ComplaintStore) {}

  load(id: string): Promise<ComplaintRecord | null> {
    let record = this.byId.get(id);
    if (!record) {
      record = this.store.getRecord(id);
      this.byId.set(id, record);
    }
    return record;
  }

  async loadByReference(reference: string): Promise<ComplaintRecord | null> {
    const record = await this.store.getRecordByReference(reference);
    if (record) this.prime(record);
    return record;
  }

  prime(record: ComplaintRecord): void {
    this.byId.set(record.complaint.id, Promise.resolve(record));
  }

  /** After a change, the next read must see it. */
  forget(id: string): void {
    this.byId.delete(id);
  }
}

export interface GraphqlContext {
  services: GraphqlServices;
  actor: Actor;
  records: RecordLoader;
  /** The organization's settings, read at most once per request. */
  settings(): Promise<OrganizationSettings>;
}

/**
 * Until staff sign-in exists (a later piece of work), a staff member names themselves
 * in the x-staff-id header and is recorded as such; without it the caller is a
 * complainant without an account.
 */
export function createContext(services: GraphqlServices, headers: Record<string, string | undefined> = {}): GraphqlContext {
  const staffId = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-staff-id')?.[1]?.trim();
  let settings: Promise<OrganizationSettings> | undefined;
  return {
    services,
    actor: staffId ? { kind: 'STAFF', id: staffId.slice(0, 100) } : { kind: 'COMPLAINANT' },
    records: new RecordLoader(services.store),
    settings: () => (settings ??= loadSettings(services.store, services.settingsDefaults)),
  };
}
