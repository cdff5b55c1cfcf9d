import { observed } from '../adapters/observability/handler';
import { logger } from '../adapters/observability/logger';
import { metrics } from '../adapters/observability/metrics';
import { configFromEnvironment } from '../config/environment';
import { searchPostings, statsStore } from '../wiring/dynamodb';
import { complaintStreamHandler } from './complaint-stream';

// Built once per container, outside the invocation path.
const config = configFromEnvironment();
export const handler = observed(complaintStreamHandler(statsStore(config), searchPostings(config), logger, metrics));
