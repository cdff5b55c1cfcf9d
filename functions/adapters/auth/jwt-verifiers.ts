import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { InvalidCredentials, type Role, type TokenVerifier } from '../../core/identity';

const ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST'];

/** Organization, role and staff id come from the token's claims, as Cognito's custom attributes name them. */
function claimsOf(payload: JwtPayload): { organizationId: string; staffId: string; role: Role } {
  const organizationId = payload['custom:org'];
  const role = payload['custom:role'];
  const staffId = payload['custom:staff_id'] ?? payload.sub;
  if (typeof organizationId !== 'string' || !organizationId || typeof staffId !== 'string' || !staffId || !ROLES.includes(role as Role)) {
    throw new InvalidCredentials();
  }
  return { organizationId, staffId, role: role as Role };
}

async function checked(verify: () => Promise<JwtPayload>) {
  try {
    return claimsOf(await verify());
  } catch {
    // The library's message may quote the token; callers get one opaque error.
    throw new InvalidCredentials();
  }
}

/** Staff ID tokens from the stack's Cognito user pool. */
export function cognitoTokenVerifier(userPoolId: string, clientId: string): TokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId, clientId, tokenUse: 'id' });
  return { verify: (token) => checked(() => verifier.verify(token)) };
}

/** Tokens from the local development issuer; configured only in the local stack. */
export function devIssuerTokenVerifier(issuer: string, audience: string, jwks: { keys: unknown[] }): TokenVerifier {
  const verifier = JwtVerifier.create({ issuer, audience, jwksUri: `${issuer}/.well-known/jwks.json` });
  verifier.cacheJwks(jwks as never);
  return { verify: (token) => checked(() => verifier.verify(token)) };
}
