import { ConditionalCheckFailedException, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { OrganizationSettings } from '../../core/organization/settings';
import type { ReportClaim, ReportStore } from '../../core/reports/ports';
import { toSettings } from './items';
import { queryAll } from './query-all';
import { keys, TABLE_DESIGN } from './table-design';

const ix = TABLE_DESIGN.indexes;

/** Report claims under the organization's partition (ORG#<org> / REPORT#<frequency>#<first day>); organizations from GSI1. */
export class DynamoDbReportStore implements ReportStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async organizations(): Promise<OrganizationSettings[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: ix.byOrganization.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': ix.byOrganization.partitionKey },
      ExpressionAttributeValues: { ':pk': { S: keys.organizationsPartition } },
    });
    return items.map(toSettings);
  }

  async claimReport(claim: ReportClaim, now: string, leaseUntil: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...keys.reportClaim(claim.organizationId, claim.frequency, claim.firstDay), type: 'ReportClaim', ...claim, claimedAt: now, leaseUntil }),
          ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey}) OR (attribute_not_exists(sentAt) AND leaseUntil < :now)`,
          ExpressionAttributeValues: marshall({ ':now': now }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markReportSent(claim: ReportClaim, at: string, emails: number): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(keys.reportClaim(claim.organizationId, claim.frequency, claim.firstDay)),
        UpdateExpression: 'SET sentAt = :at, emails = :emails REMOVE leaseUntil',
        ExpressionAttributeValues: marshall({ ':at': at, ':emails': emails }),
      }),
    );
  }
}
