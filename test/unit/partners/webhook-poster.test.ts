import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpWebhookPoster } from '../../../functions/adapters/http/webhook-poster';
import type { Resolve } from '../../../functions/core/partners/webhook-targets';
import { freePort } from '../../../local/preflight';

const LOCAL = { allowLocalHttp: true };
const CLOUD = { allowLocalHttp: false };
const poster = (options: { timeoutMs?: number; resolve?: Resolve } = {}, policy = LOCAL) => new HttpWebhookPoster(policy, options);
/** A resolver that answers one address for every name, as a rebinding DNS server would. */
const answering = (address: string, family = 4): Resolve => async () => [{ address, family }];

let server: Server;
let base: string;
const seen: Array<{ path: string; body: string; headers: Record<string, unknown> }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString(), headers: req.headers });
      if (req.url === '/ok') res.writeHead(200).end('fine');
      else if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end();
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(), 500);
      else res.writeHead(500).end('no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('posting a webhook', () => {
  it('posts the body with the headers and resolves on 2xx', async () => {
    await poster().post(`${base}/ok`, '{"a":1}', { 'content-type': 'application/json', 'webhook-id': 'd-1' });
    expect(seen.at(-1)).toMatchObject({ path: '/ok', body: '{"a":1}', headers: { 'content-type': 'application/json', 'webhook-id': 'd-1' } });
  });

  it('fails on any other status, naming it', async () => {
    await expect(poster().post(`${base}/broken`, '{}', {})).rejects.toMatchObject({ name: 'WebhookHttp500' });
  });

  it('does not follow a redirect', async () => {
    const before = seen.length;
    await expect(poster().post(`${base}/redirect`, '{}', {})).rejects.toMatchObject({ name: 'WebhookHttp302' });
    expect(seen.length).toBe(before + 1);
  });

  it('fails when the receiver cannot be reached or does not answer in time', async () => {
    await expect(poster().post(`http://127.0.0.1:${await freePort()}/`, '{}', {})).rejects.toThrow();
    await expect(poster({ timeoutMs: 100 }).post(`${base}/slow`, '{}', {})).rejects.toMatchObject({ name: 'WebhookTimeout' });
  });
});

describe('posting only to the address checked at delivery', () => {
  it('refuses, without connecting, a host name that resolves to a loopback address in the cloud', async () => {
    const before = seen.length;
    const port = (server.address() as AddressInfo).port;
    await expect(poster({ resolve: answering('127.0.0.1') }, CLOUD).post(`https://hooks.partner.example:${port}/ok`, '{}', {})).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    await expect(poster({}, CLOUD).post(`https://localhost:${port}/ok`, '{}', {})).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    await expect(poster({}, CLOUD).post(`${base}/ok`, '{}', {})).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
    expect(seen.length).toBe(before);
  });

  it('connects to the checked address, not to one looked up again, and sends the URL\'s host name', async () => {
    const port = (server.address() as AddressInfo).port;
    // The receiver listens on 127.0.0.1 only: the system would find it for localhost, the checked ::1 does not.
    await expect(poster({ resolve: answering('::1', 6) }).post(`http://localhost:${port}/ok`, '{}', {})).rejects.toMatchObject({ message: expect.stringContaining('::1') });
    await poster({ resolve: answering('127.0.0.1') }).post(`http://localhost:${port}/ok`, '{"b":2}', {});
    expect(seen.at(-1)).toMatchObject({ path: '/ok', body: '{"b":2}', headers: { host: `localhost:${port}` } });
  });

  it('refuses http to 127.0.0.2 or 10.0.0.1 in the local stack', async () => {
    for (const url of ['http://127.0.0.2:9/h', 'http://10.0.0.1:9/h']) await expect(poster().post(url, '{}', {})).rejects.toMatchObject({ name: 'WebhookTargetRefused' });
  });
});
