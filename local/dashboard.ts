import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { isLoopbackHost } from './loopback';

/** The dashboard's static files (dashboard/) and Chart.js, which the page loads from its own folder. */
export const DASHBOARD_DIR = join(__dirname, '..', 'dashboard');
// chart.js exports no package.json; its CommonJS entry sits next to the UMD build.
export const CHART_JS_FILE = join(dirname(require.resolve('chart.js')), 'chart.umd.js');

const FILES: Record<string, { file: string; type: string }> = {
  'index.html': { file: join(DASHBOARD_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  'dashboard.js': { file: join(DASHBOARD_DIR, 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'styles.css': { file: join(DASHBOARD_DIR, 'styles.css'), type: 'text/css; charset=utf-8' },
  'chart.umd.js': { file: CHART_JS_FILE, type: 'text/javascript; charset=utf-8' },
};

/** The same policy CloudFront sends in the cloud, so a page that breaks it fails here first. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface DashboardRoutes {
  /** Answers GET /dashboard and /dashboard/…; false for any other request. */
  (req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * Serves dashboard/ at /dashboard/, reading the files on each request so edits show on
 * reload. Its config.json carries a freshly minted ANALYST token from the local
 * development issuer: the local stack is for development only, and its tokens are
 * accepted nowhere else. In the cloud config.json has no token (infra/constructs/dashboard-site.ts).
 */
export function dashboardRoutes(options: { graphqlPath: string; analystToken: () => string }): DashboardRoutes {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/dashboard' && !path.startsWith('/dashboard/')) return false;
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...headers });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'application/json', JSON.stringify({ message: 'Method Not Allowed' }), { allow: 'GET, HEAD' });
      return true;
    }
    // Relative links in the page need the trailing slash.
    if (path === '/dashboard') {
      send(308, 'text/plain', '', { location: '/dashboard/' });
      return true;
    }
    const name = path.slice('/dashboard/'.length) || 'index.html';
    if (name === 'config.json') {
      // Only pages on this machine get a token.
      if (!isLoopbackHost(req.headers.host)) {
        send(403, 'application/json', JSON.stringify({ message: 'The local dashboard is served to 127.0.0.1 and localhost only.' }));
        return true;
      }
      send(200, 'application/json', JSON.stringify({ graphqlUrl: options.graphqlPath, token: options.analystToken() }));
      return true;
    }
    const file = FILES[name];
    if (file) send(200, file.type, readFileSync(file.file));
    else send(404, 'application/json', JSON.stringify({ message: 'Not Found' }));
    return true;
  };
}
