import type { Client } from '@urql/core';
import { errorCode } from '../../shared/api-errors';
import { AttachFileMutation, RequestUploadMutation } from '../operations';
import type { TrackingFieldsFragment } from '../generated/graphql';
import { contentTypeOf } from './file-rules';

export type UploadStage = 'hashing' | 'uploading' | 'attaching';

/** Why an upload stopped: the API's code, NETWORK, or STORAGE when the PUT of the bytes was refused. */
export class UploadError extends Error {
  constructor(readonly code: string) {
    super(`upload failed: ${code}`);
  }
}

/** The SHA-256 of the bytes, hex: the store refuses bytes that do not match it. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** PUTs the bytes with exactly the headers the API signed; XMLHttpRequest because fetch reports no upload progress. */
function put(url: string, headers: Array<{ name: string; value: string }>, file: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const h of headers) request.setRequestHeader(h.name, h.value);
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve() : reject(new UploadError('STORAGE')));
    request.onerror = () => reject(new UploadError('NETWORK'));
    request.send(file);
  });
}

/**
 * Attaches a file to a complaint as its complainant: hash it, ask where to upload,
 * PUT the bytes there, then attach the uploaded file. Resolves with the complaint as it
 * now stands.
 */
export async function uploadAttachment(
  client: Client,
  credentials: { reference: string; accessCode: string },
  file: File,
  description: string | undefined,
  onProgress: (stage: UploadStage, fraction: number) => void,
): Promise<TrackingFieldsFragment> {
  const { reference, accessCode } = credentials;
  onProgress('hashing', 0);
  const sha256 = await sha256Hex(file);
  const requested = await client.mutation(RequestUploadMutation, { reference, accessCode, file: { name: file.name, contentType: contentTypeOf(file)!, size: file.size, sha256 } }).toPromise();
  const upload = requested.data?.requestAttachmentUpload;
  if (!upload) throw new UploadError(errorCode(requested.error) ?? 'INTERNAL_SERVER_ERROR');
  onProgress('uploading', 0);
  await put(upload.url, upload.headers, file, (fraction) => onProgress('uploading', fraction));
  onProgress('attaching', 1);
  const attached = await client.mutation(AttachFileMutation, { reference, accessCode, fileId: upload.fileId, description }).toPromise();
  if (!attached.data) throw new UploadError(errorCode(attached.error) ?? 'INTERNAL_SERVER_ERROR');
  return attached.data.attachFile;
}
