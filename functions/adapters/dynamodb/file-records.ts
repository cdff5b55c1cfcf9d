import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { FileRecords } from '../../core/files/ports';
import type { StoredFileRecord } from '../../core/files/stored-file';
import { fileItem, toFile } from './items';
import { keys, TABLE_DESIGN } from './table-design';

/** Pending uploads' records, in their complaint's partition; attaching one is part of a complaint change (complaint-store.ts). */
export class DynamoDbFileRecords implements FileRecords {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async putPending(file: StoredFileRecord): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(fileItem(file), { removeUndefinedValues: true }),
        ConditionExpression: `attribute_not_exists(${TABLE_DESIGN.partitionKey})`,
      }),
    );
  }

  async get(complaintId: string, fileId: string): Promise<StoredFileRecord | null> {
    const out = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.file(complaintId, fileId)), ConsistentRead: true }));
    return out.Item ? toFile(unmarshall(out.Item)) : null;
  }
}
