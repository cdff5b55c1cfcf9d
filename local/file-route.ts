import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, sep } from 'node:path';
import type { Clock } from '../functions/core/clock';
import { MAX_FILE_BYTES } from '../functions/core/files/limits';
import { checkSignature, type SigningCredentials } from './sigv4-check';

export interface FileRouteOptions {
  /** Where requests arrive, e.g. `/files`: the S3 endpoint's path. */
  basePath: string;
  bucket: string;
  /** The folder the objects are kept in (objects/ and their metadata in meta/). */
  dir: string;
  credentials: SigningCredentials;
  /** What presigned URLs expire against. */
  clock: Clock;
}

interface ObjectMeta {
  contentType: string;
  size: number;
  /** Base64, as S3 reports it. */
  sha256: string;
}

export interface FileRoute {
  /** Answers requests under basePath; false for any other request. */
  (req: IncomingMessage, res: ServerResponse): boolean;
}

const xml = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
};
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const s3Error = (res: ServerResponse, status: number, code: string, message: string) =>
  xml(res, status, `<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`);

/** A key as stored: segments of letters, digits and `%._-` only (the platform's keys are `<org, URI-encoded>/<id>/<id>`). */
const SAFE_KEY = /^[A-Za-z0-9%._-]+(\/[A-Za-z0-9%._-]+)*$/;

/**
 * An S3-compatible route over a folder, for the local stack: the same adapter
 * (functions/adapters/s3/s3-file-store.ts) talks to it through an endpoint with path-style
 * addressing. Like S3 it checks every request's Signature Version 4 and a presigned URL's
 * expiry, checks an upload's length and `x-amz-checksum-sha256` against its body (refusing
 * the upload, so nothing half-written is kept), and serves GET with the signed
 * `response-content-disposition`. PUT, GET, HEAD, DELETE and ListObjectsV2 are answered.
 */
export function fileRoute(options: FileRouteOptions): FileRoute {
  const objects = join(options.dir, 'objects');
  const metas = join(options.dir, 'meta');
  const bucketPath = `${options.basePath}/${options.bucket}`;

  const handle = async (req: IncomingMessage, res: ServerResponse, path: string, url: URL) => {
    const check = await checkSignature(req, options.credentials, options.clock.now());
    if (!check.ok) return s3Error(res, check.status, check.code, check.message);
    if (path === bucketPath || path === `${bucketPath}/`) {
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') return list(res, url.searchParams.get('prefix') ?? '');
      return s3Error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
    const key = decodeURIComponent(path.slice(bucketPath.length + 1));
    if (!SAFE_KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..')) return s3Error(res, 400, 'InvalidArgument', 'This key is not accepted here.');
    const file = join(objects, key);
    const metaFile = join(metas, `${key}.json`);
    switch (req.method) {
      case 'PUT':
        return put(req, res, file, metaFile, check.signedHeaders);
      case 'GET':
      case 'HEAD': {
        const meta = await readMeta(metaFile);
        if (!meta && req.method === 'HEAD') return void res.writeHead(404).end();
        if (!meta) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        const headers: Record<string, string> = {
          'content-type': url.searchParams.get('response-content-type') ?? meta.contentType,
          'content-length': String(meta.size),
          'x-content-type-options': 'nosniff',
        };
        const disposition = url.searchParams.get('response-content-disposition');
        if (disposition) headers['content-disposition'] = disposition;
        const checksumMode = String(req.headers['x-amz-checksum-mode'] ?? url.searchParams.get('x-amz-checksum-mode') ?? '');
        if (checksumMode.toUpperCase() === 'ENABLED') headers['x-amz-checksum-sha256'] = meta.sha256;
        res.writeHead(200, headers);
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file).pipe(res);
        return;
      }
      case 'DELETE':
        await rm(file, { force: true });
        await rm(metaFile, { force: true });
        res.writeHead(204).end();
        return;
      default:
        return s3Error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  };

  async function put(req: IncomingMessage, res: ServerResponse, file: string, metaFile: string, signed: Set<string>) {
    const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
    if (declared === undefined || !Number.isInteger(declared)) return s3Error(res, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
    if (declared > MAX_FILE_BYTES) return refuseBody(req, res, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.');
    const expected = req.headers['x-amz-checksum-sha256'];
    // The store's own limit holds whatever the URL signed: counted while the body streams in.
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > Math.min(declared, MAX_FILE_BYTES)) return refuseBody(req, res, 400, 'IncompleteBody', 'The body is longer than its Content-Length.');
      hash.update(chunk as Buffer);
      chunks.push(chunk as Buffer);
    }
    if (size !== declared) return s3Error(res, 400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.');
    const sha256 = hash.digest('base64');
    if (expected !== undefined && expected !== sha256) return s3Error(res, 400, 'BadDigest', 'The SHA256 you specified did not match the calculated checksum.');
    if (expected === undefined && signed.has('x-amz-checksum-sha256')) return s3Error(res, 400, 'InvalidRequest', 'The signed x-amz-checksum-sha256 header is missing.');
    // Written aside, then moved into place: a reader sees the whole object or none.
    const meta: ObjectMeta = { contentType: String(req.headers['content-type'] ?? 'application/octet-stream'), size, sha256 };
    await mkdir(dirname(file), { recursive: true });
    await mkdir(dirname(metaFile), { recursive: true });
    const partial = `${file}.${randomUUID()}.part`;
    await writeFile(partial, Buffer.concat(chunks));
    await rename(partial, file);
    await writeFile(metaFile, JSON.stringify(meta));
    res.writeHead(200, { 'x-amz-checksum-sha256': sha256, etag: `"${createHash('md5').update(Buffer.concat(chunks)).digest('hex')}"` });
    res.end();
  }

  /** Answers at once, keeps nothing of the body (the rest is drained unread) and closes the connection, as S3 does. */
  function refuseBody(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
    res.setHeader('connection', 'close');
    s3Error(res, status, code, message);
    req.resume();
  }

  async function readMeta(metaFile: string): Promise<ObjectMeta | null> {
    try {
      return JSON.parse(await readFile(metaFile, 'utf8')) as ObjectMeta;
    } catch {
      return null;
    }
  }

  async function list(res: ServerResponse, prefix: string) {
    const found: Array<{ key: string; size: number }> = [];
    const walk = async (folder: string): Promise<void> => {
      const names = await readdir(folder, { withFileTypes: true }).catch(() => []);
      for (const d of names) {
        const path = join(folder, d.name);
        if (d.isDirectory()) await walk(path);
        else if (d.name.endsWith('.json')) {
          const key = relative(metas, path).split(sep).join('/').slice(0, -'.json'.length);
          if (key.startsWith(prefix)) found.push({ key, size: (await readMeta(path))?.size ?? 0 });
        }
      }
    };
    await walk(metas);
    const contents = found.map((o) => `<Contents><Key>${escapeXml(o.key)}</Key><Size>${o.size}</Size></Contents>`).join('');
    xml(res, 200, `<ListBucketResult><Name>${options.bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix><KeyCount>${found.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== options.basePath && !url.pathname.startsWith(`${options.basePath}/`)) return false;
    handle(req, res, url.pathname, url).catch(() => {
      if (!res.headersSent) s3Error(res, 500, 'InternalError', 'We encountered an internal error. Please try again.');
      else res.destroy();
    });
    return true;
  };
}
