/**
 * The single table: its keys and indexes, described once. The CDK stack builds the
 * table from this, the local stack creates it from this, and the store reads and
 * writes through the key functions below. Plain data: no AWS SDK import.
 *
 * Items (PK / SK):
 *   COMPLAINT#<id> / COMPLAINT          the complaint (current version)
 *   COMPLAINT#<id> / AUDIT#<version>    one audit entry per version
 *   COMPLAINT#<id> / NOTIFICATION#<kind> delivery state of one notification
 *   COMPLAINT#<id> / WORKFLOW           present while the complaint's workflow is open
 *   REFERENCE#<ref> / REFERENCE         claims a reference; points at the complaint
 */
export const TABLE_DESIGN = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /** An organization's complaints by received time. */
    byOrganization: { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    /** … with one status. */
    byStatus: { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' },
    /** … from one channel. */
    byChannel: { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: 'ALL' },
    /** … in one category (lower-cased). */
    byCategory: { indexName: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK', projection: 'ALL' },
    /** Sparse: complaints whose workflow is open, spread over shards. */
    openWorkflows: { indexName: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK', projection: 'KEYS_ONLY' },
  },
} as const;

export type IndexName = keyof typeof TABLE_DESIGN.indexes;
export type ListIndex = Exclude<IndexName, 'openWorkflows'>;

/** Writes to the open-workflow index are spread over this many partitions. */
export const WORKFLOW_SHARDS = 8;

const pad = (n: number) => String(n).padStart(10, '0');

export const keys = {
  complaint: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'COMPLAINT' }),
  audit: (id: string, version: number) => ({ PK: `COMPLAINT#${id}`, SK: `AUDIT#${pad(version)}` }),
  notification: (id: string, kind: string) => ({ PK: `COMPLAINT#${id}`, SK: `NOTIFICATION#${kind}` }),
  workflow: (id: string) => ({ PK: `COMPLAINT#${id}`, SK: 'WORKFLOW' }),
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
};

/** A stable shard for an id, so the same complaint always lands in the same partition. */
export function shardOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i += 1) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h % WORKFLOW_SHARDS;
}
