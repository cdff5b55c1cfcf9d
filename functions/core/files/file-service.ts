import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { Actor, Complaint } from '../complaint';
import { invalidInput } from '../errors';
import type { UploadRequest } from './limits';
import type { FileRecords, FileStore, HttpHeader } from './ports';
import { objectKey, type StoredFileRecord } from './stored-file';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long an upload URL may be used (the schema promises 15 minutes). */
export const UPLOAD_URL_SECONDS = 15 * 60;
/** How long a download URL may be used. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;
/** A requested upload may be recorded for a day; then the table's TTL removes its record. */
export const PENDING_SECONDS = 24 * 60 * 60;

export interface FileDependencies {
  files: FileStore;
  fileRecords: FileRecords;
  clock: Clock;
}

export interface UploadTicket {
  fileId: string;
  url: string;
  headers: HttpHeader[];
  expiresAt: string;
}

/** Records the upload as pending for this complaint and uploader, and signs where to PUT its bytes. */
export async function requestUpload(deps: FileDependencies, complaint: Complaint, uploadedBy: Actor, upload: UploadRequest, newId: () => string = randomUUID): Promise<UploadTicket> {
  const now = deps.clock.now();
  const id = newId();
  const key = objectKey(complaint.organizationId, complaint.id, id);
  await deps.fileRecords.putPending({
    id,
    complaintId: complaint.id,
    organizationId: complaint.organizationId,
    key,
    ...upload,
    uploadedBy,
    requestedAt: now.toISOString(),
    state: 'PENDING',
    expiresAt: Math.floor(now.getTime() / 1000) + PENDING_SECONDS,
  });
  const { url, headers } = await deps.files.presignUpload(key, upload, UPLOAD_URL_SECONDS);
  return { fileId: id, url, headers, expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString() };
}

/**
 * The pending upload `fileId` of this complaint, requested by this kind of uploader, whose
 * bytes are stored with exactly the declared length and SHA-256. Anything else is
 * BAD_USER_INPUT on `field`: another complaint's or an unknown id, one used already or
 * expired, or bytes that never arrived (a refused or unfinished upload).
 */
export async function uploadedFile(deps: FileDependencies, complaint: Complaint, fileId: string, uploader: Actor['kind'], field: string): Promise<StoredFileRecord> {
  const refuse = (message: string) => invalidInput([{ field, message }]);
  const file = UUID.test(fileId) ? await deps.fileRecords.get(complaint.id, fileId) : null;
  if (!file || file.organizationId !== complaint.organizationId || file.uploadedBy.kind !== uploader) throw refuse('matches no upload requested for this complaint');
  if (file.state !== 'PENDING' || file.erased) throw refuse('has been used already');
  if (file.expiresAt !== undefined && file.expiresAt * 1000 <= deps.clock.now().getTime()) throw refuse('has expired; request a new upload');
  const stored = await deps.files.head(file.key);
  if (!stored) throw refuse('has no uploaded file yet (its upload failed or was refused); upload it again');
  if (stored.size !== file.size || stored.sha256 !== file.sha256) throw refuse('the uploaded file does not match its declared size and SHA-256');
  return file;
}

/** What the API shows of a file; the link is signed for a few minutes, and there is none once the file is erased. */
export async function fileView(files: FileStore, file: StoredFileRecord) {
  return {
    id: file.id,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    uploadedAt: file.attachedAt ?? file.requestedAt,
    sharedWithComplainant: file.sharedWithComplainant === true,
    downloadUrl: file.erased ? null : await files.presignDownload(file.key, file.name, file.contentType, DOWNLOAD_URL_SECONDS),
  };
}
