import type { Actor } from './complaint';
import type { Role } from '../graphql/generated/types';

export type { Role };

/** Who is calling, as established from the request: a signed-in member of staff, a partner's API key, or nobody. */
export type Caller =
  | { kind: 'STAFF'; organizationId: string; staffId: string; role: Role }
  | { kind: 'PARTNER'; organizationId: string; partnerId: string; keyId: string }
  | { kind: 'ANONYMOUS' };

/** How a caller is recorded in a complaint's history: anonymous callers are complainants. */
export function actorOf(caller: Caller): Actor {
  switch (caller.kind) {
    case 'STAFF':
      return { kind: 'STAFF', id: caller.staffId };
    case 'PARTNER':
      return { kind: 'PARTNER', id: caller.partnerId };
    case 'ANONYMOUS':
      return { kind: 'COMPLAINANT' };
  }
}

/** The organization a caller acts for; anonymous complainants use the deployment's own. */
export const organizationOf = (caller: Caller, deploymentOrganization: string): string =>
  caller.kind === 'ANONYMOUS' ? deploymentOrganization : caller.organizationId;

/** Verifies a bearer token and reads who it names. Throws when the token is not valid. */
export interface TokenVerifier {
  verify(token: string): Promise<{ organizationId: string; staffId: string; role: Role }>;
}

/** Finds the partner an API key belongs to; null for an unknown, wrong or revoked key. */
export interface ApiKeyVerifier {
  verify(apiKey: string): Promise<{ organizationId: string; partnerId: string; keyId: string } | null>;
}

export class InvalidCredentials extends Error {
  constructor() {
    super('invalid credentials');
    this.name = 'InvalidCredentials';
  }
}
