import type { StoredFileRecord } from './stored-file';
import type { UploadRequest } from './limits';

export interface HttpHeader {
  name: string;
  value: string;
}

/** Where the bytes of complaint files live: the files bucket in the cloud, the local gateway's route locally. */
export interface FileStore {
  /** A URL to PUT exactly these bytes to, with these headers; the store refuses another length or SHA-256, and a URL past `expiresAt`. */
  presignUpload(key: string, upload: Omit<UploadRequest, 'name'>, expiresInSeconds: number): Promise<{ url: string; headers: HttpHeader[] }>;
  /** A URL to GET the object, offered as an attachment named `fileName` (never shown inline). */
  presignDownload(key: string, fileName: string, contentType: string, expiresInSeconds: number): Promise<string>;
  /** The stored object's length and SHA-256 (lower-case hex), or null when nothing is stored under the key. */
  head(key: string): Promise<{ size: number; sha256?: string } | null>;
  /** Deletes every object under the prefix (a complaint's files), uploaded or half-forgotten. */
  deleteUnder(prefix: string): Promise<number>;
}

/** The file records of the table, outside a complaint's changes. */
export interface FileRecords {
  /** Writes the record of a requested upload (PENDING, with its TTL). */
  putPending(file: StoredFileRecord): Promise<void>;
  get(complaintId: string, fileId: string): Promise<StoredFileRecord | null>;
}
