import type { WebhookPoster } from '../../core/partners/ports';

/** A receiver that answered anything but 2xx; the name carries the status, never the body. */
export class WebhookRefused extends Error {
  constructor(readonly status: number) {
    super(`webhook receiver answered HTTP ${status}`);
    this.name = `WebhookHttp${status}`;
  }
}

/**
 * Posts with Node's fetch. Redirects are not followed (a redirect could lead anywhere,
 * including inside the network) and count as a refusal; a receiver that does not answer
 * within the timeout counts as unreachable. Either way the workflow retries.
 */
export class FetchWebhookPoster implements WebhookPoster {
  constructor(private readonly timeoutMs = 5_000) {}

  async post(url: string, body: string, headers: Record<string, string>): Promise<void> {
    const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status > 299) throw new WebhookRefused(res.status);
  }
}
