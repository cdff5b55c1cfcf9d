import { configFromEnvironment } from '../config/environment';
import { jsonLogger } from '../core/logger';
import { searchPostings, statsStore } from '../wiring/dynamodb';
import { complaintStreamHandler } from './complaint-stream';

// Built once per container, outside the invocation path.
const config = configFromEnvironment();
export const handler = complaintStreamHandler(statsStore(config), searchPostings(config), jsonLogger);
