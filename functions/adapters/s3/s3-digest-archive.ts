import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { readSignedDigest, type SignedDigest } from '../../core/audit/digest';
import type { DigestArchive } from '../../core/audit/ports';

const DAY_KEY = /(\d{4}-\d{2}-\d{2})\.json$/;

/**
 * Signed digests in the stack's S3 bucket with Object Lock in compliance mode: nobody,
 * the root user included, can delete or overwrite a locked version before its retention
 * ends. The bucket policy refuses a PutObject without If-None-Match, so a digest's key is
 * written once; the function may only put and get.
 */
export class S3DigestArchive implements DigestArchive {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  private prefix = (organizationId: string) => `digests/${encodeURIComponent(organizationId)}/`;
  private key = (organizationId: string, day: string) => `${this.prefix(organizationId)}${day}.json`;

  async put(signed: SignedDigest): Promise<boolean> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key(signed.digest.organizationId, signed.digest.day),
          Body: JSON.stringify(signed),
          ContentType: 'application/json',
          IfNoneMatch: '*',
          // Object Lock needs an integrity checksum on every put.
          ChecksumAlgorithm: 'SHA256',
        }),
      );
      return true;
    } catch (error) {
      // 412: the key is taken; 409: a concurrent put of the same key is in flight.
      if (error instanceof Error && ['PreconditionFailed', 'ConditionalRequestConflict'].includes(error.name)) return false;
      throw error;
    }
  }

  async get(organizationId: string, day: string): Promise<SignedDigest | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(organizationId, day) }));
      return readSignedDigest((await out.Body?.transformToString('utf-8')) ?? '', organizationId, day);
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async days(organizationId: string): Promise<string[]> {
    const days: string[] = [];
    let token: string | undefined;
    do {
      const out = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix(organizationId), ContinuationToken: token }));
      for (const o of out.Contents ?? []) {
        const day = DAY_KEY.exec(o.Key ?? '')?.[1];
        if (day) days.push(day);
      }
      token = out.NextContinuationToken;
    } while (token);
    return days.sort();
  }
}
