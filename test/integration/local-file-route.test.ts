import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { S3FileStore } from '../../functions/adapters/s3/s3-file-store';
import { fileRoute } from '../../local/file-route';
import { FakeClock } from '../harness/fake-clock';

/**
 * The local S3-compatible route on its own server, driven by the same adapter the API uses:
 * what a holder of a signed link can and cannot make it do.
 */
describe('the local files route', () => {
  const clock = new FakeClock(new Date());
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local', region: 'ap-east-1' };
  const dir = mkdtempSync(join(tmpdir(), 'file-route-test-'));
  let server: Server;
  let store: S3FileStore;

  beforeAll(async () => {
    const route = fileRoute({ basePath: '/files', bucket: 'complaint-files', dir, credentials, clock });
    server = createServer((req, res) => {
      if (!route(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/files`;
    const client = new S3Client({ region: credentials.region, endpoint, forcePathStyle: true, credentials, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
    store = new S3FileStore(client, 'complaint-files', clock);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  const upload = async (key: string, bytes: Buffer, contentType: string, name = 'notes.txt') => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { url, headers } = await store.presignUpload(key, { name, contentType, size: bytes.length, sha256 }, 900);
    const res = await fetch(url, { method: 'PUT', headers: Object.fromEntries(headers.map((h) => [h.name, h.value])), body: bytes });
    expect(res.status).toBe(200);
  };

  it('opens nothing when a signed link is given a second, unsigned disposition and type in front of its own', async () => {
    const key = 'default/complaint-1/file-1';
    await upload(key, Buffer.from('<script>alert(document.domain)</script>'), 'text/plain');
    const link = await store.presignDownload(key, 'text/plain', 300);
    const [base, query] = link.split('?');

    const smuggled = `${base}?response-content-disposition=inline&response-content-type=text%2Fhtml&${query}`;
    const res = await fetch(smuggled);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).not.toBe('text/html');

    const asSigned = await fetch(link);
    expect(asSigned.status).toBe(200);
    expect(asSigned.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('answers 404, not a 200 that never ends, when an object is gone while its metadata is still there, and goes on serving', async () => {
    const key = 'default/complaint-2/file-2';
    await upload(key, Buffer.from('kept'), 'text/plain');
    await rm(join(dir, 'objects', key));
    const res = await fetch(await store.presignDownload(key, 'text/plain', 300), { signal: AbortSignal.timeout(5000) });
    expect(res.status).toBe(404);

    await writeFile(join(dir, 'objects', key), 'kept');
    expect(await (await fetch(await store.presignDownload(key, 'text/plain', 300))).text()).toBe('kept');
  });

  it('offers the download under its uploaded name while neither link holds the name', async () => {
    const key = 'default/complaint-3/file-3';
    const bytes = Buffer.from('%PDF-1.4 an identity card');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ticket = await store.presignUpload(key, { name: '王芳的身份证.pdf', contentType: 'application/pdf', size: bytes.length, sha256 }, 900);
    expect(decodeURIComponent(ticket.url)).not.toContain('身份证');
    expect((await fetch(ticket.url, { method: 'PUT', headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), body: bytes })).status).toBe(200);

    const link = await store.presignDownload(key, 'application/pdf', 300);
    expect(decodeURIComponent(link)).not.toContain('身份证');
    expect(link).not.toContain(encodeURIComponent('身份证'));
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/^attachment; .*filename\*=UTF-8''王芳的身份证\.pdf$/);
  });

  it('refuses an upload whose name is not the one signed', async () => {
    const key = 'default/complaint-4/file-4';
    const bytes = Buffer.from('renamed');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ticket = await store.presignUpload(key, { name: 'receipt.txt', contentType: 'text/plain', size: bytes.length, sha256 }, 900);
    const headers = { ...Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), 'Content-Disposition': 'inline' };
    expect((await fetch(ticket.url, { method: 'PUT', headers, body: bytes })).status).toBe(403);
  });
});
