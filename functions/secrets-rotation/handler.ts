import { observed } from '../adapters/observability/handler';
import { logger } from '../adapters/observability/logger';
import { SecretsManagerVersions } from '../adapters/secrets-manager/secret-versions';
import { systemClock } from '../core/clock';
import { rotationStep, type RotationRequest } from '../core/secrets/rotation';

const versions = new SecretsManagerVersions();

/** Secrets Manager's rotation function for the access-code secret: one call per step (core/secrets/rotation.ts). */
export const handler = observed(async (event: RotationRequest): Promise<void> => {
  logger.info('secrets.rotation_step', { state: event.Step });
  try {
    await rotationStep({ versions, clock: systemClock }, event);
  } catch (error) {
    logger.error('secrets.rotation_failed', { state: event.Step, errorName: (error as Error).name });
    throw error;
  }
});
