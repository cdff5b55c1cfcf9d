import type { ChainHead, SignedDigest } from './digest';

/** Signs digests: an asymmetric KMS key in the cloud, a key file locally. ECDSA P-256 with SHA-256, DER signature. */
export interface DigestSigner {
  keyId(): Promise<string>;
  /** The signature of `bytes`, base64. */
  sign(bytes: Buffer): Promise<string>;
}

/** The public halves of the signing keys, for checking signatures. */
export interface DigestKeys {
  /** SPKI PEM, or null when the key is unknown. */
  publicKeyPem(keyId: string): Promise<string | null>;
}

/**
 * Where signed digests are kept out of the application's reach to change or delete:
 * an S3 bucket with Object Lock in compliance mode in the cloud, files locally.
 */
export interface DigestArchive {
  /** Stores the digest under its organization and day unless one is there already; false then. */
  put(signed: SignedDigest): Promise<boolean>;
  get(organizationId: string, day: string): Promise<SignedDigest | null>;
  /** The days an organization has digests for, oldest first. */
  days(organizationId: string): Promise<string[]>;
}

/** The heads recorded with each change, and each organization's latest digest (in the table). */
export interface ChainHeadStore {
  /** Every organization's complaints changed on a UTC day, each with its latest entry that day. */
  headsOfDay(day: string): Promise<Array<ChainHead & { organizationId: string }>>;
  latestDigest(organizationId: string): Promise<{ day: string; hash: string } | null>;
  /** Moves the organization's latest digest to (day, hash) unless it is at that day or later already. */
  recordDigest(organizationId: string, day: string, hash: string): Promise<void>;
}
