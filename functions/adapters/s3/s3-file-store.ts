import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, NoSuchKey, NotFound, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Clock } from '../../core/clock';
import type { FileStore, HttpHeader } from '../../core/files/ports';
import type { UploadRequest } from '../../core/files/limits';

const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const base64ToHex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');

/**
 * The headers the uploader must send as they are: signed, and kept out of the query string so
 * S3 checks them (and so the file's name, in the disposition, is in no URL or access log).
 */
const UPLOAD_HEADERS = ['content-type', 'content-length', 'x-amz-checksum-sha256', 'content-disposition'];

/**
 * RFC 6266 attachment: an ASCII fallback and the UTF-8 name, so the browser saves the file
 * (never renders it, an HTML or SVG file included) under the name it was uploaded with.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]|["\\%;]/g, '_');
  // RFC 5987 allows fewer characters unencoded than encodeURIComponent leaves.
  const utf8 = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/**
 * Complaint files in an S3 bucket (locally the same code against the local gateway's
 * S3-compatible route, path-style). Uploads are presigned PUTs that sign the exact length
 * and the SHA-256 as `x-amz-checksum-sha256`, which S3 checks against the body: a wrong
 * or truncated body is refused by the store itself.
 */
export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly clock: Clock,
  ) {}

  async presignUpload(key: string, upload: UploadRequest, expiresInSeconds: number): Promise<{ url: string; headers: HttpHeader[] }> {
    const checksum = hexToBase64(upload.sha256);
    // Stored with the object, so the download link needs no name: an erasure deletes it with the bytes.
    const disposition = attachmentDisposition(upload.name);
    const url = await getSignedUrl(
      this.client,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: upload.contentType, ContentLength: upload.size, ChecksumSHA256: checksum, ContentDisposition: disposition }),
      {
        expiresIn: expiresInSeconds,
        signingDate: this.clock.now(),
        signableHeaders: new Set(UPLOAD_HEADERS),
        unhoistableHeaders: new Set(['x-amz-checksum-sha256', 'content-disposition']),
      },
    );
    // content-length is the browser's to send (it may not be set by script); it is signed, so another length fails.
    return {
      url,
      headers: [
        { name: 'Content-Type', value: upload.contentType },
        { name: 'x-amz-checksum-sha256', value: checksum },
        { name: 'Content-Disposition', value: disposition },
      ],
    };
  }

  presignDownload(key: string, contentType: string, expiresInSeconds: number): Promise<string> {
    // The disposition (attachment, with the name) is the object's own, set by the signed upload.
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentType: contentType }), {
      expiresIn: expiresInSeconds,
      signingDate: this.clock.now(),
    });
  }

  async head(key: string): Promise<{ size: number; sha256?: string } | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }));
      return { size: out.ContentLength ?? 0, sha256: out.ChecksumSHA256 ? base64ToHex(out.ChecksumSHA256) : undefined };
    } catch (error) {
      if (error instanceof NotFound || (error instanceof Error && error.name === 'NotFound')) return null;
      throw error;
    }
  }

  async keysUnder(prefix: string, limit: number): Promise<string[]> {
    const out = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, MaxKeys: limit }));
    return (out.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])).slice(0, limit);
  }

  async deleteUnder(prefix: string): Promise<number> {
    let deleted = 0;
    let token: string | undefined;
    do {
      const out = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of out.Contents ?? []) {
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: o.Key }));
        deleted += 1;
      }
      token = out.NextContinuationToken;
    } while (token);
    return deleted;
  }

  async put(key: string, bytes: Uint8Array, contentType: string, downloadName?: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
        ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
        ContentDisposition: downloadName === undefined ? undefined : attachmentDisposition(downloadName),
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof Error && error.name === 'NoSuchKey')) return null;
      throw error;
    }
  }
}
