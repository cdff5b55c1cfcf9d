import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { MIME_LIMITS, MimeMailParser } from '../../../functions/adapters/mail/mime-parser';
import { UnparseableEmail, type ParsedEmail } from '../../../functions/core/inbound/inbound-email';
import { CORPUS, SENTENCES } from '../../fixtures/email/corpus';

const parser = new MimeMailParser();
const corpusFile = (file: string) => readFileSync(join(__dirname, '../../fixtures/email', file));
const parse = (file: string) => parser.parse(corpusFile(file));
const cases = Object.entries(CORPUS).map(([file, expected]) => ({ file, expected, description: expected.description }));
const readable = cases.filter(({ expected }) => !expected.unparseable);
const unparseable = cases.filter(({ expected }) => expected.unparseable);

describe('reading the corpus of real-world messages', () => {
  it.each(readable)('$file ($description): sender, subject and text read as written', async ({ file, expected }) => {
    const parsed = await parse(file);
    expect(parsed.from?.address).toBe(expected.from);
    if (expected.subject !== undefined) expect(parsed.subject).toBe(expected.subject);
    for (const sentence of expected.textContains ?? []) expect(parsed.text).toContain(sentence);
    for (const absent of expected.textExcludes ?? []) expect(parsed.text).not.toContain(absent);
    expect(parsed.text).not.toContain('\uFFFD');
    if (expected.inReplyTo) expect(parsed.inReplyTo).toBe(expected.inReplyTo);
  });

  it.each(readable)('$file: its attachments, inline images marked', async ({ file, expected }) => {
    const parsed = await parse(file);
    expect(parsed.attachments.map(({ filename, contentType, inline }) => ({ filename, contentType, inline }))).toEqual(
      expected.attachments ?? [],
    );
  });

  it.each(unparseable)('$file ($description) is refused with a stable reason', async ({ file, expected }) => {
    await expect(parse(file)).rejects.toEqual(new UnparseableEmail(expected.unparseable!));
  });
});

describe('charsets', () => {
  it('reads a part declared GB2312 that holds characters only GBK has (镕, 喆)', async () => {
    expect((await parse('gb2312-declared-gbk-chars.eml')).text.trim()).toBe(SENTENCES.gbkOnly);
  });

  it('reads a GBK part holding a four-byte GB18030 character as GB18030', async () => {
    expect((await parse('gbk-quoted-printable.eml')).text.trim()).toBe(SENTENCES.gbkQp);
  });

  it('reads ISO-2022-JP and Big5', async () => {
    expect((await parse('iso-2022-jp.eml')).text).toContain(SENTENCES.iso2022jp);
    expect((await parse('big5.eml')).text.trim()).toBe(SENTENCES.big5);
  });

  it('reads a part with no charset as UTF-8 when it is valid UTF-8, else as GB18030', async () => {
    expect((await parse('no-charset-utf8.eml')).text.trim()).toBe(SENTENCES.undeclaredUtf8);
    expect((await parse('no-charset-gbk.eml')).text.trim()).toBe(SENTENCES.undeclaredGbk);
  });

  it('reads a base64 part with no charset the same way', async () => {
    const body = iconv.encode('燃气费多收了一个月。', 'gbk').toString('base64');
    const raw = `From: a@example.com\r\nSubject: gas\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`;
    expect((await parser.parse(Buffer.from(raw))).text.trim()).toBe('燃气费多收了一个月。');
  });

  it('keeps the headers as received, not as the charset was read', async () => {
    const parsed = await parse('gb2312-declared-gbk-chars.eml');
    expect(parsed.headers['content-type']).toEqual(['text/plain; charset="gb2312"']);
    expect((await parse('no-charset-utf8.eml')).headers['content-type']).toBeUndefined();
  });
});

describe('HTML', () => {
  it('turns an HTML-only message into text with no markup, script or style left', async () => {
    const { text } = await parse('html-only.eml');
    expect(text).toContain(SENTENCES.html);
    expect(text).not.toMatch(/<[a-z/!]/i);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color: red');
  });

  it('takes the text part of multipart/alternative rather than the HTML', async () => {
    const { text } = await parse('multipart-alternative.eml');
    expect(text).toBe(`${SENTENCES.alternative}\n合同约定每月 280 元。`);
  });
});

describe('headers', () => {
  it('gives Message-ID, In-Reply-To and References without angle brackets, and lower-cased addresses', async () => {
    const raw =
      'From: "Li Na" <Li.Na@Example.COM>\r\nTo: A <A@Example.org>, b@example.org\r\nCc: Team: C@example.org;\r\n' +
      'Reply-To: Replies@Example.com\r\nMessage-ID: <Abc.1@Example.com>\r\nIn-Reply-To: <x.1@example.org>\r\n' +
      'References: <r.1@example.org>\r\n <x.1@example.org>\r\nSubject: hi\r\nDate: Sun, 06 Dec 2026 10:30:00 +0800\r\n\r\nbody\r\n';
    const parsed = await parser.parse(Buffer.from(raw));
    expect(parsed).toMatchObject<Partial<ParsedEmail>>({
      messageId: 'Abc.1@Example.com',
      inReplyTo: 'x.1@example.org',
      references: ['r.1@example.org', 'x.1@example.org'],
      from: { address: 'li.na@example.com', name: 'Li Na' },
      replyTo: { address: 'replies@example.com' },
      to: [{ address: 'a@example.org', name: 'A' }, { address: 'b@example.org' }],
      cc: [{ address: 'c@example.org' }],
      date: '2026-12-06T02:30:00.000Z',
    });
    expect(parsed.headers.references).toEqual(['<r.1@example.org> <x.1@example.org>']);
  });

  it('keeps every header, names lower-cased and repeated ones in order', async () => {
    const raw = 'Received: from a\r\nReceived: from b\r\nX-Custom: =?UTF-8?B?5oqV6K+J?=\r\nFrom: a@example.com\r\n\r\nx\r\n';
    const { headers } = await parser.parse(Buffer.from(raw));
    expect(headers.received).toEqual(['from a', 'from b']);
    expect(headers['x-custom']).toEqual(['投诉']);
  });

  it('reads a malformed header block without giving up on the rest', async () => {
    const parsed = await parse('malformed-headers.eml');
    expect(parsed.subject).toBe('乱码的标题');
    expect(parsed.date).toBeUndefined();
    expect(parsed.messageId).toBe('malformed-headers.eml@example.com');
    expect(parsed.text.trim()).toBe(SENTENCES.malformed);
  });
});

describe('attachments and forwarded mail', () => {
  it('keeps attachments byte for byte', async () => {
    const pdf = (await parse('attachments.eml')).attachments[0];
    expect(Buffer.from(pdf.content).subarray(0, 8).toString()).toBe('%PDF-1.4');
  });

  it('keeps a forwarded message as an .eml file, not mixed into the text', async () => {
    const parsed = await parse('forwarded-attached.eml');
    const eml = Buffer.from(parsed.attachments[0].content).toString();
    expect(eml).toMatch(/^From: service@shop\.example\.net\r\n/);
    expect(parsed.text.trim()).toBe(SENTENCES.forwardedNote);
  });
});

describe('what cannot be read', () => {
  it('refuses empty input', async () => {
    await expect(parser.parse(new Uint8Array())).rejects.toEqual(new UnparseableEmail('EMPTY'));
  });

  it('refuses a message with more parts than it will read, without reading them', async () => {
    const parts = Array.from({ length: MIME_LIMITS.maxParts + 5 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
    const raw = `From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n${parts}--b--\r\n`;
    await expect(parser.parse(Buffer.from(raw))).rejects.toEqual(new UnparseableEmail('TOO_COMPLEX'));
  });

  it('says why in a stable code, never with the message’s content', async () => {
    const error = await parser.parse(corpusFile('not-mime.eml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnparseableEmail);
    expect((error as Error).message).not.toContain('prose');
  });
});
