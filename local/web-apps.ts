import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { WebApp } from '../web/build/build-web-apps';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The policy the sites' CloudFront distribution sends, so a page that breaks it fails here first. */
export const WEB_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

export interface WebAppsRoutes {
  /** Answers requests for the portal (/…) and the workspace (/staff/…); false for a path it does not serve. */
  (req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * Serves the built apps as CloudFront serves them from S3: hashed assets cached for ever,
 * index.html for every other path of an app (the apps route in the browser), and each
 * app's config.json from `config(app, host)`, host being the Host the browser asked. The
 * local gateway asks it last, after the API's own paths.
 */
export function webAppsRoutes(options: { dirs: Record<WebApp, string>; config: (app: WebApp, host: string | undefined) => unknown }): WebAppsRoutes {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/staff') {
      res.writeHead(308, { location: '/staff/' });
      res.end();
      return true;
    }
    const app: WebApp = path.startsWith('/staff/') ? 'staff' : 'portal';
    const within = path.slice(app === 'staff' ? '/staff/'.length : 1);
    const send = (status: number, type: string, body: string | Buffer, cache: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': cache, ...WEB_SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (within === 'config.json') {
      send(200, TYPES['.json'], JSON.stringify(options.config(app, req.headers.host)), 'no-store');
      return true;
    }
    const dir = options.dirs[app];
    const file = normalize(join(dir, within));
    if (within.startsWith('assets/')) {
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), 'public, max-age=31536000, immutable');
      else send(404, 'text/plain; charset=utf-8', 'Not Found', 'no-store');
      return true;
    }
    send(200, TYPES['.html'], readFileSync(join(dir, 'index.html')), 'no-store');
    return true;
  };
}
