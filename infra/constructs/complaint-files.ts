import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, wildcardResource } from '../nag';

export interface ComplaintFilesProps {
  /** The stack's key (the complaint table's): the files are personal data like the table's items. */
  encryptionKey: kms.IKey;
  /** The browser origins of the sites that upload and download (the portal and the workspace). */
  allowedOrigins: string[];
}

/** A bucket of personal data: private, TLS only, owned by the account, encrypted with the stack's key. */
export const privateEncryptedBucket = (encryptionKey: kms.IKey): s3.BucketProps => ({
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.KMS,
  encryptionKey,
  // One data key per bucket rather than a KMS request per object.
  bucketKeyEnabled: true,
  enforceSSL: true,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
});

/** How long the files bucket's access logs are kept: they hold requesters' IP addresses. */
export const FILE_ACCESS_LOG_DAYS = 90;

/**
 * The files bucket: evidence and complainants' attachments, uploaded and downloaded by the
 * browser through URLs the GraphQL function presigns (functions/adapters/s3/s3-file-store.ts).
 *
 * Versioning is off on purpose: an erasure must delete the bytes, and on a versioned bucket a
 * delete only adds a marker over versions that still hold them. Nothing is overwritten
 * anyway: each upload has a key of its own, and the URL that may write it signs its SHA-256.
 */
export class ComplaintFiles extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;
  /** What the function that presigns, checks and erases files needs in its environment. */
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, private readonly props: ComplaintFilesProps) {
    super(scope, id);
    // S3 delivers server access logs only to a bucket encrypted with S3-managed keys; its bucket
    // policy lets the delivery write (cdk.json's serverAccessLogsUseBucketPolicy), no ACL.
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(FILE_ACCESS_LOG_DAYS) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateEncryptedBucket(props.encryptionKey),
      versioned: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'files/',
      cors: [
        {
          allowedOrigins: props.allowedOrigins,
          allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
          // Exactly the headers an upload ticket names (FileUpload.headers).
          allowedHeaders: ['content-type', 'x-amz-checksum-sha256', 'content-disposition'],
          exposedHeaders: ['etag'],
          maxAge: 3600,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.environment = { FILES_BUCKET: this.bucket.bucketName };
  }

  /**
   * What the GraphQL function does with files, and nothing more: presign PUTs and GETs (the
   * URLs act with its permissions), check an upload (HeadObject is s3:GetObject), count a
   * complaint's files against its limit and erase them (list its prefix, delete). The key's use comes with the files.
   */
  grantPresignAndErase(fn: LambdaFunction): void {
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], resourceArns: [this.bucket.arnForObjects('*')] });
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [this.bucket.bucketArn] });
    this.props.encryptionKey.grant(fn, 'kms:GenerateDataKey', 'kms:Decrypt');
    acknowledge(fn.role!, {
      id: wildcardResource(this, this.bucket.arnForObjects('*')),
      reason: 'One object per file, keyed <organization>/<complaint id>/<file id>: the keys are drawn when an upload is requested.',
    });
  }
}
