import { RateLimited } from '../errors';
import type { RateCounter } from './ports';

/**
 * Per-partner rate limit: a fixed one-minute window, one counter item per partner and
 * window, counted atomically in the table and forgotten (TTL) a minute after the window
 * ends. The same code runs in the cloud and in the local stack; API Gateway's stage
 * throttling stays the outer limit for everyone.
 */
export const RATE_WINDOW_SECONDS = 60;
export const DEFAULT_PARTNER_RATE_LIMIT_PER_MINUTE = 120;

export interface RateWindow {
  /** Epoch seconds. */
  start: number;
  end: number;
}

export function rateWindow(now: Date, seconds = RATE_WINDOW_SECONDS): RateWindow {
  const epoch = Math.floor(now.getTime() / 1000);
  const start = epoch - (epoch % seconds);
  return { start, end: start + seconds };
}

export const counterName = (organizationId: string, partnerId: string, window: RateWindow): string => `${organizationId}#${partnerId}#${window.start}`;

/** Seconds until the window ends, at least 1. */
export const retryAfterSeconds = (now: Date, window: RateWindow): number => Math.max(1, Math.ceil(window.end - now.getTime() / 1000));

/** Counts this request against the partner's window; throws RateLimited once the limit is passed. */
export async function countPartnerRequest(
  counter: RateCounter,
  partner: { organizationId: string; partnerId: string },
  limitPerMinute: number,
  now: Date,
): Promise<void> {
  const window = rateWindow(now);
  const count = await counter.increment(counterName(partner.organizationId, partner.partnerId, window), window.end + RATE_WINDOW_SECONDS);
  if (count > limitPerMinute) throw new RateLimited(retryAfterSeconds(now, window));
}
