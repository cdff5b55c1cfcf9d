import type { PlatformConfig } from '../config/environment';
import type { TokenVerifier } from '../core/identity';
import { builtOnFirstCall } from './lazy';

const verifiers = () => import('../adapters/auth/jwt-verifiers');

/** The verifier for staff tokens, built on the first token (complainants and partners send none); without one, every bearer token is refused. */
export function tokenVerifier({ auth: { cognito, devIssuer } }: PlatformConfig): TokenVerifier | undefined {
  const build = cognito
    ? async () => (await verifiers()).cognitoTokenVerifier(cognito.userPoolId, cognito.clientId)
    : devIssuer && (async () => (await verifiers()).devIssuerTokenVerifier(devIssuer.issuer, devIssuer.audience, devIssuer.jwks));
  return build ? builtOnFirstCall(build, { verify: true }) : undefined;
}
