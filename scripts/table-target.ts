import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** The table a maintenance script works on. */
export interface TableTarget {
  tableName: string;
  region: string;
  endpoint?: string;
  /** Where, in words, for messages. */
  place: string;
}

/**
 * TABLE_NAME, AWS_REGION and DYNAMODB_ENDPOINT as the CDK stack or the local stack set them; without
 * TABLE_NAME, the running `npm start` stack: table `complaints` on DynamoDB Local at 127.0.0.1:DYNAMODB_PORT.
 */
export function tableTarget(env: NodeJS.ProcessEnv = process.env): TableTarget {
  const region = env.AWS_REGION ?? 'us-east-1';
  const tableName = env.TABLE_NAME || 'complaints';
  const endpoint = env.TABLE_NAME ? env.DYNAMODB_ENDPOINT || undefined : env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${env.DYNAMODB_PORT ?? 8000}`;
  return { tableName, region, endpoint, place: `table ${tableName}${endpoint ? ` at ${endpoint}` : ` in ${region}`}` };
}

/** DynamoDB Local takes any credentials; the cloud takes the caller's own. */
export function tableClient(target: TableTarget, env: NodeJS.ProcessEnv = process.env): DynamoDBClient {
  const credentials = target.endpoint && !env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined;
  return new DynamoDBClient({ region: target.region, endpoint: target.endpoint, credentials });
}
