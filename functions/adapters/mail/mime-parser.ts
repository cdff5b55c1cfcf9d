import { isUtf8 } from 'node:buffer';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Joiner, Splitter, type MimeNode, type SplitterChunk } from '@zone-eu/mailsplit';
import iconv from 'iconv-lite';
import libmime from 'libmime';
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';
import {
  UnparseableEmail,
  type EmailAddress,
  type EmailAttachment,
  type MailParser,
  type ParsedEmail,
} from '../../core/inbound/inbound-email';

/**
 * Bounds on the work one message can cost, whatever its size (the intake limits the size
 * itself): more MIME parts or a larger header block than this makes the message unparseable,
 * and HTML longer than this is not turned into text (the text is then empty).
 */
export const MIME_LIMITS = {
  maxParts: 200,
  maxHeadBytes: 256 * 1024,
  maxHtmlChars: 2_000_000,
};

/**
 * Names of GB2312 and GBK. Chinese clients declare GB2312 and send characters only GBK or
 * GB18030 has (喆, 镕, four-byte rare characters), so these are all decoded as GB18030, the
 * superset of both.
 */
const GB_CHARSETS = /^(?:gb2312|gb_2312(?:-80)?|csgb2312|csiso58gb231280|iso-ir-58|euc-cn|x-euc-cn|chinese|gbk|x-gbk|cp936|ms936|windows-936)$/;

const STANDARD_HEADERS = ['from', 'to', 'subject', 'date', 'message-id', 'received', 'mime-version', 'content-type'];

/** Bytes with no declared charset: UTF-8 when they are valid UTF-8, else GB18030 (Chinese clients' 8-bit default). */
const decodeUndeclared = (bytes: Buffer) => (isUtf8(bytes) ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030'));

function isTextLeaf(node: MimeNode): boolean {
  if (node.multipart) return false;
  return node.contentType ? node.contentType.startsWith('text/') : node.root;
}

/**
 * Rewrites the charset of text parts before mailparser reads them: a GB2312 or GBK part is
 * declared GB18030, and a part that declares none is declared GB18030 when its bytes are not
 * valid UTF-8 (mailparser would read them as UTF-8 and lose every Chinese character).
 * Everything else passes through untouched.
 */
class CharsetFixer extends Transform {
  private held: { node: MimeNode; body: SplitterChunk[] } | null = null;
  /** The message's own header lines, as received (before any charset was rewritten). */
  rootHeaderLines: ParsedMail['headerLines'] = [];

  constructor() {
    super({ objectMode: true });
  }

  override _transform(chunk: SplitterChunk, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.held && chunk.type === 'body') {
      this.held.body.push(chunk);
      return done();
    }
    this.release()
      .then(() => {
        if (chunk.type === 'node' && chunk.root && chunk.headers) {
          this.rootHeaderLines = chunk.headers.getList().map(({ key, line }) => ({ key, line }));
        }
        if (chunk.type === 'node' && isTextLeaf(chunk)) {
          const declared = (chunk.charset || '').toLowerCase();
          if (GB_CHARSETS.test(declared)) chunk.setCharset('gb18030');
          else if (!declared) {
            this.held = { node: chunk, body: [] };
            return done();
          }
        }
        this.push(chunk);
        done();
      })
      .catch(done);
  }

  override _flush(done: TransformCallback): void {
    this.release().then(() => done(), done);
  }

  private async release(): Promise<void> {
    if (!this.held) return;
    const { node, body } = this.held;
    this.held = null;
    const decoded = await transferDecoded(node, body);
    if (!isUtf8(decoded)) node.setCharset('gb18030');
    this.push(node);
    for (const chunk of body) this.push(chunk);
  }
}

/** A part's body with its transfer encoding (base64, quoted-printable) undone. */
async function transferDecoded(node: MimeNode, body: SplitterChunk[]): Promise<Buffer> {
  const decoder = node.getDecoder();
  const out: Buffer[] = [];
  decoder.on('data', (data: Buffer) => out.push(data));
  const ended = new Promise<void>((resolve, reject) => {
    decoder.once('end', resolve);
    decoder.once('error', reject);
  });
  for (const chunk of body) if (chunk.type === 'body') decoder.write(chunk.value);
  decoder.end();
  await ended;
  return Buffer.concat(out);
}

/**
 * The message with its text parts' charsets fixed (see CharsetFixer), and its own header lines.
 * mailsplit is the MIME splitter mailparser itself uses; its types declare only a 'data'
 * event, hence the casts to the streams they are.
 */
async function withFixedCharsets(raw: Buffer): Promise<{ message: Buffer; rootHeaderLines: ParsedMail['headerLines'] }> {
  const splitter = new Splitter({ maxChildNodes: MIME_LIMITS.maxParts, maxHeadSize: MIME_LIMITS.maxHeadBytes, ignoreEmbedded: true });
  const fixer = new CharsetFixer();
  const out: Buffer[] = [];
  await pipeline(
    Readable.from([raw]),
    splitter as unknown as Transform,
    fixer,
    new Joiner() as unknown as Transform,
    async (joined: AsyncIterable<Buffer>) => {
      for await (const chunk of joined) out.push(chunk);
    },
  );
  return { message: Buffer.concat(out), rootHeaderLines: fixer.rootHeaderLines };
}

const withoutBrackets = (id: string) => id.trim().replace(/^<+/, '').replace(/>+$/, '').trim();

function messageIds(value: string | string[] | undefined): string[] {
  const all = Array.isArray(value) ? value : value ? [value] : [];
  return all.flatMap((v) => v.split(/[\s,]+/)).map(withoutBrackets).filter(Boolean);
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  const mailboxes = objects.flatMap((o) => o.value).flatMap((a) => (a.group ? a.group : [a]));
  return mailboxes
    .filter((a) => a.address && a.address.includes('@'))
    .map((a) => (a.name ? { address: a.address!.toLowerCase(), name: a.name } : { address: a.address!.toLowerCase() }));
}

/**
 * Every header line, unfolded, encoded words decoded. Unencoded 8-bit bytes (a malformed but
 * common header) are read as UTF-8 when valid, else as GB18030.
 */
function decodedHeaders(lines: ParsedMail['headerLines']): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    let value: string;
    try {
      const raw = String(libmime.decodeHeader(line).value ?? '');
      value = libmime.decodeWords(decodeUndeclared(Buffer.from(raw, 'binary'))).trim();
    } catch {
      value = line.slice(line.indexOf(':') + 1).trim();
    }
    (headers[key] ??= []).push(value);
  }
  return headers;
}

/** The Date header as ISO 8601, or nothing when it does not parse (mailparser would say "now"). */
function isoDate(headers: Record<string, string[]>): string | undefined {
  const value = headers.date?.[0];
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function attachment(a: Attachment, index: number): EmailAttachment {
  const contentType = (a.contentType || 'application/octet-stream').toLowerCase();
  const inline = Boolean(a.cid) && (a.related === true || a.contentDisposition === 'inline');
  const subtype = contentType === 'message/rfc822' ? 'eml' : contentType.split('/')[1] ?? '';
  const extension = /^[a-z0-9]{1,8}$/.test(subtype) ? `.${subtype}` : '';
  const filename = a.filename?.trim() || `${inline ? 'image' : 'attachment'}-${index + 1}${extension}`;
  return { filename, contentType, content: new Uint8Array(a.content), inline };
}

/**
 * mailparser's reading of a message into a ParsedEmail. Text policy: the text/plain parts,
 * else the HTML turned into plain text by mailparser (html-to-text: no tags, no scripts,
 * links as "text [url]"); HTML itself is never kept. A forwarded message attached as a
 * message/rfc822 part stays an attachment (an .eml file, byte for byte): its words are not
 * the sender's and are not mixed into the text. Inline images are attachments with
 * `inline: true`.
 */
export class MimeMailParser implements MailParser {
  async parse(raw: Uint8Array): Promise<ParsedEmail> {
    const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (bytes.length === 0) throw new UnparseableEmail('EMPTY');
    if (bytes.subarray(0, 4096).includes(0)) throw new UnparseableEmail('BINARY');
    let mail: ParsedMail;
    let rootHeaderLines: ParsedMail['headerLines'];
    try {
      const fixed = await withFixedCharsets(bytes);
      rootHeaderLines = fixed.rootHeaderLines;
      mail = await simpleParser(fixed.message, {
        skipTextToHtml: true,
        skipTextLinks: true,
        skipImageLinks: true,
        keepCidLinks: true,
        checksumAlgo: false,
        ignoreEmbedded: true,
        maxChildNodes: MIME_LIMITS.maxParts,
        maxHeadSize: MIME_LIMITS.maxHeadBytes,
        maxHtmlLengthToParse: MIME_LIMITS.maxHtmlChars,
      });
    } catch (error) {
      // EMAXLEN: mailsplit met more parts or a larger header block than MIME_LIMITS allow
      throw new UnparseableEmail((error as { code?: string }).code === 'EMAXLEN' ? 'TOO_COMPLEX' : 'MIME_ERROR');
    }
    const headers = decodedHeaders(rootHeaderLines);
    if (!STANDARD_HEADERS.some((name) => name in headers)) throw new UnparseableEmail('NO_HEADERS');
    const [from] = addresses(mail.from);
    const [replyTo] = addresses(mail.replyTo);
    const [inReplyTo] = messageIds(mail.inReplyTo);
    const [messageId] = messageIds(mail.messageId);
    return {
      ...(messageId ? { messageId } : {}),
      ...(inReplyTo ? { inReplyTo } : {}),
      references: messageIds(mail.references),
      ...(from ? { from } : {}),
      ...(replyTo ? { replyTo } : {}),
      to: addresses(mail.to),
      cc: addresses(mail.cc),
      subject: headers.subject?.[0] ?? '',
      ...(isoDate(headers) ? { date: isoDate(headers) } : {}),
      text: (mail.text ?? '').replace(/\r\n?/g, '\n'),
      headers,
      attachments: mail.attachments.map(attachment),
    };
  }
}
