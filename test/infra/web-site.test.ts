import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { runInNewContext } from 'node:vm';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { SPA_FALLBACK_CODE } from '../../infra/constructs/web-site';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// The web apps' site as the regional stack deploys it, synthesized with the cdk-nag checks
// on (an unacknowledged finding fails beforeAll). Lambda bundling is skipped: the apps are
// built (once per state of web/, infra/web-site-files.ts) and staged as the CLI stages them.
let app: App;
let template: Template;

beforeAll(() => {
  app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  const stack = new ComplaintPlatformStack(app, 'Site-test', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node) });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

const only = (type: string) => {
  const found = Object.entries(template.findResources(type));
  expect(found).toHaveLength(1);
  return { id: found[0][0], properties: found[0][1].Properties };
};
/** The site's own resources of a type the stack has others of (the audit digests have a bucket too). */
const ofSite = (type: string) => Object.entries(template.findResources(type)).filter(([id]) => id.startsWith('Site')).map(([id, r]) => ({ id, properties: r.Properties }));
const distributionId = () => only('AWS::CloudFront::Distribution').id;
const siteOrigin = () => ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }];
const deployment = (name: string) => {
  const found = ofSite('Custom::CDKBucketDeployment').filter((d) => d.id.startsWith(`Site${name}`));
  expect(found).toHaveLength(1);
  return found[0].properties;
};
/** The folder CDK staged for an asset of a deployment, by its object key. */
const staged = (key: string) => path.join(app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('the web apps site', () => {
  test('keeps its files in a bucket closed to the public, encrypted, refusing requests without TLS, read by this distribution only', () => {
    const [bucket] = ofSite('AWS::S3::Bucket');
    expect(bucket.properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    const [policy] = ofSite('AWS::S3::BucketPolicy');
    expect(policy.properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({
          Effect: 'Allow',
          Action: expect.arrayContaining(['s3:GetObject']),
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([{ Ref: distributionId() }])] } } },
        }),
      ]),
    );
  });

  test('answers a missing file 404 (S3 answers 403 to a reader that may not list the bucket), never a page', () => {
    const [policy] = ofSite('AWS::S3::BucketPolicy');
    expect(policy.properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Effect: 'Allow',
          Action: expect.arrayContaining(['s3:ListBucket']),
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([{ Ref: distributionId() }])] } } },
        }),
      ]),
    );
  });

  test('serves both apps from one distribution over HTTPS through origin access control, each path through the SPA fallback', () => {
    const config = only('AWS::CloudFront::Distribution').properties.DistributionConfig;
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        ResponseHeadersPolicyId: { Ref: only('AWS::CloudFront::ResponseHeadersPolicy').id },
        FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [only('AWS::CloudFront::Function').id, 'FunctionARN'] } }],
      },
      Origins: [{ OriginAccessControlId: { 'Fn::GetAtt': [only('AWS::CloudFront::OriginAccessControl').id, 'Id'] }, S3OriginConfig: { OriginAccessIdentity: '' } }],
    });
    // The files' own Cache-Control decides: nothing is held longer than they say.
    expect(only('AWS::CloudFront::CachePolicy').properties.CachePolicyConfig).toMatchObject({ MinTTL: 0 });
    expect(only('AWS::CloudFront::Function').properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
  });

  describe('the SPA fallback function', () => {
    // The function's code, run on its own as CloudFront runs it: handler(event) → request or response.
    const handler = runInNewContext(`${SPA_FALLBACK_CODE}; handler`) as (event: unknown) => { uri?: string; statusCode?: number; headers?: Record<string, { value: string }> };
    const request = (uri: string) => handler({ request: { uri, querystring: { reference: { value: 'CP-20261201-7K3QXZ' } }, headers: {} } });

    test.each([
      ['/', '/index.html'],
      ['/track', '/index.html'],
      ['/submit/confirmation', '/index.html'],
      ['/staff/', '/staff/index.html'],
      ['/staff/complaints/c-1', '/staff/index.html'],
      ['/staff/callback', '/staff/index.html'],
    ])('loads the app for the page %s (%s)', (uri, file) => {
      expect(request(uri).uri).toBe(file);
    });

    test.each(['/assets/main-B5OZIBZP.js', '/config.json', '/staff/assets/main-3XB44IZV.css', '/staff/config.json'])('passes the file %s unchanged', (uri) => {
      expect(request(uri).uri).toBe(uri);
    });

    test('sends /staff on to /staff/', () => {
      expect(request('/staff')).toMatchObject({ statusCode: 308, headers: { location: { value: '/staff/' } } });
    });
  });

  test('sends the security headers: scripts and styles from the site only, calls to the API, the files bucket and the sign-in only', () => {
    const headers = only('AWS::CloudFront::ResponseHeadersPolicy').properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      FrameOptions: { FrameOption: 'DENY' },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer' },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true },
    });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/connect-src 'self' https:\/\/\*\.execute-api\.",\{"Ref":"AWS::Region"\},"\.",\{"Ref":"AWS::URLSuffix"\}," https:\/\/\*\.s3\.",\{"Ref":"AWS::Region"\}/);
    // The Cognito domain exactly: its prefix (a reference) on the region's auth host.
    const domainId = only('AWS::Cognito::UserPoolDomain').id;
    expect(csp).toContain(`" https://",{"Ref":"${domainId}"},".auth.eu-west-2.amazoncognito.com; form-action`);
  });

  test('deploys the hashed assets cached for a year and never pruned, then the pages and config.json revalidated on every load', () => {
    const assets = deployment('AssetFiles');
    expect(assets).toMatchObject({ Prune: false, SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' } });
    expect(assets.DistributionId).toBeUndefined();
    expect(files(staged(assets.SourceObjectKeys[0]))).toEqual(expect.arrayContaining([expect.stringMatching(/^assets\/main-\w+\.js$/), expect.stringMatching(/^staff\/assets\/main-\w+\.js$/)]));
    expect(files(staged(assets.SourceObjectKeys[0])).every((f) => /^(staff\/)?assets\/[\w-]+\.\w+$/.test(f))).toBe(true);

    const pages = deployment('PageFiles');
    expect(pages).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { Ref: distributionId() },
      DistributionPaths: ['/index.html', '/config.json', '/staff/index.html', '/staff/config.json'],
    });
    expect(files(staged(pages.SourceObjectKeys[0]))).toEqual(['index.html', 'staff/index.html']);
    const [pagesDeployment] = Object.entries(template.findResources('Custom::CDKBucketDeployment')).filter(([id]) => id.startsWith('SitePageFiles'));
    expect(pagesDeployment[1].DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^SiteAssetFiles/)]));
  });

  test("writes each app's config.json at deploy time: the portal the API, the workspace the API and its Cognito sign-in", () => {
    const pages = deployment('PageFiles');
    const markers: Array<Record<string, unknown>> = pages.SourceMarkers;
    /** What a marker stands for, written so that it can sit inside a JSON string: <Ref X> or <GetAtt X.Attribute>. */
    const reference = (value: unknown) => {
      const { Ref: ref, 'Fn::GetAtt': getAtt } = value as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
      return ref ? `<Ref ${ref}>` : `<GetAtt ${getAtt!.join('.')}>`;
    };
    /** A config.json as the deployment writes it: each marker replaced by the reference it stands for. */
    const config = (index: number) => {
      const [file] = files(staged(pages.SourceObjectKeys[index]));
      let text = readFileSync(path.join(staged(pages.SourceObjectKeys[index]), file), 'utf8');
      for (const [marker, value] of Object.entries(markers[index])) text = text.split(marker).join(reference(value));
      return { file, json: JSON.parse(text) };
    };
    const api = `https://<Ref ${only('AWS::ApiGatewayV2::Api').id}>.execute-api.eu-west-2.<Ref AWS::URLSuffix>/graphql`;
    const site = `https://<GetAtt ${distributionId()}.DomainName>`;
    const domain = `https://<Ref ${only('AWS::Cognito::UserPoolDomain').id}>.auth.eu-west-2.amazoncognito.com`;
    const client = `<Ref ${only('AWS::Cognito::UserPoolClient').id}>`;

    expect(config(1)).toEqual({ file: 'config.json', json: { graphqlUrl: api } });
    expect(config(2)).toEqual({
      file: 'staff/config.json',
      json: {
        graphqlUrl: api,
        auth: {
          authorizeUrl: `${domain}/oauth2/authorize`,
          tokenUrl: `${domain}/oauth2/token`,
          revokeUrl: `${domain}/oauth2/revoke`,
          logoutUrl: `${domain}/logout`,
          clientId: client,
          redirectUri: `${site}/staff/callback`,
          logoutRedirectUri: `${site}/staff/`,
          scopes: ['openid', 'email', 'profile'],
        },
      },
    });
    // No secret anywhere: the client is public (PKCE).
    expect(JSON.stringify(config(2))).not.toMatch(/secret/i);
  });

  test("is the API's allowed browser origin, and complainant emails link to its track page", () => {
    expect(only('AWS::ApiGatewayV2::Api').properties.CorsConfiguration).toMatchObject({ AllowOrigins: [{ 'Fn::Join': ['', siteOrigin()] }] });
    const graphql = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) => fn.Properties.Description === 'The GraphQL API')!;
    expect(graphql.Properties.Environment.Variables.TRACKING_URL).toEqual({ 'Fn::Join': ['', [...siteOrigin(), '/track']] });
  });

  test('gives the two addresses as the stack outputs PortalUrl and WorkspaceUrl', () => {
    expect(template.findOutputs('PortalUrl').PortalUrl.Value).toEqual({ 'Fn::Join': ['', [...siteOrigin(), '/']] });
    expect(template.findOutputs('WorkspaceUrl').WorkspaceUrl.Value).toEqual({ 'Fn::Join': ['', [...siteOrigin(), '/staff/']] });
  });

  test('stages the apps built from web/ (the same build as npm start)', () => {
    const pages = deployment('PageFiles');
    const portal = readFileSync(path.join(staged(pages.SourceObjectKeys[0]), 'index.html'), 'utf8');
    const staff = readFileSync(path.join(staged(pages.SourceObjectKeys[0]), 'staff', 'index.html'), 'utf8');
    expect(portal).toMatch(/<script type="module" src="\/assets\/main-\w+\.js">/);
    expect(staff).toMatch(/<script type="module" src="\/staff\/assets\/main-\w+\.js">/);
    expect(existsSync(path.join(staged(deployment('AssetFiles').SourceObjectKeys[0]), portal.match(/src="\/(assets\/main-\w+\.js)"/)![1]))).toBe(true);
  });
});
