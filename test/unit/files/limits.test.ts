import { DomainError } from '../../../functions/core/errors';
import { ALLOWED_CONTENT_TYPES, MAX_FILE_BYTES, sanitizeFileName, validateUpload } from '../../../functions/core/files/limits';
import { attachmentDisposition } from '../../../functions/adapters/s3/s3-file-store';

const HASH = 'ab'.repeat(32);
const valid = { name: 'receipt.pdf', contentType: 'application/pdf', size: 1024, sha256: HASH };

const issuesOf = (input: Parameters<typeof validateUpload>[0], field?: string) => {
  try {
    validateUpload(input, field);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    return (error as DomainError).issues;
  }
  throw new Error('accepted');
};

describe('file upload limits', () => {
  it('accepts PDF, pictures, text, CSV, Word, Excel and saved emails', () => {
    const types = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'text/plain', 'text/csv', 'message/rfc822',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel'];
    expect([...ALLOWED_CONTENT_TYPES].sort()).toEqual([...types].sort());
    for (const contentType of types) expect(validateUpload({ ...valid, contentType }).contentType).toBe(contentType);
  });

  it('keeps the bare type of a type with parameters, in lower case', () => {
    expect(validateUpload({ ...valid, contentType: 'Text/Plain; charset=UTF-8' }).contentType).toBe('text/plain');
  });

  it('refuses types a browser could run or render: HTML, SVG, scripts, unknown', () => {
    for (const contentType of ['text/html', 'image/svg+xml', 'application/javascript', 'application/octet-stream', '']) {
      expect(issuesOf({ ...valid, contentType })).toEqual([{ field: 'file.contentType', message: expect.stringContaining('PDF') }]);
    }
  });

  it('takes 1 byte to 10 MB, nothing empty or larger', () => {
    expect(validateUpload({ ...valid, size: 1 }).size).toBe(1);
    expect(validateUpload({ ...valid, size: MAX_FILE_BYTES }).size).toBe(10 * 1024 * 1024);
    for (const size of [0, -1, MAX_FILE_BYTES + 1, 1.5]) expect(issuesOf({ ...valid, size })).toEqual([{ field: 'file.size', message: expect.stringContaining('10 MB') }]);
  });

  it('needs the SHA-256 as 64 hex characters, and keeps it in lower case', () => {
    expect(validateUpload({ ...valid, sha256: HASH.toUpperCase() }).sha256).toBe(HASH);
    for (const sha256 of ['', 'ab', `${HASH}00`, 'zz'.repeat(32)]) expect(issuesOf({ ...valid, sha256 }).map((i) => i.field)).toEqual(['file.sha256']);
  });

  it('needs a name of 1 to 200 characters once made safe, counting Chinese characters as one each', () => {
    expect(validateUpload({ ...valid, name: '投诉'.repeat(100) }).name).toHaveLength(200);
    expect(issuesOf({ ...valid, name: '投'.repeat(201) }).map((i) => i.field)).toEqual(['file.name']);
    for (const name of ['', '   ', '...']) expect(issuesOf({ ...valid, name }).map((i) => i.field)).toEqual(['file.name']);
  });

  it('names every wrong field at once, under the argument it came in', () => {
    expect(issuesOf({ name: '', contentType: 'text/html', size: 0, sha256: 'x' }, 'upload').map((i) => i.field)).toEqual(['upload.name', 'upload.contentType', 'upload.size', 'upload.sha256']);
  });
});

describe('file names', () => {
  it('loses path separators, control characters and characters Windows refuses', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFileName('C:\\Users\\王\\发票.pdf')).toBe('C__Users_王_发票.pdf');
    expect(sanitizeFileName('a\u0000b\nc"d<e>f|g?h*i.txt')).toBe('a_b_c_d_e_f_g_h_i.txt');
  });

  it('has no leading dots or surrounding spaces', () => {
    expect(sanitizeFileName('  .hidden.pdf ')).toBe('hidden.pdf');
  });

  it('is offered for download as an attachment, with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('发票 "1".pdf')).toBe(`attachment; filename="__ _1_.pdf"; filename*=UTF-8''%E5%8F%91%E7%A5%A8%20%221%22.pdf`);
    expect(attachmentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
