import { SERVICE_NAME } from '../../core/metric-names';

/**
 * Whether a line (or a chunk of whole lines) written to stdout or stderr is the platform's own
 * log output: Powertools Logger's JSON, one object per line, with the service's name. Tests and
 * the bench run the local stack in their own process and keep these lines out of their output.
 */
export const isPlatformLogLine = (text: unknown): text is string =>
  typeof text === 'string' && text.startsWith('{"level":') && text.includes(`"service":"${SERVICE_NAME}"`);
