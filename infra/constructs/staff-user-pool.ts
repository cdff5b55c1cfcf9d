import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { StaffAuthConfig } from '../../web/staff/auth/auth-config';

/**
 * The custom attributes of a member of staff, as they appear in the ID token
 * (`custom:org`, `custom:role`, `custom:staff_id`). Custom attributes can be neither
 * removed nor changed once the pool exists, so they carry no length limits here.
 * Cognito cannot hold `custom:role` to the GraphQL Role enum (ADMIN, SUPERVISOR,
 * HANDLER, ANALYST): the GraphQL function checks it.
 */
export const STAFF_ATTRIBUTES = ['org', 'role', 'staff_id'] as const;

export interface StaffUserPoolProps {
  /** The host name the staff workspace is served from (its CloudFront distribution's): sign-in returns to it. */
  siteDomain: string;
  /**
   * The prefix of the managed login domain, `<prefix>.auth.<region>.amazoncognito.com`,
   * which must be unique in the region across all accounts: the stack's name and the
   * account by default. Lower-case letters, digits and hyphens; never "aws", "amazon" or "cognito".
   */
  domainPrefix?: string;
}

/**
 * Staff sign-in: a Cognito user pool whose users only an administrator creates, with the
 * email address as user name, TOTP MFA required and threat protection enforced; Cognito's
 * managed login on a Cognito-prefix domain; and the staff workspace's app client, an OAuth
 * 2.0 public client (authorization code with PKCE, no secret). Retained on stack deletion.
 */
export class StaffUserPool extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** The staff workspace's `auth` config (web/staff/auth/auth-config.ts) for this pool and site. */
  readonly authConfig: StaffAuthConfig;

  constructor(scope: Construct, id: string, props: StaffUserPoolProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      customAttributes: {
        // The organization a member of staff belongs to is set once, at creation.
        org: new cognito.StringAttribute({ mutable: false }),
        role: new cognito.StringAttribute({ mutable: true }),
        staff_id: new cognito.StringAttribute({ mutable: true }),
      },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      // Staff read complainants' personal data: a password alone is not enough. TOTP only:
      // SMS would need an SNS role and spend, and is open to SIM swapping.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Compromised-credential detection and adaptive authentication need the Plus plan
      // (billed per monthly active user, with no free tier; see docs/INFRA-NOTES.md).
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Managed login (version 2), which also serves TOTP enrolment on first sign-in.
    this.domain = this.userPool.addDomain('ManagedLogin', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `${stack.stackName.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-${stack.account}` },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const site = `https://${props.siteDomain}`;
    const custom = STAFF_ATTRIBUTES;
    this.client = this.userPool.addClient('StaffSpa', {
      // A public client: the code runs in the browser, where no secret stays secret; PKCE binds each code to its tab.
      generateSecret: false,
      // The password sign-in managed login offers (SRP), and refresh tokens.
      authFlows: { userSrp: true },
      oAuth: {
        // The authorization code grant only: no implicit grant (tokens in URLs), no client credentials.
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${site}/staff/callback`],
        logoutUrls: [`${site}/staff/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // One working day rather than 30 days: staff read complainants' personal data, and a refresh
      // token taken from a tab is good for a shift at most; staff sign in once a day (with MFA).
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
        .withCustomAttributes(...custom),
      // Never the custom attributes: a user who could write custom:role could make themselves ADMIN.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true, locale: true }),
    });

    // Managed login needs a style for the client; Cognito's own, as nothing here is branded.
    new cognito.CfnManagedLoginBranding(this, 'ManagedLoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    const login = this.domain.baseUrl();
    this.authConfig = {
      authorizeUrl: `${login}/oauth2/authorize`,
      tokenUrl: `${login}/oauth2/token`,
      revokeUrl: `${login}/oauth2/revoke`,
      logoutUrl: `${login}/logout`,
      clientId: this.client.userPoolClientId,
      redirectUri: `${site}/staff/callback`,
      logoutRedirectUri: `${site}/staff/`,
      scopes: ['openid', 'email', 'profile'],
    };
  }
}
