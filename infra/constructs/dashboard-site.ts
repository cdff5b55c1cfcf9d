import { Aws, CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { dirname } from 'node:path';
import { CHART_JS_FILE, DASHBOARD_DIR } from '../../local/dashboard';
import { acknowledge, wildcardAction, wildcardResource } from '../nag';

/**
 * The analytics dashboard (dashboard/) as a static site: a private bucket that only this
 * CloudFront distribution reads (origin access control), served with security headers.
 * Its config.json names the stack's GraphQL URL and carries no token: staff paste their
 * Cognito ID token into the page, which keeps it in the tab's sessionStorage.
 *
 * Two steps, because the API's CORS needs the site's origin and the site's config.json
 * needs the API's URL: construct it before the API, then `publish` with the URL.
 */
export class DashboardSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** The browser origin the page calls the API from, for the API's CORS. */
  readonly origin: string;
  /** The role of CDK's deployment function, which copies the files in. */
  readonly deploymentRole: iam.Role;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Only public code lives here (the page, its script, Chart.js): it can be rebuilt from the repository.
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Analytics dashboard: scripts from the site only, API calls to this region only',
      securityHeadersBehavior: {
        // The same policy the local stack sends (local/dashboard.ts), plus the regional API endpoints it calls.
        contentSecurityPolicy: {
          contentSecurityPolicy:
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
            `connect-src 'self' https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Complaint platform analytics dashboard',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
    // Our own role and log group rather than CDK's defaults: no managed policy, logs to this group only.
    this.deploymentRole = new iam.Role(this, 'DeploymentRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the analytics dashboard into its bucket during deployments',
    });
    new CfnOutput(scope, 'DashboardUrl', { value: `${this.origin}/`, description: 'The analytics dashboard (paste a staff ID token when it asks)' });

    acknowledge(this.bucket, {
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the public code of the dashboard page and is read by CloudFront alone (origin access control); ' +
        'the figures come from the GraphQL API, whose stage logs every request.',
    });
    acknowledge(
      this.distribution,
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Staff of an organization may sign in from anywhere; the page is public code and the data behind it needs a staff token.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'The distribution serves three static files and no data; the API behind the page is throttled at its stage and authorizes every call.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason: 'Viewer logs of static files would record staff IP addresses for no use: every data request is logged by the API stage instead.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate, with which CloudFront cannot raise the minimum TLS version; a custom domain with its ' +
          'own certificate (TLSv1.2_2021) is a deployment choice outside this stack.',
      },
    );
  }

  /** Deploys the page, Chart.js and a config.json naming the API; invalidates CloudFront's copies. */
  publish(graphqlUrl: string): s3deploy.BucketDeployment {
    // Assets made here rather than by Source.asset, so that the deployment role's read of them can be named below.
    const page = new Asset(this, 'Page', { path: DASHBOARD_DIR, exclude: ['tsconfig.json'] });
    const chartJs = new Asset(this, 'ChartJs', { path: dirname(CHART_JS_FILE), exclude: ['*', '!chart.umd.js'] });
    const deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    deploymentLogs.grantWrite(this.deploymentRole);
    const deployment = new s3deploy.BucketDeployment(this, 'Files', {
      sources: [
        s3deploy.Source.bucket(page.bucket, page.s3ObjectKey),
        s3deploy.Source.bucket(chartJs.bucket, chartJs.s3ObjectKey),
        s3deploy.Source.jsonData('config.json', { graphqlUrl }),
      ],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      role: this.deploymentRole,
      logGroup: deploymentLogs,
    });
    // CDK makes one deployment function per stack (a singleton outside this construct).
    const handler = Stack.of(this).node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))!;
    acknowledge(handler, {
      id: 'AwsSolutions-L1',
      reason: "CDK's BucketDeployment function: CDK chooses its runtime (Python), which moves with aws-cdk-lib upgrades; it runs only during deployments.",
    });
    acknowledge(
      this.deploymentRole,
      ...['s3:GetObject*', 's3:GetBucket*', 's3:List*'].map((action) => ({
        id: wildcardAction(action),
        reason: `CDK's grant for the deployment: ${action} on the CDK asset bucket and the dashboard bucket only, to compare and copy the page's files.`,
      })),
      ...['s3:DeleteObject*', 's3:Abort*'].map((action) => ({
        id: wildcardAction(action),
        reason: `CDK's grant for the deployment: ${action} on the dashboard bucket only, to remove files the new version no longer has.`,
      })),
      {
        id: wildcardResource(this, page.bucket.arnForObjects('*')),
        reason: "The CDK asset bucket of this account and region (CDK grants read on the whole bucket), from which the deployment copies the dashboard's files.",
      },
      {
        id: wildcardResource(this, this.bucket.arnForObjects('*')),
        reason: "The dashboard bucket's objects: the deployment replaces the page's files and removes old ones (prune).",
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'cloudfront:CreateInvalidation and GetInvalidation, granted by CDK on "*": the deployment invalidates the cached page after copying it.',
      },
    );
    return deployment;
  }
}
