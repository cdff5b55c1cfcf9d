import type { StoredFileRecord } from './stored-file';
import type { UploadRequest } from './limits';

export interface HttpHeader {
  name: string;
  value: string;
}

/** Where the bytes of complaint files live: the files bucket in the cloud, the local gateway's route locally. */
export interface FileStore {
  /**
   * A URL to PUT exactly these bytes to, with these headers; the store refuses another length or SHA-256, and a URL past `expiresAt`.
   * The object keeps an attachment disposition with the file's name (in a header, never in the URL).
   */
  presignUpload(key: string, upload: UploadRequest, expiresInSeconds: number): Promise<{ url: string; headers: HttpHeader[] }>;
  /** A URL to GET the object, offered as the attachment its upload named (never shown inline); the URL holds no name. */
  presignDownload(key: string, contentType: string, expiresInSeconds: number): Promise<string>;
  /** The stored object's length and SHA-256 (lower-case hex), or null when nothing is stored under the key. */
  head(key: string): Promise<{ size: number; sha256?: string } | null>;
  /** The keys of the objects under the prefix, at most `limit` of them. */
  keysUnder(prefix: string, limit: number): Promise<string[]>;
  /** Deletes every object under the prefix (a complaint's files), uploaded or half-forgotten. */
  deleteUnder(prefix: string): Promise<number>;
  /**
   * Stores bytes the platform itself received (an email's raw message, its attachments), with
   * their SHA-256 checked by the store; `downloadName` makes the object an attachment of that name.
   */
  put(key: string, bytes: Uint8Array, contentType: string, downloadName?: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
}

/** The file records of the table, outside a complaint's changes. */
export interface FileRecords {
  /** Writes the record of a requested upload (PENDING, with its TTL). */
  putPending(file: StoredFileRecord): Promise<void>;
  get(complaintId: string, fileId: string): Promise<StoredFileRecord | null>;
  /** The ids of the complaint's file records: attached, and pending ones their TTL has not removed yet. */
  fileIds(complaintId: string): Promise<string[]>;
}
