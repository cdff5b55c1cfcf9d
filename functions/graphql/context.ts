import type { ImprovementActionStore } from '../core/analytics/improvement-action';
import type { StatsStore } from '../core/analytics/ports';
import type { VerificationDependencies } from '../core/audit/verify-complaint';
import type { Clock } from '../core/clock';
import type { Actor } from '../core/complaint';
import { actorOf, organizationOf, type ApiKeyVerifier, type Caller, type TokenVerifier } from '../core/identity';
import type { LifecycleDependencies } from '../core/lifecycle/service';
import type { DuplicateIndex } from '../core/duplicates/ports';
import type { TriageModel } from '../core/triage/suggestions';
import type { Logger } from '../core/logger';
import { loadSettings } from '../core/organization/load-settings';
import type { OrganizationSettings, SettingsDefaults } from '../core/organization/settings';
import type { FileRecords, FileStore } from '../core/files/ports';
import type { PartnerStore } from '../core/partners/ports';
import type { InboundEmailStore } from '../core/inbound/inbound-email';
import type { InboundEmailService } from '../core/inbound/receive-email';
import type { ComplaintRecord, ComplaintStore, WorkflowStarter } from '../core/ports';
import type { DeliveryEventStore } from '../core/delivery-events';
import type { KeyringSource } from '../core/secrets/keyring';

/** What the API needs, built once per Lambda container. */
export interface GraphqlServices extends LifecycleDependencies {
  store: ComplaintStore;
  workflow: WorkflowStarter;
  clock: Clock;
  logger: Logger;
  settingsDefaults: SettingsDefaults;
  developmentMode: boolean;
  tokenVerifier?: TokenVerifier;
  apiKeyVerifier?: ApiKeyVerifier;
  /** API keys, webhooks and rate counters; the partner operations need it. */
  partners?: PartnerStore;
  /** Requests per partner per minute (core/partners/rate-limit.ts); no limit without `partners`. */
  partnerRateLimitPerMinute?: number;
  /** The access-code secret's keys, read on first use: they derive the access codes of idempotent submissions, refused without them. */
  accessCodeKeys?: KeyringSource;
  /** The aggregate cells the analytics operations read. */
  stats?: StatsStore;
  /** Improvement actions; their operations need it. */
  improvementActions?: ImprovementActionStore;
  /** Where intake looks for likely duplicates; without it none are suggested. */
  duplicates?: DuplicateIndex;
  /** Suggests category, priority, sentiment and urgent signals at intake; without it none are made. */
  triage?: TriageModel;
  /** The signed audit digests and their keys; without them verifyComplaintHistory checks the chain alone. */
  auditVerification?: VerificationDependencies;
  /** Where complaint files' bytes live; the file operations answer NOT_CONFIGURED without it. */
  files?: FileStore;
  /** The records of complaint files (pending uploads); with `files`. */
  fileRecords?: FileRecords;
  /** Addresses that bounced for good or complained (core/delivery-events.ts): a complaint's complainantEmailUndeliverable. */
  suppressions?: Pick<DeliveryEventStore, 'isSuppressed'>;
  /** The inbound emails kept on the table, for staff to list. */
  inboundEmails?: InboundEmailStore;
  /** The intake of email (INBOUND_ADDRESS, with its parser): reprocessing and reading a kept message need it. */
  inbound?: InboundEmailService;
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
  /** The services, with the settings defaults of the caller's organization. */
  services: GraphqlServices;
  caller: Caller;
  /** How the caller is recorded in history. */
  actor: Actor;
  records: RecordLoader;
  /** The organization's settings, read at most once per request. */
  settings(): Promise<OrganizationSettings>;
}

/** Everything a request's resolvers share; every read and write is scoped to the caller's organization. */
export function createContext(deployment: GraphqlServices, caller: Caller): GraphqlContext {
  const organizationId = organizationOf(caller, deployment.settingsDefaults.organizationId);
  const services = { ...deployment, settingsDefaults: { ...deployment.settingsDefaults, organizationId } };
  let settings: Promise<OrganizationSettings> | undefined;
  return {
    services,
    caller,
    actor: actorOf(caller),
    records: new RecordLoader(services.store),
    settings: () => (settings ??= loadSettings(services.store, services.settingsDefaults)),
  };
}
