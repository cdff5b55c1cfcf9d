import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { StaffUserPool } from '../../infra/constructs/staff-user-pool';
import { addNagChecks } from '../../infra/nag';

// The staff user pool on its own, with the cdk-nag checks on (an unacknowledged finding fails the synthesis here).
const app = new App();
addNagChecks(app);
const stack = new Stack(app, 'StaffSignIn', { env: { account: '123456789012', region: 'eu-west-2' } });
const staff = new StaffUserPool(stack, 'Staff', { siteDomain: 'd111111abcdef8.cloudfront.net' });
const template = Template.fromStack(stack);

const logicalIdOf = (construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as CfnElement);
const client = () => template.toJSON().Resources[logicalIdOf(staff.client)].Properties;

describe('staff sign-in with Cognito managed login', () => {
  test('the pool has a Cognito-prefix domain for managed login, named after the stack and account', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'staffsignin-123456789012',
      ManagedLoginVersion: 2,
      UserPoolId: { Ref: logicalIdOf(staff.userPool) },
    });
  });

  test('managed login has a style for the workspace\'s client (Cognito\'s own), without which its pages do not show', () => {
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      UserPoolId: { Ref: logicalIdOf(staff.userPool) },
      ClientId: { Ref: logicalIdOf(staff.client) },
      UseCognitoProvidedValues: true,
    });
  });

  test('the workspace\'s client is an OAuth public client: authorization code only (PKCE, no secret), OpenID scopes, back to the site\'s /staff/ pages', () => {
    expect(client()).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://d111111abcdef8.cloudfront.net/staff/callback'],
      LogoutURLs: ['https://d111111abcdef8.cloudfront.net/staff/'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
  });

  test('ID and access tokens live an hour, the refresh token a working day', () => {
    expect(client()).toMatchObject({
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 12 * 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  test('the workspace\'s sign-in config names the managed login endpoints, the client and the site\'s pages', () => {
    const resolved = stack.resolve(staff.authConfig);
    const login = (path: string) => ({
      'Fn::Join': ['', ['https://', { Ref: logicalIdOf(staff.domain) }, `.auth.eu-west-2.amazoncognito.com${path}`]],
    });
    expect(resolved).toEqual({
      authorizeUrl: login('/oauth2/authorize'),
      tokenUrl: login('/oauth2/token'),
      revokeUrl: login('/oauth2/revoke'),
      logoutUrl: login('/logout'),
      clientId: { Ref: logicalIdOf(staff.client) },
      redirectUri: 'https://d111111abcdef8.cloudfront.net/staff/callback',
      logoutRedirectUri: 'https://d111111abcdef8.cloudfront.net/staff/',
      scopes: ['openid', 'email', 'profile'],
    });
  });
});
