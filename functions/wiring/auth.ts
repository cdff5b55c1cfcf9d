import { cognitoTokenVerifier, devIssuerTokenVerifier } from '../adapters/auth/jwt-verifiers';
import type { PlatformConfig } from '../config/environment';
import type { TokenVerifier } from '../core/identity';

/** The verifier for staff tokens; without one, every bearer token is refused. */
export function tokenVerifier({ auth }: PlatformConfig): TokenVerifier | undefined {
  if (auth.cognito) return cognitoTokenVerifier(auth.cognito.userPoolId, auth.cognito.clientId);
  if (auth.devIssuer) return devIssuerTokenVerifier(auth.devIssuer.issuer, auth.devIssuer.audience, auth.devIssuer.jwks);
  return undefined;
}
