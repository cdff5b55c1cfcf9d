/**
 * The single table: its keys and indexes, described once. The CDK stack builds the
 * table from this, the local stack creates it from this, and the store reads and
 * writes through the key functions below. Plain data: no AWS SDK import.
 *
 * Items (PK / SK):
 *   COMPLAINT#<id> / COMPLAINT          the complaint (current version)
 *   COMPLAINT#<id> / AUDIT#<version>    one audit entry per version
 *   COMPLAINT#<id> / ENTRY#<version>#<n> a note, reply, evidence, request or answer
 *   COMPLAINT#<id> / NOTIFICATION#<version>#<kind>#<recipient> one email and its delivery state; once claimed and
 *                                       until settled (SENT, SKIPPED, SUPPRESSED) also GSI2 `NOTIFICATIONS#UNSETTLED` / <updatedAt>#<id>:
 *                                       what the outbox's schedule tries again (FAILED, or SENDING past its claim)
 *   COMPLAINT#<id> / WORKFLOW           present while the complaint's workflow is open
 *   COMPLAINT#<id> / FILE#<file id>     a file of the complaint: pending upload (TTL) or attached; name, type, size, SHA-256, object key
 *   REFERENCE#<ref> / REFERENCE         claims a reference; points at the complaint
 *   ORG#<org> / SETTINGS                the organization's settings (versioned)
 *   APIKEY#<id> / APIKEY                a partner API key (hash of its secret only); GSI1 `ORG#<org>#APIKEYS` lists them
 *   ORG#<org> / WEBHOOK#<partner>       a partner's webhook URL and signing secret
 *   IDEMPOTENCY#<org>#<caller>#<key> / IDEMPOTENCY  an idempotent submission (TTL)
 *   RATE#<org>#<partner>#<window> / RATE a partner's request count in one window (TTL)
 *   COMPLAINT#<id> / STATS              what the stream handler last applied for the complaint (version + facts)
 *   STATS#<org>#<dimension> / <day>#<key> the counters of one group on one day (analytics read only these)
 *   ORG#<org> / ACTION#<id>             an improvement action
 *   ORG#<org> / REPORT#<frequency>#<first day> claims one periodic evaluation report, so it is sent once
 *   DUPBAND#<org>#<band>#<bucket hash> / <receivedAt>#<id>  a complaint in one LSH bucket of its facts (TTL: 180 days)
 *   DUPPHONE#<org>#<phone hash> / <receivedAt>#<id>          a complaint by its complainant's phone hash (TTL: 30 days)
 *   AUDITDAY#<day> / <org>#<id>         a complaint's latest audit hash on a UTC day (the day's digest reads this partition)
 *   ORG#<org> / AUDITDIGEST             the organization's latest signed audit digest: day and hash
 *   SEARCH#<org>#<term key> / <receivedAt>#<id>  a posting: the complaint holds the term (key: HMAC of the term, core/search/term-keys.ts)
 *   COMPLAINT#<id> / SEARCH             what the search stream handler last indexed: version, receivedAt and the term keys (binary)
 *   SENTEMAIL#<provider message id> / SENTEMAIL  which email (complaint, version, kind, recipient) a sent message is, for its delivery events (TTL: 30 days)
 *   ORG#<org> / SUPPRESSED#<address hash>        an address that bounced for good or complained: not emailed again (reason, when)
 *   INBOUND#<org>#<sha256> / INBOUND    an email received at the inbound address: its state, reason, sender, verdicts, raw bytes' key;
 *                                       GSI1 `ORG#<org>#INBOUND` and GSI2 `ORG#<org>#INBOUND#<state>`, sorted <receivedAt>#<sha256>;
 *                                       GSI8 `ORG#<org>#INBOUNDFROM#<SHA-256 of the sender>` while it has a sender (erasure)
 *   RATE#INBOUND#<org>#<sender hash>#<hour> / RATE  one sender's messages in one hour (TTL), the inbound throttle
 *   MIGRATIONS / MIGRATIONS             the migrations applied to this table, and where the one under way stands (functions/migrations)
 * Items built by items.ts carry `formatVersion` (item-format.ts); an item without it is format 1.
 * Complaint items with an open duplicate suggestion also carry GSI5 `ORG#<org>#DUPLICATES` / <receivedAt>#<id>:
 * the workspace list of suggestions to decide (the workflow markers' partitions are `OPEN_WORKFLOWS#<shard>`, never met).
 * Settings items also carry GSI1 `ORGANIZATIONS` / <org>: the list of organizations the report timer walks.
 * Complaint items carry GSI9 `ORG#<org>#HANDLER#<staff>` (any status) or, open with no handler, `ORG#<org>#UNASSIGNED`,
 * sorted `<receivedAt>#<id>`: the workspace's handler and unassigned filters.
 */
export const TABLE_DESIGN = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'expiresAt',
  /**
   * The stream that keeps the aggregates (STATS items) up to date. New images suffice:
   * each complaint's STATS marker holds what was last applied, so the old image is never needed.
   */
  stream: 'NEW_IMAGE',
  indexes: {
    /** An organization's complaints by received time. */
    byOrganization: { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    /** … with one status. */
    byStatus: { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' },
    /** … from one channel. */
    byChannel: { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: 'ALL' },
    /** … in one category (lower-cased). */
    byCategory: { indexName: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK', projection: 'ALL' },
    /**
     * Sparse: complaints whose workflow is open, spread over shards; the markers are tiny, so all of each is projected.
     * Under its own partition `ORG#<org>#DUPLICATES`, open complaints with a duplicate suggestion to decide.
     */
    openWorkflows: { indexName: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK', projection: 'ALL' },
    /** Sparse: a handler's open complaints, the one due soonest first. */
    handlerQueue: { indexName: 'GSI6', partitionKey: 'GSI6PK', sortKey: 'GSI6SK', projection: 'ALL' },
    /** Sparse: escalated open complaints, highest level first, then longest escalated. */
    escalations: { indexName: 'GSI7', partitionKey: 'GSI7PK', sortKey: 'GSI7SK', projection: 'ALL' },
    /** Sparse: a complainant's complaints, by a hash of their email address (no personal data in keys). */
    byComplainant: { indexName: 'GSI8', partitionKey: 'GSI8PK', sortKey: 'GSI8SK', projection: 'KEYS_ONLY' },
    /**
     * Sparse: an organization's complaints by their handler (any status), or open ones with none
     * (the unassigned list), newest first. One index for both, as a complaint has one or none.
     */
    byAssignee: { indexName: 'GSI9', partitionKey: 'GSI9PK', sortKey: 'GSI9SK', projection: 'ALL' },
  },
} as const;

export type IndexName = keyof typeof TABLE_DESIGN.indexes;
export type ListIndex = Exclude<IndexName, 'openWorkflows' | 'handlerQueue' | 'escalations' | 'byComplainant' | 'byAssignee'>;

/** Writes to the open-workflow index are spread over this many partitions. */
export const WORKFLOW_SHARDS = 8;

const pad = (n: number) => String(n).padStart(10, '0');

export const keys = {
  complaint: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'COMPLAINT' }),
  audit: (id: string, version: number) => ({ PK: `COMPLAINT#${id}`, SK: `AUDIT#${pad(version)}` }),
  entry: (id: string, version: number, n: number) => ({ PK: `COMPLAINT#${id}`, SK: `ENTRY#${pad(version)}#${n}` }),
  notification: (id: string, version: number, kind: string, recipient: string) => ({
    PK: `COMPLAINT#${id}`,
    SK: `NOTIFICATION#${pad(version)}#${kind}#${recipient}`,
  }),
  settings: (organizationId: string) => ({ PK: `ORG#${organizationId}`, SK: 'SETTINGS' }),
  handlerQueuePartition: (organizationId: string, handlerId: string) => `ORG#${organizationId}#HANDLER#${handlerId}`,
  escalationPartition: (organizationId: string) => `ORG#${organizationId}#ESCALATED`,
  complainantPartition: (organizationId: string, emailHash: string) => `ORG#${organizationId}#COMPLAINANT#${emailHash}`,
  /** GSI9: a handler's complaints, or (no handler) the open unassigned ones. */
  assigneePartition: (organizationId: string, handlerId: string | undefined) =>
    handlerId === undefined ? `ORG#${organizationId}#UNASSIGNED` : `ORG#${organizationId}#HANDLER#${handlerId}`,
  /** The postings of one term; `termKey` is an HMAC, never the term. */
  searchPartition: (organizationId: string, termKey: string) => `SEARCH#${organizationId}#${termKey}`,
  searchMarker: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'SEARCH' }),
  /** `band` is `<band number>#<hash of its MinHash values>`: no text in a key. */
  duplicateBand: (organizationId: string, band: string) => `DUPBAND#${organizationId}#${band}`,
  duplicatePhone: (organizationId: string, phoneHash: string) => `DUPPHONE#${organizationId}#${phoneHash}`,
  /** GSI5 partition of an organization's complaints with an open duplicate suggestion. */
  duplicatesPartition: (organizationId: string) => `ORG#${organizationId}#DUPLICATES`,
  /** Highest level sorts first: MANAGER 1, SUPERVISOR 2, HANDLER 3. */
  escalationSort: (rank: number, at: string, id: string) => `${4 - rank}#${at}#${id}`,
  workflow: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'WORKFLOW' }),
  file: (complaintId: string, fileId: string) => ({ PK: `COMPLAINT#${complaintId}`, SK: `FILE#${fileId}` }),
  reference: (reference: string) => ({ PK: `REFERENCE#${reference}`, SK: 'REFERENCE' }),
  complaintPartition: (id: string) => `COMPLAINT#${id}`,
  /** The partition of each list index for an organization and a value. */
  listPartition: (index: ListIndex, organizationId: string, value?: string): string => {
    switch (index) {
      case 'byOrganization':
        return `ORG#${organizationId}`;
      case 'byStatus':
        return `ORG#${organizationId}#STATUS#${value}`;
      case 'byChannel':
        return `ORG#${organizationId}#CHANNEL#${value}`;
      case 'byCategory':
        return `ORG#${organizationId}#CATEGORY#${value?.toLowerCase()}`;
    }
  },
  /** Sort key shared by every list index: newest first reads it descending. */
  listSort: (receivedAt: string, id: string) => `${receivedAt}#${id}`,
  workflowShard: (shard: number) => `OPEN_WORKFLOWS#${shard}`,
  apiKey: (id: string) => ({ PK: `APIKEY#${id}`, SK: 'APIKEY' }),
  /** API keys share GSI1 with complaints under their own partition, so no complaint list ever meets them. */
  apiKeyListPartition: (organizationId: string) => `ORG#${organizationId}#APIKEYS`,
  webhook: (organizationId: string, partnerId: string) => ({ PK: `ORG#${organizationId}`, SK: `WEBHOOK#${partnerId}` }),
  /** The organization's webhooks share its partition: the admin's list reads them with this sort-key prefix. */
  webhookPrefix: 'WEBHOOK#',
  /** Each part URI-encoded, so a `#` inside a caller or key cannot make two scopes meet. */
  idempotency: (organizationId: string, caller: string, key: string) => ({
    PK: `IDEMPOTENCY#${[organizationId, caller, key].map(encodeURIComponent).join('#')}`,
    SK: 'IDEMPOTENCY',
  }),
  rateCounter: (name: string) => ({ PK: `RATE#${name}`, SK: 'RATE' }),
  statsMarker: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'STATS' }),
  statsPartition: (organizationId: string, dimension: string) => `STATS#${organizationId}#${dimension}`,
  /** A day is always 10 characters, so the key is whatever follows `<day>#`. */
  statsCell: (organizationId: string, dimension: string, day: string, key: string) => ({
    PK: `STATS#${organizationId}#${dimension}`,
    SK: `${day}#${key}`,
  }),
  improvementAction: (organizationId: string, id: string) => ({ PK: `ORG#${organizationId}`, SK: `ACTION#${id}` }),
  improvementActionPrefix: 'ACTION#',
  reportClaim: (organizationId: string, frequency: string, firstDay: string) => ({ PK: `ORG#${organizationId}`, SK: `REPORT#${frequency}#${firstDay}` }),
  /** Each part URI-encoded, so an organization id with a `#` cannot reach into another's heads. */
  auditDay: (day: string, organizationId: string, complaintId: string) => ({ PK: `AUDITDAY#${day}`, SK: `${encodeURIComponent(organizationId)}#${complaintId}` }),
  auditDayPartition: (day: string) => `AUDITDAY#${day}`,
  auditDigest: (organizationId: string) => ({ PK: `ORG#${organizationId}`, SK: 'AUDITDIGEST' }),
  /** Written when an email is saved SENT: its delivery events name only the provider's message id. */
  sentEmail: (messageId: string) => ({ PK: `SENTEMAIL#${messageId}`, SK: 'SENTEMAIL' }),
  /** `addressHash` is core/data-protection's complainantKey: the address itself is never a key. */
  suppression: (organizationId: string, addressHash: string) => ({ PK: `ORG#${organizationId}`, SK: `SUPPRESSED#${addressHash}` }),
  /** Each part URI-encoded, like the idempotency keys. */
  inboundEmail: (organizationId: string, id: string) => ({ PK: `INBOUND#${encodeURIComponent(organizationId)}#${id}`, SK: 'INBOUND' }),
  /** GSI1: every inbound email of an organization; GSI2 with a state: those in it. Never a complaint list's partition. */
  inboundListPartition: (organizationId: string, state?: string) => `ORG#${organizationId}#INBOUND${state === undefined ? '' : `#${state}`}`,
  inboundSenderPartition: (organizationId: string, senderHash: string) => `ORG#${organizationId}#INBOUNDFROM#${senderHash}`,
  inboundSenderCounter: (organizationId: string, senderHash: string, windowStart: string) => `INBOUND#${encodeURIComponent(organizationId)}#${senderHash}#${windowStart}`,
  /** The migration runner's record of this table (functions/migrations/runner.ts). */
  migrations: { PK: 'MIGRATIONS', SK: 'MIGRATIONS' },
  /** GSI2 partition of the notifications claimed and not settled (FAILED, or SENDING), sorted by their last change. */
  unsettledNotifications: 'NOTIFICATIONS#UNSETTLED',
  /** GSI1 partition listing every organization that saved settings. */
  organizationsPartition: 'ORGANIZATIONS',
};

/** A stable shard for an id, so the same complaint always lands in the same partition. */
export function shardOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i += 1) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % WORKFLOW_SHARDS;
}
