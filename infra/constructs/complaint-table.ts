import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { acknowledge, wildcardAction, wildcardResource } from '../nag';

const stringKey = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

export interface ComplaintTableProps {
  /**
   * A table restored from point-in-time recovery (docs/OPERATIONS.md, "Restore"), taken into the
   * stack with `cdk import` in place of the table before it, which the stack then lets go (retained).
   * Its own construct id, so each restore is a resource of its own and never a replacement.
   */
  restoredTableName?: string;
}

/**
 * The single table, built from TABLE_DESIGN, encrypted with a key of its own. Grant access
 * with grantReadWriteData and grantReadData, which also acknowledge the wildcards that
 * CDK's table grants carry (cdk-nag AwsSolutions-IAM5) on the grantee's role.
 */
export class ComplaintTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: ComplaintTableProps = {}) {
    super(scope, id);
    // Retained like the table: a retained table is unreadable without its key.
    const key = new kms.Key(this, 'Key', {
      description: 'Encrypts the complaint table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const restored = props.restoredTableName;
    this.table = new dynamodb.Table(this, restored ? `Restored-${restored}` : 'Table', {
      tableName: restored,
      partitionKey: stringKey(TABLE_DESIGN.partitionKey),
      sortKey: stringKey(TABLE_DESIGN.sortKey),
      timeToLiveAttribute: TABLE_DESIGN.timeToLiveAttribute,
      stream: dynamodb.StreamViewType[TABLE_DESIGN.stream],
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of Object.values(TABLE_DESIGN.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: dynamodb.ProjectionType[index.projection],
      });
    }
  }

  /** Every item and index of the table, read and write, and use of its key. */
  grantReadWriteData(grantee: iam.IGrantable & { role?: iam.IRole }): void {
    this.table.grants.readWriteData(grantee);
    this.acknowledgeGrant(grantee, [
      { id: this.indexesFinding(), reason: INDEXES_REASON },
      { id: wildcardAction('kms:ReEncrypt*'), reason: KEY_ACTIONS_REASON },
      { id: wildcardAction('kms:GenerateDataKey*'), reason: KEY_ACTIONS_REASON },
    ]);
  }

  /** Every item and index of the table, read only, and decryption with its key. */
  grantReadData(grantee: iam.IGrantable & { role?: iam.IRole }): void {
    this.table.grants.readData(grantee);
    this.acknowledgeGrant(grantee, [{ id: this.indexesFinding(), reason: INDEXES_REASON }]);
  }

  private indexesFinding(): string {
    return wildcardResource(this, `${this.table.tableArn}/index/*`);
  }

  private acknowledgeGrant(grantee: { role?: iam.IRole }, findings: Array<{ id: string; reason: string }>): void {
    if (!grantee.role) throw new Error('A table grantee needs a role to acknowledge its cdk-nag findings on.');
    acknowledge(grantee.role, ...findings);
  }
}

const INDEXES_REASON =
  `The indexes of the complaint table and no other (<table ARN>/index/*): the functions query its ${Object.keys(TABLE_DESIGN.indexes).length} ` +
  'global secondary indexes (TABLE_DESIGN), and naming each would only repeat them.';
const KEY_ACTIONS_REASON =
  "CDK's grant for a table with a customer-managed key: the resource is that one key, and the wildcard only spans one action family " +
  '(kms:ReEncryptFrom/ReEncryptTo; kms:GenerateDataKey and its variants), which DynamoDB uses on the caller\'s behalf.';
