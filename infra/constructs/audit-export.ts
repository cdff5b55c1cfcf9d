import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, wildcardResource } from '../nag';
import type { ComplaintTable } from './complaint-table';
import { privateEncryptedBucket } from './complaint-files';

export interface AuditExportProps {
  table: ComplaintTable;
  /** Where the bucket's server access logs go (who read which export). */
  accessLogs: s3.IBucket;
}

/** Where in the bucket the exports are; DynamoDB writes `<prefix>/AWSDynamoDB/<export id>/…` under it. */
export const EXPORT_PREFIX = 'exports';

/**
 * The region's table exports for audits: DynamoDB's export to S3 (from point-in-time recovery: no
 * read capacity is used and the application is not slowed) into a bucket encrypted with a key of its
 * own, so an auditor can be let read the exports without being let near the table's key. Two managed
 * policies to attach to the operators' and the auditors' roles: one may start and watch an export,
 * the other may read them; nothing else can.
 */
export class AuditExport extends Construct {
  readonly key: kms.Key;
  readonly bucket: s3.Bucket;
  readonly exporterPolicy: iam.ManagedPolicy;
  readonly readerPolicy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: AuditExportProps) {
    super(scope, id);
    const table = props.table.table;
    this.key = new kms.Key(this, 'Key', { description: 'Encrypts the audit exports of the complaint table', enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateEncryptedBucket(this.key),
      versioned: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'audit-exports/',
      // An export that stopped half way leaves parts that nobody can read: cleared after a week. A deleted export
      // (the audit is over, or personal data in it must go) stays recoverable for 30 days, then is gone.
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7), noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const objects = this.bucket.arnForObjects(`${EXPORT_PREFIX}/*`);
    const exportsOfTable = `${table.tableArn}/export/*`;

    this.exporterPolicy = new iam.ManagedPolicy(this, 'ExporterPolicy', {
      description: 'Starts and follows an audit export of the complaint table to its bucket (docs/OPERATIONS.md)',
      statements: [
        new iam.PolicyStatement({ actions: ['dynamodb:ExportTableToPointInTime'], resources: [table.tableArn] }),
        new iam.PolicyStatement({ actions: ['dynamodb:DescribeExport'], resources: [exportsOfTable] }),
        // DynamoDB writes the export with the caller's permissions: the objects, their multipart uploads and the key that encrypts them.
        new iam.PolicyStatement({ actions: ['s3:PutObject', 's3:PutObjectAcl', 's3:AbortMultipartUpload'], resources: [objects] }),
        new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.key.keyArn] }),
      ],
    });
    this.readerPolicy = new iam.ManagedPolicy(this, 'ReaderPolicy', {
      description: 'Reads the audit exports of the complaint table (docs/OPERATIONS.md)',
      statements: [
        new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn], conditions: { StringLike: { 's3:prefix': [`${EXPORT_PREFIX}/*`] } } }),
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [objects] }),
        new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.key.keyArn] }),
      ],
    });
    const objectsReason = 'The objects under exports/ only: DynamoDB names each export and its data files itself, so their names are not known in advance.';
    acknowledge(this.exporterPolicy, { id: wildcardResource(this, objects), reason: objectsReason }, {
      id: wildcardResource(this, exportsOfTable),
      reason: 'The exports of the complaint table only: each export gets an id when it starts.',
    });
    acknowledge(this.readerPolicy, { id: wildcardResource(this, objects), reason: objectsReason });

    const stack = Stack.of(this);
    new CfnOutput(stack, 'AuditExportBucket', { value: this.bucket.bucketName, description: 'Audit exports of the table (aws dynamodb export-table-to-point-in-time --s3-bucket)' });
    new CfnOutput(stack, 'AuditExportKey', { value: this.key.keyArn, description: 'The key the audit exports are encrypted with (--s3-sse-kms-key-id)' });
    new CfnOutput(stack, 'AuditExporterPolicy', { value: this.exporterPolicy.managedPolicyArn, description: 'Attach to the role that starts audit exports' });
    new CfnOutput(stack, 'AuditReaderPolicy', { value: this.readerPolicy.managedPolicyArn, description: "Attach to an auditor's role: reads the exports, nothing else" });
    new CfnOutput(stack, 'TableArn', { value: table.tableArn, description: 'The complaint table (export, restore)' });
  }
}
