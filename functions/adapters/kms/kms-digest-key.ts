import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { createPublicKey } from 'node:crypto';
import type { DigestKeys, DigestSigner } from '../../core/audit/ports';

/**
 * Signs digests with an asymmetric KMS key (ECC_NIST_P256, ECDSA_SHA_256): the private
 * half never leaves KMS. Signatures are DER, as node:crypto verifies them; the public key
 * is read once per container.
 */
export class KmsDigestKey implements DigestSigner, DigestKeys {
  private readonly publicKeys = new Map<string, Promise<string | null>>();

  constructor(
    private readonly client: KMSClient,
    private readonly signingKeyId: string,
  ) {}

  keyId(): Promise<string> {
    return Promise.resolve(this.signingKeyId);
  }

  async sign(bytes: Buffer): Promise<string> {
    const out = await this.client.send(new SignCommand({ KeyId: this.signingKeyId, Message: bytes, MessageType: 'RAW', SigningAlgorithm: 'ECDSA_SHA_256' }));
    if (!out.Signature) throw new Error('KMS returned no signature');
    return Buffer.from(out.Signature).toString('base64');
  }

  publicKeyPem(keyId: string): Promise<string | null> {
    // Only the stack's own key is trusted: a digest naming another key does not verify.
    if (keyId !== this.signingKeyId) return Promise.resolve(null);
    let key = this.publicKeys.get(keyId);
    if (!key) {
      key = this.client.send(new GetPublicKeyCommand({ KeyId: keyId })).then((out) =>
        out.PublicKey ? createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString() : null,
      );
      // A failed read is tried again next time rather than remembered.
      key.catch(() => this.publicKeys.delete(keyId));
      this.publicKeys.set(keyId, key);
    }
    return key;
  }
}
