import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDbComplaintStore } from '../adapters/dynamodb/complaint-store';
import { DynamoDbDeliveryEventStore } from '../adapters/dynamodb/delivery-event-store';
import { DynamoDbDuplicateIndex } from '../adapters/dynamodb/duplicate-index';
import { DynamoDbFileRecords } from '../adapters/dynamodb/file-records';
import { DynamoDbPartnerStore } from '../adapters/dynamodb/partner-store';
import { DynamoDbSearchPostings } from '../adapters/dynamodb/search-postings';
import { SearchReader } from '../adapters/dynamodb/search-reader';
import { DynamoDbStatsStore } from '../adapters/dynamodb/stats-store';
import { traced } from '../adapters/observability/tracing';
import { ConfigurationError, type PlatformConfig } from '../config/environment';
import { keyringSource } from './secrets';

export function dynamoDbClient(config: PlatformConfig): DynamoDBClient {
  return traced(new DynamoDBClient({ region: config.region, endpoint: config.dynamoDbEndpoint }));
}

export function complaintStore(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbComplaintStore {
  const keys = keyringSource(config.secrets.searchIndex);
  const search = keys ? new SearchReader(client, config.tableName, keys) : undefined;
  return new DynamoDbComplaintStore(client, config.tableName, search);
}

/** The search postings the search stream handler keeps, on the same table. */
export function searchPostings(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbSearchPostings {
  const keys = keyringSource(config.secrets.searchIndex);
  if (!keys) throw new ConfigurationError('Environment variable SEARCH_INDEX_SECRET_ARN (or, in the local stack, SEARCH_INDEX_SECRET_FILE) is not set.');
  return new DynamoDbSearchPostings(client, config.tableName, keys);
}

/** API keys, webhooks and rate counters, on the same table. */
export function partnerStore(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbPartnerStore {
  return new DynamoDbPartnerStore(client, config.tableName);
}

/** The aggregate cells the stream handler keeps, on the same table. */
export function statsStore(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbStatsStore {
  return new DynamoDbStatsStore(client, config.tableName);
}

/** The duplicate buckets and contact indexes intake reads, on the same table. */
export function duplicateIndex(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbDuplicateIndex {
  return new DynamoDbDuplicateIndex(client, config.tableName);
}

/** The records of complaints' files (pending uploads), on the same table. */
export function fileRecords(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbFileRecords {
  return new DynamoDbFileRecords(client, config.tableName);
}

/** Sent emails' lookups, their delivery states and the suppressed addresses, on the same table. */
export function deliveryEventStore(config: PlatformConfig, client: DynamoDBClient = dynamoDbClient(config)): DynamoDbDeliveryEventStore {
  return new DynamoDbDeliveryEventStore(client, config.tableName);
}
