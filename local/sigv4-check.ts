import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';

type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData): string | Uint8Array =>
  typeof data === 'string' ? data : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** The hash constructor the signer wants: SHA-256, or HMAC-SHA-256 with a secret. */
class NodeSha256 {
  private readonly hash;

  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }

  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
}

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

export type SignatureCheck = { ok: true; presigned: boolean; signedHeaders: Set<string> } | { ok: false; status: number; code: string; message: string };

const refuse = (code: string, message: string, status = 403): SignatureCheck => ({ ok: false, status, code, message });

/** 20261206T103800Z → a Date. */
function amzDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : undefined;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Signature checks may tolerate this much difference between the signer's clock and ours, as S3 does. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/**
 * Checks an S3 request's Signature Version 4 the way S3 does, by signing the same request
 * again with the local credentials: a presigned URL's query signature and its expiry
 * (against `now`, the stack's clock), or an Authorization header (what the SDK sends).
 * Only the headers the signature names are taken from the request.
 */
export async function checkSignature(req: IncomingMessage, credentials: SigningCredentials, now: Date): Promise<SignatureCheck> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const signer = new SignatureV4({
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    region: credentials.region,
    service: 's3',
    sha256: NodeSha256,
    // S3 signs the path as sent, not encoded again.
    uriEscapePath: false,
  });
  const [hostname, port] = (req.headers.host ?? 'localhost').split(':');
  const headersNamed = (names: string[]) => Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? '')]));
  const query = Object.fromEntries(url.searchParams);
  const base = { method: req.method ?? 'GET', protocol: 'http:', hostname, port: port ? Number(port) : undefined, path: url.pathname };

  const signature = query['X-Amz-Signature'];
  if (signature !== undefined) {
    const date = amzDate(query['X-Amz-Date']);
    const expires = Number(query['X-Amz-Expires']);
    const credential = query['X-Amz-Credential']?.split('/') ?? [];
    if (!date || !Number.isInteger(expires) || credential[0] !== credentials.accessKeyId) return refuse('AccessDenied', 'The presigned URL is malformed or not ours.');
    if (now.getTime() > date.getTime() + expires * 1000) return refuse('AccessDenied', 'Request has expired');
    if (date.getTime() > now.getTime() + MAX_SKEW_MS) return refuse('AccessDenied', 'Request is not yet valid');
    const signed = (query['X-Amz-SignedHeaders'] ?? '').split(';').filter(Boolean);
    const { 'X-Amz-Signature': _s, 'X-Amz-Content-Sha256': payload, ...rest } = query;
    const headers = { ...headersNamed(signed), ...(payload ? { 'X-Amz-Content-Sha256': payload } : {}) };
    const again = await signer.presign(
      { ...base, query: rest, headers },
      { signingDate: date, expiresIn: expires, signableHeaders: new Set(signed), unhoistableHeaders: new Set(signed), signingRegion: credential[2] },
    );
    return same(String(again.query?.['X-Amz-Signature']), signature) ? { ok: true, presigned: true, signedHeaders: new Set(signed) } : refuse('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }

  const auth = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$/.exec(req.headers.authorization ?? '');
  if (!auth) return refuse('AccessDenied', 'Access Denied');
  const date = amzDate(String(req.headers['x-amz-date'] ?? ''));
  const credential = auth[1].split('/');
  if (!date || credential[0] !== credentials.accessKeyId) return refuse('AccessDenied', 'Access Denied');
  // The SDK signs with the machine's time, whatever clock the stack runs on.
  if (Math.abs(Date.now() - date.getTime()) > MAX_SKEW_MS) return refuse('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  const signed = auth[2].split(';');
  const again = await signer.sign({ ...base, query, headers: headersNamed(signed) }, { signingDate: date, signableHeaders: new Set(signed), signingRegion: credential[2] });
  const recomputed = /Signature=([0-9a-f]+)$/.exec(String(again.headers.authorization ?? again.headers.Authorization))?.[1] ?? '';
  return same(recomputed, auth[3]) ? { ok: true, presigned: false, signedHeaders: new Set(signed) } : refuse('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
}
