import type { Actor, Evidence } from '../complaint';

/**
 * A file kept with a complaint (table item `COMPLAINT#<id> / FILE#<fileId>`). Written
 * PENDING when an upload is requested (with a TTL), ATTACHED in the transaction of the
 * change that records it, once. Not part of the audit chain: its name is personal data an
 * erasure removes; the chained evidence entry holds its SHA-256 and key.
 */
export interface StoredFileRecord {
  id: string;
  complaintId: string;
  organizationId: string;
  /** The object key: `<organization, URI-encoded>/<complaint id>/<file id>`, nothing personal. */
  key: string;
  name: string;
  contentType: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
  /** Who asked for the upload: a member of staff (evidence) or the complainant (an attachment). */
  uploadedBy: Actor;
  requestedAt: string;
  state: 'PENDING' | 'ATTACHED';
  /** When the change that recorded it was made, and its version. */
  attachedAt?: string;
  version?: number;
  sharedWithComplainant?: boolean;
  /** Epoch seconds; while PENDING the table's TTL removes a record never attached. */
  expiresAt?: number;
  /** Set by an erasure: the bytes are deleted and the name is gone. */
  erased?: boolean;
}

/** The object key of a file: no personal data, and a complaint's files share its prefix. */
export const complaintFilePrefix = (organizationId: string, complaintId: string): string => `${encodeURIComponent(organizationId)}/${complaintId}/`;
export const objectKey = (organizationId: string, complaintId: string, fileId: string): string => `${complaintFilePrefix(organizationId, complaintId)}${fileId}`;

/** Evidence as the API resolves it: with the complaint it belongs to, so its file can be found. */
export type EvidenceOfComplaint = Evidence & { complaintId: string };

/** The record once the change recording it lands: attached, no longer expiring. */
export const attached = (file: StoredFileRecord, version: number, at: Date, sharedWithComplainant: boolean): StoredFileRecord => ({
  ...file,
  state: 'ATTACHED',
  attachedAt: at.toISOString(),
  version,
  sharedWithComplainant,
  expiresAt: undefined,
});
