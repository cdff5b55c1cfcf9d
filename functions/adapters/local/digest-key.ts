import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DigestKeys, DigestSigner } from '../../core/audit/ports';

/**
 * The local stack's digest key: an ECDSA P-256 key pair made on first use and kept in a
 * file (like the development token issuer's), or in memory for one process without a file.
 * The cloud signs with KMS instead (kms/kms-digest-key.ts); both give DER signatures.
 */
export class LocalDigestKey implements DigestSigner, DigestKeys {
  private readonly privateKey: KeyObject;
  private readonly id: string;
  private readonly pem: string;

  constructor(file?: string) {
    const jwk = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey) : generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    if (file && !existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
    }
    this.privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
    this.pem = createPublicKey(this.privateKey).export({ format: 'pem', type: 'spki' }).toString();
    this.id = `local:${createHash('sha256').update(this.pem).digest('hex').slice(0, 16)}`;
  }

  keyId(): Promise<string> {
    return Promise.resolve(this.id);
  }

  sign(bytes: Buffer): Promise<string> {
    return Promise.resolve(sign('sha256', bytes, this.privateKey).toString('base64'));
  }

  publicKeyPem(keyId: string): Promise<string | null> {
    return Promise.resolve(keyId === this.id ? this.pem : null);
  }
}
