import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FetchWebhookPoster } from '../../../functions/adapters/http/webhook-poster';
import { freePort } from '../../../local/preflight';

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
    await new FetchWebhookPoster().post(`${base}/ok`, '{"a":1}', { 'content-type': 'application/json', 'x-complaint-delivery': 'd-1' });
    expect(seen.at(-1)).toMatchObject({ path: '/ok', body: '{"a":1}', headers: { 'content-type': 'application/json', 'x-complaint-delivery': 'd-1' } });
  });

  it('fails on any other status, naming it', async () => {
    await expect(new FetchWebhookPoster().post(`${base}/broken`, '{}', {})).rejects.toMatchObject({ name: 'WebhookHttp500' });
  });

  it('does not follow a redirect', async () => {
    const before = seen.length;
    await expect(new FetchWebhookPoster().post(`${base}/redirect`, '{}', {})).rejects.toMatchObject({ name: 'WebhookHttp302' });
    expect(seen.length).toBe(before + 1);
  });

  it('fails when the receiver cannot be reached or does not answer in time', async () => {
    await expect(new FetchWebhookPoster().post(`http://127.0.0.1:${await freePort()}/`, '{}', {})).rejects.toThrow();
    await expect(new FetchWebhookPoster(100).post(`${base}/slow`, '{}', {})).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
