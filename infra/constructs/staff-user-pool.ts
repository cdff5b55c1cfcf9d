import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * The custom attributes of a member of staff, as they appear in the ID token
 * (`custom:org`, `custom:role`, `custom:staff_id`). Custom attributes can be neither
 * removed nor changed once the pool exists, so they carry no length limits here.
 * Cognito cannot hold `custom:role` to the GraphQL Role enum (ADMIN, SUPERVISOR,
 * HANDLER, ANALYST): the GraphQL function checks it.
 */
export const STAFF_ATTRIBUTES = ['org', 'role', 'staff_id'] as const;

/**
 * Staff sign-in: a Cognito user pool whose users only an administrator creates, with the
 * email address as user name, TOTP MFA required and threat protection enforced, and an
 * app client for the staff SPA (SRP, no secret, no OAuth). Retained on stack deletion.
 */
export class StaffUserPool extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
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

    const custom = STAFF_ATTRIBUTES;
    this.client = this.userPool.addClient('StaffSpa', {
      generateSecret: false,
      authFlows: { userSrp: true },
      // The SPA signs in with SRP through the Cognito API: no hosted UI, so no OAuth flow at all.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // One working day: a stolen refresh token is good for hours, not weeks.
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
        .withCustomAttributes(...custom),
      // Never the custom attributes: a user who could write custom:role could make themselves ADMIN.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true, locale: true }),
    });
  }
}
