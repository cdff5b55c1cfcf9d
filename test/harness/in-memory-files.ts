import { createHash } from 'node:crypto';
import type { UploadRequest } from '../../functions/core/files/limits';
import type { FileRecords, FileStore } from '../../functions/core/files/ports';
import type { StoredFileRecord } from '../../functions/core/files/stored-file';
import type { InMemoryStore } from './in-memory-store';

/** A fake file store for domain unit tests only; integration tests use the local S3-compatible route. */
export class InMemoryFileStore implements FileStore {
  readonly objects = new Map<string, Buffer>();

  /** What a browser's PUT through the presigned URL would leave. */
  upload(key: string, bytes: Buffer): void {
    this.objects.set(key, bytes);
  }

  async presignUpload(key: string, upload: UploadRequest, expiresInSeconds: number) {
    return { url: `memory://put/${key}?expires=${expiresInSeconds}`, headers: [{ name: 'Content-Type', value: upload.contentType }] };
  }

  async presignDownload(key: string) {
    return `memory://get/${key}`;
  }

  async head(key: string) {
    const bytes = this.objects.get(key);
    return bytes ? { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } : null;
  }

  async keysUnder(prefix: string, limit: number) {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).slice(0, limit);
  }

  async put(key: string, bytes: Uint8Array) {
    this.objects.set(key, Buffer.from(bytes));
  }

  async get(key: string) {
    return this.objects.get(key) ?? null;
  }

  async deleteUnder(prefix: string) {
    const keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix));
    for (const k of keys) this.objects.delete(k);
    return keys.length;
  }
}

/** File records kept on the fake store's complaint records, as the table keeps them in the complaint's partition. */
export class InMemoryFileRecords implements FileRecords {
  constructor(private readonly store: InMemoryStore) {}

  async putPending(file: StoredFileRecord): Promise<void> {
    const record = this.store.records.get(file.complaintId);
    if (!record) throw new Error(`no complaint ${file.complaintId}`);
    (record.files ??= []).push(file);
  }

  async fileIds(complaintId: string): Promise<string[]> {
    return (this.store.records.get(complaintId)?.files ?? []).map((f) => f.id);
  }

  async get(complaintId: string, fileId: string): Promise<StoredFileRecord | null> {
    return this.store.records.get(complaintId)?.files?.find((f) => f.id === fileId) ?? null;
  }
}
