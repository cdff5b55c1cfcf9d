import type { Clock } from '../core/clock';
import type { Actor } from '../core/complaint';
import type { Logger } from '../core/logger';
import type { OrganizationPolicy } from '../core/policy';
import type { ComplaintRecord, ComplaintStore, WorkflowStarter } from '../core/ports';

/** What the API needs, built once per Lambda container. */
export interface GraphqlServices {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  policy: OrganizationPolicy;
  logger: Logger;
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
}

export interface GraphqlContext {
  services: GraphqlServices;
  actor: Actor;
  records: RecordLoader;
}

export function createContext(services: GraphqlServices): GraphqlContext {
  // Until staff sign-in exists, every caller is treated as a complainant without an account.
  return { services, actor: { kind: 'COMPLAINANT' }, records: new RecordLoader(services.store) };
}
