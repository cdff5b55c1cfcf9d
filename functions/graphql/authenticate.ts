import { GraphQLError } from 'graphql';
import type { ApiKeyVerifier, Caller, TokenVerifier } from '../core/identity';

const header = (headers: Record<string, string | undefined>, name: string) =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1]?.trim() || undefined;

const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Who is calling: a bearer token is a member of staff, an x-api-key a partner, neither
 * a complainant without an account. Credentials that are present but wrong refuse the
 * whole request, so a typo never silently downgrades a caller to anonymous.
 */
export async function authenticate(
  headers: Record<string, string | undefined>,
  verifiers: { tokens?: TokenVerifier; apiKeys?: ApiKeyVerifier },
): Promise<Caller> {
  const authorization = header(headers, 'authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token || !verifiers.tokens) throw refused('The bearer token is not valid.');
    try {
      return { kind: 'STAFF', ...(await verifiers.tokens.verify(token)) };
    } catch {
      throw refused('The bearer token is not valid or has expired.');
    }
  }
  const apiKey = header(headers, 'x-api-key');
  if (apiKey) {
    const partner = verifiers.apiKeys ? await verifiers.apiKeys.verify(apiKey) : null;
    if (!partner) throw refused('The API key is not valid.');
    return { kind: 'PARTNER', ...partner };
  }
  return { kind: 'ANONYMOUS' };
}
