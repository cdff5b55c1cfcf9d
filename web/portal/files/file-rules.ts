/**
 * What the files store accepts (schema.graphql FileUploadInput; functions/core/files/limits.ts):
 * up to 10 MB of these types. The type is taken from the name's extension, which browsers
 * report more consistently than File.type (an .eml is often ''; a .csv 'application/vnd.ms-excel').
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  eml: 'message/rfc822',
};

/** For the file picker's accept attribute. */
export const ACCEPT = Object.keys(TYPE_BY_EXTENSION).map((e) => `.${e}`).join(',');

/** The media type to declare for the file, or undefined when its type is not accepted. */
export function contentTypeOf(file: { name: string; type: string }): string | undefined {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  return TYPE_BY_EXTENSION[extension] ?? (Object.values(TYPE_BY_EXTENSION).includes(file.type) ? file.type : undefined);
}

export type FileRefusal = 'type' | 'size' | 'empty' | 'name';

/** Why the file cannot be sent, checked before any upload. */
export function refusalOf(file: { name: string; type: string; size: number }): FileRefusal | undefined {
  if (!contentTypeOf(file)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_FILE_BYTES) return 'size';
  if ([...file.name].length > 200) return 'name';
  return undefined;
}
