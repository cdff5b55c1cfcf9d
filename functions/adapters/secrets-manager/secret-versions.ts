import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from '@aws-sdk/client-secrets-manager';
import type { SecretVersions } from '../../core/secrets/rotation';

/** A secret's versions in Secrets Manager, for the rotation function. */
export class SecretsManagerVersions implements SecretVersions {
  constructor(private readonly client = new SecretsManagerClient({})) {}

  async describe(secretId: string): Promise<{ rotationEnabled: boolean; stages: Record<string, string[]> }> {
    const out = await this.client.send(new DescribeSecretCommand({ SecretId: secretId }));
    return { rotationEnabled: out.RotationEnabled === true, stages: out.VersionIdsToStages ?? {} };
  }

  async value(secretId: string, versionId?: string): Promise<string | undefined> {
    try {
      const out = await this.client.send(new GetSecretValueCommand(versionId ? { SecretId: secretId, VersionId: versionId } : { SecretId: secretId, VersionStage: 'AWSCURRENT' }));
      return out.SecretString;
    } catch (error) {
      // A pending version that createSecret has not written yet.
      if (error instanceof ResourceNotFoundException) return undefined;
      throw error;
    }
  }

  async putPending(secretId: string, versionId: string, value: string): Promise<void> {
    await this.client.send(new PutSecretValueCommand({ SecretId: secretId, ClientRequestToken: versionId, SecretString: value, VersionStages: ['AWSPENDING'] }));
  }

  async makeCurrent(secretId: string, versionId: string, fromVersionId: string): Promise<void> {
    await this.client.send(new UpdateSecretVersionStageCommand({ SecretId: secretId, VersionStage: 'AWSCURRENT', MoveToVersionId: versionId, RemoveFromVersionId: fromVersionId }));
  }
}
