import { generateKeyPairSync, sign } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { KmsDigestKey } from '../../../functions/adapters/kms/kms-digest-key';
import { checkDigest, digestBytes, type AuditDigest } from '../../../functions/core/audit/digest';

const KEY_ARN = 'arn:aws:kms:eu-west-2:111122223333:key/digest';

/**
 * KMS as its API answers: Sign returns a DER ECDSA signature of the raw message,
 * GetPublicKey the DER SubjectPublicKeyInfo. Made here with a local P-256 key.
 */
function kmsLike() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const calls: string[] = [];
  const client = {
    send: async (command: SignCommand | GetPublicKeyCommand) => {
      calls.push(command.constructor.name);
      if (command instanceof SignCommand) {
        expect(command.input).toMatchObject({ KeyId: KEY_ARN, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' });
        return { Signature: new Uint8Array(sign('sha256', Buffer.from(command.input.Message!), privateKey)) };
      }
      return { PublicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })) };
    },
  } as unknown as KMSClient;
  return { client, calls };
}

const DIGEST: AuditDigest = { organizationId: 'acme', day: '2026-12-01', previous: null, heads: [{ complaintId: 'c1', version: 3, hash: 'ab'.repeat(32) }] };

describe('the KMS digest key', () => {
  it('signs so that the digest verifies with the public key KMS gives, read once', async () => {
    const { client, calls } = kmsLike();
    const key = new KmsDigestKey(client, KEY_ARN);
    const signed = { digest: DIGEST, keyId: await key.keyId(), signature: await key.sign(digestBytes(DIGEST)) };
    const pem = await key.publicKeyPem(signed.keyId);
    expect(checkDigest(signed, { organizationId: 'acme', day: '2026-12-01' }, pem, null)).toBeNull();
    await key.publicKeyPem(KEY_ARN);
    expect(calls).toEqual(['SignCommand', 'GetPublicKeyCommand']);
  });

  it('trusts no key but its own: a digest naming another key does not verify', async () => {
    const { client } = kmsLike();
    const key = new KmsDigestKey(client, KEY_ARN);
    const signed = { digest: DIGEST, keyId: 'arn:aws:kms:eu-west-2:999999999999:key/other', signature: await key.sign(digestBytes(DIGEST)) };
    expect(await key.publicKeyPem(signed.keyId)).toBeNull();
    expect(checkDigest(signed, { organizationId: 'acme', day: '2026-12-01' }, await key.publicKeyPem(signed.keyId), null)).toBe('DIGEST_INVALID');
  });
});
