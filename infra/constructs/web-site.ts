import { Aws, CfnOutput, Duration, Lazy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, wildcardAction, wildcardResource } from '../nag';
import { webSiteFiles } from '../web-site-files';

/** How the workspace signs staff in: Cognito's managed login (OAuth 2.0 authorization code with PKCE). */
export interface StaffSignIn {
  /** The user pool's managed-login domain, UserPoolDomain.baseUrl(): `https://<prefix>.auth.<region>.amazoncognito.com`. */
  domainUrl: string;
  /** The workspace's public app client (no secret: PKCE stands in for it). */
  clientId: string;
  scopes: string[];
}

export interface WebSitePublication {
  /** The stack's GraphQL endpoint, known at deploy time. */
  graphqlUrl: string;
  staffSignIn: StaffSignIn;
}

/**
 * Rewrites a path without a file extension to its app's index.html, so that a link into
 * either app (/track?reference=…, /staff/complaints/…) loads the app, which routes in the
 * browser; /staff gets its slash. Files (assets, config.json) pass unchanged. Runs at the
 * edge on every viewer request (CloudFront Functions, JavaScript runtime 2.0).
 */
export const SPA_FALLBACK_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/staff') {
    return { statusCode: 308, statusDescription: 'Permanent Redirect', headers: { location: { value: '/staff/' } } };
  }
  if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri.indexOf('/staff/') === 0 ? '/staff/index.html' : '/index.html';
  }
  return request;
}`;

/**
 * Both web apps (web/) as one static site: the complainant portal at /, the staff
 * workspace at /staff/, from a private bucket that only this CloudFront distribution reads
 * (origin access control), with security headers and a config.json per app naming the
 * stack's API (and, for the workspace, its Cognito sign-in).
 *
 * Two steps, because the API's CORS, the sign-in client's redirect URIs and the
 * complainant emails' tracking link need the site's origin, while the site's config.json
 * needs the API's URL and the client: construct it first, then `publish`.
 */
export class WebSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** The browser origin the apps call the API from, for the API's CORS. */
  readonly origin: string;
  /** The portal's track page, which every complainant email links to (TRACKING_URL). */
  readonly trackingUrl: string;
  /** Where Cognito returns the browser with the authorization code, and after sign-out: the app client's callback and logout URLs. */
  readonly staffRedirectUri: string;
  readonly staffLogoutRedirectUri: string;
  /** The role of CDK's deployment function, which copies the files in. */
  readonly deploymentRole: iam.Role;
  private publication?: WebSitePublication;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Only public code lives here (the two apps, built from the repository); config.json names public endpoints.
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Complaint portal and staff workspace: code from the site only, calls to this region and its sign-in only',
      securityHeadersBehavior: {
        // The policy the local stack sends (local/web-apps.ts WEB_SECURITY_HEADERS), with the endpoints the apps call here.
        contentSecurityPolicy: { contentSecurityPolicy: Lazy.string({ produce: () => this.contentSecurityPolicy() }), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    // Honours the files' own Cache-Control: hashed assets for a year, index.html and config.json revalidated (no-cache).
    const cachePolicy = new cloudfront.CachePolicy(this, 'CachePolicy', {
      comment: 'Static web apps: the Cache-Control each file carries',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const spaFallback = new cloudfront.Function(this, 'SpaFallback', {
      comment: 'Extension-less paths load their app: /staff/… the workspace, anything else the portal',
      code: cloudfront.FunctionCode.fromInline(SPA_FALLBACK_CODE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Complaint portal (/) and staff workspace (/staff/)',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        // LIST too: without it S3 answers a missing file (an old chunk, a mistyped asset) 403 Access Denied rather than 404.
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket, { originAccessLevels: [cloudfront.AccessLevel.READ, cloudfront.AccessLevel.LIST] }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaFallback, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }],
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.trackingUrl = `${this.origin}/track`;
    this.staffRedirectUri = `${this.origin}/staff/callback`;
    this.staffLogoutRedirectUri = `${this.origin}/staff/`;
    // Our own role and log group rather than CDK's defaults: no managed policy, logs to this group only.
    this.deploymentRole = new iam.Role(this, 'DeploymentRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the web apps into their bucket during deployments',
    });
    new CfnOutput(scope, 'PortalUrl', { value: `${this.origin}/`, description: 'The complaint portal' });
    new CfnOutput(scope, 'WorkspaceUrl', { value: `${this.origin}/staff/`, description: 'The staff workspace (Cognito sign-in)' });

    acknowledge(this.bucket, {
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the public code of the two web apps and is read by CloudFront alone (origin access control); ' +
        'every request for data goes to the GraphQL API, whose stage logs it.',
    });
    acknowledge(
      this.distribution,
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Complainants and staff may use the apps from anywhere; the code is public and the data behind it needs an access code or a staff token.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'The distribution serves static files and no data; the API behind the apps is throttled at its stage and authorizes every call.',
      },
      {
        id: 'AwsSolutions-CFR3',
        reason: 'Viewer logs of static files would record complainants\' IP addresses for no use: every data request is logged by the API stage instead.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate, with which CloudFront cannot raise the minimum TLS version; a custom domain with its ' +
          'own certificate (TLSv1.2_2021) is a deployment choice outside this stack.',
      },
    );
  }

  /**
   * connect-src: the API and the files bucket by their regional host names, because each of
   * them names this site in turn (the API's CORS, the bucket's) and a reference both ways
   * would be a dependency cycle; the sign-in domain exactly.
   */
  private contentSecurityPolicy(): string {
    if (!this.publication) throw new Error('WebSite.publish() was not called: the site needs the API and the sign-in to serve');
    const connect = [
      "'self'",
      `https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`,
      `https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`,
      this.publication.staffSignIn.domainUrl,
    ];
    return (
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
      `connect-src ${connect.join(' ')}; form-action 'self'; base-uri 'self'; frame-ancestors 'none'`
    );
  }

  /** Deploys both apps and their config.json files; invalidates CloudFront's copies of the pages. */
  publish(publication: WebSitePublication): void {
    this.publication = publication;
    const { graphqlUrl, staffSignIn } = publication;
    const files = webSiteFiles();
    // Assets made here rather than by Source.asset, so that the deployment role's read of them can be named below.
    const immutable = new Asset(this, 'HashedAssets', { path: files.immutable });
    const pages = new Asset(this, 'Pages', { path: files.pages });
    const deploymentLogs = new logs.LogGroup(this, 'DeploymentLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    deploymentLogs.grantWrite(this.deploymentRole);
    const common = { destinationBucket: this.bucket, role: this.deploymentRole, logGroup: deploymentLogs };
    // Never pruned: a browser still holding the previous index.html loads the previous chunks.
    const assets = new s3deploy.BucketDeployment(this, 'AssetFiles', {
      ...common,
      sources: [s3deploy.Source.bucket(immutable.bucket, immutable.s3ObjectKey)],
      prune: false,
      cacheControl: [s3deploy.CacheControl.setPublic(), s3deploy.CacheControl.maxAge(Duration.days(365)), s3deploy.CacheControl.immutable()],
    });
    const configs = new s3deploy.BucketDeployment(this, 'PageFiles', {
      ...common,
      sources: [
        s3deploy.Source.bucket(pages.bucket, pages.s3ObjectKey),
        s3deploy.Source.jsonData('config.json', { graphqlUrl }),
        s3deploy.Source.jsonData('staff/config.json', {
          graphqlUrl,
          auth: {
            authorizeUrl: `${staffSignIn.domainUrl}/oauth2/authorize`,
            tokenUrl: `${staffSignIn.domainUrl}/oauth2/token`,
            revokeUrl: `${staffSignIn.domainUrl}/oauth2/revoke`,
            logoutUrl: `${staffSignIn.domainUrl}/logout`,
            clientId: staffSignIn.clientId,
            redirectUri: this.staffRedirectUri,
            logoutRedirectUri: this.staffLogoutRedirectUri,
            scopes: staffSignIn.scopes,
          },
        }),
      ],
      // The assets deployment owns the other keys.
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json', '/staff/index.html', '/staff/config.json'],
    });
    // The new pages name the new chunks: the chunks go first.
    configs.node.addDependency(assets);

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
        reason: `CDK's grant for the deployment: ${action} on the CDK asset bucket and the web apps' bucket only, to compare and copy the apps' files.`,
      })),
      ...['s3:DeleteObject*', 's3:Abort*'].map((action) => ({
        id: wildcardAction(action),
        reason: `CDK's grant for the deployment: ${action} on the web apps' bucket only (CDK grants it whether or not the deployment prunes).`,
      })),
      {
        id: wildcardResource(this, pages.bucket.arnForObjects('*')),
        reason: "The CDK asset bucket of this account and region (CDK grants read on the whole bucket), from which the deployment copies the apps' files.",
      },
      {
        id: wildcardResource(this, this.bucket.arnForObjects('*')),
        reason: "The web apps bucket's objects: the deployment writes the apps' files there.",
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'cloudfront:CreateInvalidation and GetInvalidation, granted by CDK on "*": the deployment invalidates the cached pages after copying them.',
      },
    );
  }
}
