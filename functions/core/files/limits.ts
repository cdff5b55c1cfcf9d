import type { FileUploadInput } from '../../graphql/generated/types';
import { invalidInput, type FieldIssue } from '../errors';

/** The media types a file may have: documents, pictures and saved emails a complaint is argued with. */
export const ALLOWED_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'message/rfc822',
]);

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME = 200;

/** What an upload promises: the store refuses bytes that do not match its length and SHA-256. */
export interface UploadRequest {
  name: string;
  contentType: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
}

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001F\u007F/\\"<>:|?*]/g;

/**
 * A file name as it may be shown and offered for download: control characters, path
 * separators and characters Windows refuses become `_`, no leading dots (no hidden or
 * relative names), surrounding spaces trimmed.
 */
export function sanitizeFileName(name: string): string {
  return name.normalize('NFC').replace(UNSAFE_IN_NAME, '_').trim().replace(/^\.+/, '').trim();
}

/** The upload's name, type, size and hash checked against the limits; BAD_USER_INPUT naming each wrong field otherwise. */
export function validateUpload(input: FileUploadInput, field = 'file'): UploadRequest {
  const issues: FieldIssue[] = [];
  const name = sanitizeFileName(input.name ?? '');
  if (!name) issues.push({ field: `${field}.name`, message: 'is required' });
  else if ([...name].length > MAX_FILE_NAME) issues.push({ field: `${field}.name`, message: `must be at most ${MAX_FILE_NAME} characters` });
  // Parameters (charset) are not part of the type; the download is served with the bare type.
  const contentType = (input.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!ALLOWED_CONTENT_TYPES.has(contentType)) {
    issues.push({ field: `${field}.contentType`, message: 'must be PDF, JPEG, PNG, GIF, WebP, plain text, CSV, Word, Excel or an email (message/rfc822)' });
  }
  if (!Number.isInteger(input.size) || input.size < 1 || input.size > MAX_FILE_BYTES) {
    issues.push({ field: `${field}.size`, message: `must be from 1 to ${MAX_FILE_BYTES} bytes (10 MB)` });
  }
  const sha256 = (input.sha256 ?? '').trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sha256)) issues.push({ field: `${field}.sha256`, message: 'must be 64 hex characters (SHA-256 of the content)' });
  if (issues.length) throw invalidInput(issues);
  return { name, contentType, size: input.size, sha256 };
}
