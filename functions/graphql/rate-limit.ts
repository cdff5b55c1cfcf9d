import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimited } from '../core/errors';
import type { Caller } from '../core/identity';
import { countPartnerRequest, DEFAULT_PARTNER_RATE_LIMIT_PER_MINUTE } from '../core/partners/rate-limit';
import type { GraphqlServices } from './context';

/**
 * Counts a partner's request before anything runs; over the limit the whole request is
 * refused with HTTP 429, `Retry-After` and RATE_LIMITED with `extensions.retryAfterSeconds`.
 * Staff and complainants are not counted here (API Gateway's stage throttling limits everyone).
 */
export async function enforcePartnerRateLimit(services: GraphqlServices, caller: Caller): Promise<void> {
  if (caller.kind !== 'PARTNER' || !services.partners) return;
  try {
    await countPartnerRequest(services.partners, caller, services.partnerRateLimitPerMinute ?? DEFAULT_PARTNER_RATE_LIMIT_PER_MINUTE, services.clock.now());
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds: error.retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
      },
    });
  }
}
