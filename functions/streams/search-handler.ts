import { configFromEnvironment } from '../config/environment';
import { jsonLogger } from '../core/logger';
import { searchPostings } from '../wiring/dynamodb';
import { createSearchStreamHandler } from './search-stream';

// Built once per container, outside the invocation path.
export const handler = createSearchStreamHandler(searchPostings(configFromEnvironment()), jsonLogger);
