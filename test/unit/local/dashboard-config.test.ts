import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dashboardRoutes } from '../../../local/dashboard';

let server: Server;
let port: number;

beforeAll(async () => {
  const routes = dashboardRoutes({ graphqlPath: '/graphql', analystToken: () => 'local-analyst-token' });
  server = createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** GET config.json from the loopback server, naming `host` in the Host header as a browser would. */
const configFor = (host: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/dashboard/config.json', headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe("the local dashboard's config", () => {
  it('gives a page opened on this machine the local analyst token', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const { status, body } = await configFor(host);
      expect(status).toBe(200);
      expect(JSON.parse(body)).toEqual({ graphqlUrl: '/graphql', token: 'local-analyst-token' });
    }
  });

  it('gives no token to a page of another site whose name was made to point here', async () => {
    const { status, body } = await configFor('attacker.example:4000');
    expect(status).toBe(403);
    expect(body).not.toContain('local-analyst-token');
  });
});
