import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ComplaintPlatformStack } from '../../infra/complaint-platform-stack';
import { platformSettings } from '../../infra/config';
import { addNagChecks } from '../../infra/nag';
import { cdkJsonContext, SKIP_BUNDLING } from './cdk-context';

// The dashboard as the regional stack deploys it, synthesized with the cdk-nag checks on
// (an unacknowledged finding fails beforeAll). Bundling is skipped: only the shape is read.
let app: App;
let template: Template;
let stack: ComplaintPlatformStack;

beforeAll(() => {
  app = new App({ context: { ...cdkJsonContext(), ...SKIP_BUNDLING } });
  stack = new ComplaintPlatformStack(app, 'Dashboard-test', { env: { region: 'eu-west-2' }, settings: platformSettings(app.node) });
  addNagChecks(app);
  template = Template.fromStack(stack);
});

afterAll(() => rmSync(app.outdir, { recursive: true, force: true }));

const only = (type: string) => {
  const found = Object.entries(template.findResources(type));
  expect(found).toHaveLength(1);
  return { id: found[0][0], properties: found[0][1].Properties };
};
/** The site's own resource of a type the stack has others of (the audit digests have a bucket too). */
const ofSite = (type: string) => {
  const found = Object.entries(template.findResources(type)).filter(([id]) => id.startsWith('Dashboard'));
  expect(found).toHaveLength(1);
  return { id: found[0][0], properties: found[0][1].Properties };
};
const distributionId = () => only('AWS::CloudFront::Distribution').id;
const domainOfDistribution = () => ({ 'Fn::GetAtt': [distributionId(), 'DomainName'] });

describe('the analytics dashboard site', () => {
  test('keeps its files in a bucket closed to the public, encrypted, and refusing requests without TLS', () => {
    const bucket = ofSite('AWS::S3::Bucket');
    expect(bucket.properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    const policy = ofSite('AWS::S3::BucketPolicy').properties.PolicyDocument.Statement;
    expect(policy).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        // Only CloudFront reads it, and only for this distribution.
        expect.objectContaining({
          Effect: 'Allow',
          Action: 's3:GetObject',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([{ Ref: distributionId() }])] } } },
        }),
      ]),
    );
  });

  test('is served by CloudFront through origin access control, over HTTPS, index.html at the root, with security headers', () => {
    const config = only('AWS::CloudFront::Distribution').properties.DistributionConfig;
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https', ResponseHeadersPolicyId: { Ref: only('AWS::CloudFront::ResponseHeadersPolicy').id } },
      Origins: [{ OriginAccessControlId: { 'Fn::GetAtt': [only('AWS::CloudFront::OriginAccessControl').id, 'Id'] }, S3OriginConfig: { OriginAccessIdentity: '' } }],
    });
    const headers = only('AWS::CloudFront::ResponseHeadersPolicy').properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(JSON.stringify(headers.ContentSecurityPolicy)).toContain("script-src 'self'");
    expect(headers).toMatchObject({ FrameOptions: { FrameOption: 'DENY' }, ContentTypeOptions: { Override: true }, StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000 } });
  });

  test('deploys the page, Chart.js and a config.json that names the API and holds no token, then invalidates the cache', () => {
    const deployment = only('Custom::CDKBucketDeployment').properties;
    expect(deployment).toMatchObject({ DistributionId: { Ref: distributionId() }, DistributionPaths: ['/*'] });
    expect(deployment.SourceObjectKeys).toHaveLength(3);

    const staged = readdirSync(app.outdir).map((dir) => path.join(app.outdir, dir));
    const has = (file: string) => staged.filter((dir) => existsSync(path.join(dir, file)));
    expect(has('index.html')).toHaveLength(1);
    expect(readdirSync(has('index.html')[0]).sort()).toEqual(['dashboard.js', 'index.html', 'styles.css']);
    expect(has('chart.umd.js').map((dir) => readdirSync(dir))).toEqual([['chart.umd.js']]);
    // The API's id is filled in at deploy time, through a marker.
    const config = JSON.parse(readFileSync(path.join(has('config.json')[0], 'config.json'), 'utf8'));
    expect(config).toEqual({ graphqlUrl: 'https://<<marker:0xbaba:0>>.execute-api.eu-west-2.<<marker:0xbaba:1>>/graphql' });
    expect(deployment.SourceMarkers[2]).toEqual({ '<<marker:0xbaba:0>>': { Ref: only('AWS::ApiGatewayV2::Api').id }, '<<marker:0xbaba:1>>': { Ref: 'AWS::URLSuffix' } });
  });

  test("is the API's allowed browser origin, which may send a staff token", () => {
    expect(only('AWS::ApiGatewayV2::Api').properties.CorsConfiguration).toMatchObject({
      AllowOrigins: [{ 'Fn::Join': ['', ['https://', domainOfDistribution()]] }],
      AllowHeaders: expect.arrayContaining(['authorization', 'content-type']),
    });
  });

  test('gives its address as the stack output DashboardUrl', () => {
    expect(template.findOutputs('DashboardUrl').DashboardUrl.Value).toEqual({ 'Fn::Join': ['', ['https://', domainOfDistribution(), '/']] });
  });
});
