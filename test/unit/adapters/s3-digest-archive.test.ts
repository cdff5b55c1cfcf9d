import { GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { S3DigestArchive } from '../../../functions/adapters/s3/s3-digest-archive';
import type { SignedDigest } from '../../../functions/core/audit/digest';

/** S3 as its API answers a bucket whose policy requires If-None-Match: an existing key is a 412, a missing one NoSuchKey. */
function bucketLike() {
  const objects = new Map<string, string>();
  const puts: Array<Record<string, unknown>> = [];
  const client = {
    send: async (command: PutObjectCommand | GetObjectCommand | ListObjectsV2Command) => {
      if (command instanceof PutObjectCommand) {
        puts.push({ ...command.input });
        if (command.input.IfNoneMatch !== '*') throw new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } });
        if (objects.has(command.input.Key!)) throw new S3ServiceException({ name: 'PreconditionFailed', $fault: 'client', $metadata: { httpStatusCode: 412 } });
        objects.set(command.input.Key!, command.input.Body as string);
        return {};
      }
      if (command instanceof GetObjectCommand) {
        const text = objects.get(command.input.Key!);
        if (text === undefined) throw new NoSuchKey({ message: 'missing', $metadata: { httpStatusCode: 404 } });
        return { Body: { transformToString: async () => text } };
      }
      return { Contents: [...objects.keys()].filter((k) => k.startsWith(command.input.Prefix!)).map((Key) => ({ Key })) };
    },
  } as unknown as S3Client;
  return { client, objects, puts };
}

const signed = (day: string): SignedDigest => ({ digest: { organizationId: 'acme', day, previous: null, heads: [] }, keyId: 'k', signature: 'c2ln' });

describe('the S3 digest archive', () => {
  it('writes each organization\'s day once, with If-None-Match and a checksum, and reads it back', async () => {
    const { client, puts } = bucketLike();
    const archive = new S3DigestArchive(client, 'digests-bucket');
    expect(await archive.put(signed('2026-12-01'))).toBe(true);
    expect(await archive.put({ ...signed('2026-12-01'), signature: 'b3RoZXI=' })).toBe(false);
    expect(puts[0]).toMatchObject({ Bucket: 'digests-bucket', Key: 'digests/acme/2026-12-01.json', IfNoneMatch: '*', ChecksumAlgorithm: 'SHA256' });
    expect(await archive.get('acme', '2026-12-01')).toEqual(signed('2026-12-01'));
    expect(await archive.get('acme', '2026-12-02')).toBeNull();
  });

  it('lists an organization\'s days oldest first, and no other organization\'s', async () => {
    const { client } = bucketLike();
    const archive = new S3DigestArchive(client, 'digests-bucket');
    for (const day of ['2026-12-02', '2026-11-30']) await archive.put(signed(day));
    await archive.put({ ...signed('2026-12-01'), digest: { ...signed('2026-12-01').digest, organizationId: 'acme-2' } });
    expect(await archive.days('acme')).toEqual(['2026-11-30', '2026-12-02']);
  });
});
