import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { SERVICE_NAME } from '../../core/metric-names';
import { safeFields, type LogFields, type Logger } from '../../core/logger';
import { currentCorrelationId } from './correlation';

/**
 * Powertools Logger: one JSON object per line with level, message (the event's name), timestamp,
 * service, sampling rate and, inside a Lambda invocation (addContext), cold_start and the
 * function's name, version, memory and request id. Its level is LOG_LEVEL (INFO by default);
 * POWERTOOLS_LOGGER_SAMPLE_RATE turns on DEBUG for that share of invocations.
 */
export const powertoolsLogger = new PowertoolsLogger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? SERVICE_NAME });

/** The domain's Logger on Powertools: only the allowed fields reach the line, with the current correlation id. */
export function platformLogger(logger: Pick<PowertoolsLogger, 'info' | 'warn' | 'error'> = powertoolsLogger): Logger {
  const extra = (fields?: LogFields) => {
    const correlationId = currentCorrelationId();
    return { ...safeFields(fields), ...(correlationId ? { correlationId } : {}) };
  };
  return {
    info: (event, fields) => logger.info(event, extra(fields)),
    warn: (event, fields) => logger.warn(event, extra(fields)),
    error: (event, fields) => logger.error(event, extra(fields)),
  };
}

/** The one the functions and the local stack log through. */
export const logger: Logger = platformLogger();
