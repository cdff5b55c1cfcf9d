import { countPartnerRequest, rateWindow, retryAfterSeconds } from '../../../functions/core/partners/rate-limit';
import { RateLimited } from '../../../functions/core/errors';
import { InMemoryPartnerStore } from '../../harness/in-memory-partner-store';

const PARTNER = { organizationId: 'acme', partnerId: 'shop-1' };

describe('the per-partner rate limit', () => {
  it('counts in fixed one-minute windows', () => {
    expect(rateWindow(new Date('2026-11-30T02:00:59.999Z'))).toEqual({ start: Date.parse('2026-11-30T02:00:00Z') / 1000, end: Date.parse('2026-11-30T02:01:00Z') / 1000 });
    expect(retryAfterSeconds(new Date('2026-11-30T02:00:15.200Z'), rateWindow(new Date('2026-11-30T02:00:15.200Z')))).toBe(45);
    expect(retryAfterSeconds(new Date('2026-11-30T02:00:59.999Z'), rateWindow(new Date('2026-11-30T02:00:59.999Z')))).toBe(1);
  });

  it('lets the limit through, refuses the next with the seconds until the window ends, and starts again in the next window', async () => {
    const counter = new InMemoryPartnerStore();
    const at = new Date('2026-11-30T02:00:20Z');
    for (let i = 0; i < 3; i += 1) await countPartnerRequest(counter, PARTNER, 3, at);
    const refused = await countPartnerRequest(counter, PARTNER, 3, at).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 40 });
    await expect(countPartnerRequest(counter, PARTNER, 3, new Date('2026-11-30T02:01:00Z'))).resolves.toBeUndefined();
  });

  it('counts each partner on its own, and forgets a window a minute after it ends', async () => {
    const counter = new InMemoryPartnerStore();
    const at = new Date('2026-11-30T02:00:20Z');
    await countPartnerRequest(counter, PARTNER, 1, at);
    await expect(countPartnerRequest(counter, { ...PARTNER, partnerId: 'shop-2' }, 1, at)).resolves.toBeUndefined();
    await expect(countPartnerRequest(counter, { ...PARTNER, organizationId: 'globex' }, 1, at)).resolves.toBeUndefined();
    expect([...counter.counters.values()].map((c) => c.expiresAt)).toEqual(Array(3).fill(Date.parse('2026-11-30T02:02:00Z') / 1000));
  });
});
