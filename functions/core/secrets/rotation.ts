import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import { parseKeyring, rotated, serializeKeyring } from './keyring';

/** What Secrets Manager sends the rotation function, once per step, in this order. */
export interface RotationRequest {
  SecretId: string;
  ClientRequestToken: string;
  Step: string;
}

/** A secret's versions as Secrets Manager keeps them: each version id with its staging labels (AWSCURRENT, AWSPENDING, AWSPREVIOUS). */
export interface SecretVersions {
  describe(secretId: string): Promise<{ rotationEnabled: boolean; stages: Record<string, string[]> }>;
  /** The value of the version with this id, or of the current version; undefined if there is none. */
  value(secretId: string, versionId?: string): Promise<string | undefined>;
  /** Writes a new version labelled AWSPENDING. */
  putPending(secretId: string, versionId: string, value: string): Promise<void>;
  /** Moves AWSCURRENT to `versionId` (Secrets Manager labels the old one AWSPREVIOUS). */
  makeCurrent(secretId: string, versionId: string, fromVersionId: string): Promise<void>;
}

export interface RotationDependencies {
  versions: SecretVersions;
  clock: Clock;
  /** A fresh key; 32 random bytes in base64url unless a test gives its own. */
  newKey?: () => string;
}

/** A request that must not go ahead; Secrets Manager marks the rotation failed and keeps the current version. */
export class RotationRefused extends Error {}

/** A new key: 32 random bytes in base64url. */
export const freshKey = (): string => randomBytes(32).toString('base64url');

/**
 * One step of Secrets Manager's four-step rotation of a keyring secret (see keyring.ts).
 * Each step can run again without harm: Secrets Manager retries a failed step.
 * - createSecret: writes the rotated keyring as the pending version (once per rotation);
 * - setSecret: nothing, no other system holds the key;
 * - testSecret: the pending version must read as a keyring;
 * - finishSecret: the pending version becomes current.
 */
export async function rotationStep(deps: RotationDependencies, request: RotationRequest): Promise<void> {
  const { SecretId: secretId, ClientRequestToken: token, Step: step } = request;
  const { rotationEnabled, stages } = await deps.versions.describe(secretId);
  if (!rotationEnabled) throw new RotationRefused('Rotation is not enabled on this secret.');
  const labels = stages[token];
  if (!labels) throw new RotationRefused('The rotation names a version the secret does not have.');
  if (labels.includes('AWSCURRENT')) return;
  if (!labels.includes('AWSPENDING')) throw new RotationRefused('The rotation names a version that is not pending.');

  switch (step) {
    case 'createSecret': {
      if ((await deps.versions.value(secretId, token)) !== undefined) return;
      const current = await deps.versions.value(secretId);
      if (current === undefined) throw new RotationRefused('The secret has no current version to rotate.');
      const next = rotated(parseKeyring(current), deps.clock.now(), (deps.newKey ?? freshKey)());
      await deps.versions.putPending(secretId, token, serializeKeyring(next));
      return;
    }
    case 'setSecret':
      return;
    case 'testSecret': {
      const pending = await deps.versions.value(secretId, token);
      if (pending === undefined) throw new RotationRefused('The pending version has no value.');
      parseKeyring(pending);
      return;
    }
    case 'finishSecret': {
      const from = Object.entries(stages).find(([, l]) => l.includes('AWSCURRENT'))?.[0];
      if (from === undefined) throw new RotationRefused('The secret has no current version.');
      await deps.versions.makeCurrent(secretId, token, from);
      return;
    }
    default:
      throw new RotationRefused('Unknown rotation step.');
  }
}
