import { configFromEnvironment } from '../config/environment';
import { jsonLogger } from '../core/logger';
import { statsStore } from '../wiring/dynamodb';
import { createStatsStreamHandler } from './stats-stream';

// Built once per container, outside the invocation path.
export const handler = createStatsStreamHandler(statsStore(configFromEnvironment()), jsonLogger);
