import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookPoster } from '../../core/partners/ports';
import { CORRELATION_HEADER, currentCorrelationId } from '../observability/correlation';
import { checkedAddress, type ResolvedAddress, type Resolve, type TargetPolicy } from '../../core/partners/webhook-targets';

/** A receiver that answered anything but 2xx; the name carries the status, never the body. */
export class WebhookRefused extends Error {
  constructor(readonly status: number) {
    super(`webhook receiver answered HTTP ${status}`);
    this.name = `WebhookHttp${status}`;
  }
}

/** No answer (or no address) within the timeout. */
export class WebhookTimeout extends Error {
  constructor() {
    super('webhook receiver did not answer in time');
    this.name = 'WebhookTimeout';
  }
}

const systemResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

/** A `lookup` for node:net that answers the checked address whatever it is asked, so the socket goes nowhere else. */
function pinnedLookup(address: ResolvedAddress): LookupFunction {
  return (_host, options, callback) => {
    if (options.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  };
}

/**
 * Posts with node:http(s). At every delivery the host is resolved and each of its
 * addresses checked (core/partners/webhook-targets.ts), then the connection is made to
 * the checked address through a pinned `lookup`: the URL's host name still goes into the
 * Host header and, for https, into SNI and the certificate check. Redirects are not
 * followed (a redirect could lead anywhere, including inside the network) and count as a
 * refusal; a receiver that does not answer within the timeout counts as unreachable.
 * Either way the workflow retries. No connection is kept or reused (`agent: false`): each
 * delivery connects to the address checked for it.
 */
export class HttpWebhookPoster implements WebhookPoster {
  private readonly timeoutMs: number;
  private readonly resolve: Resolve;

  constructor(
    private readonly policy: TargetPolicy,
    options: { timeoutMs?: number; resolve?: Resolve } = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.resolve = options.resolve ?? systemResolve;
  }

  async post(url: string, body: string, headers: Record<string, string>): Promise<void> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    const timedOut = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new WebhookTimeout()), { once: true }));
    timedOut.catch(() => undefined);
    const { url: target, address } = await Promise.race([checkedAddress(url, this.policy, this.resolve), timedOut]);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    // The partner can quote it to us: it finds the request in our logs.
    const correlationId = currentCorrelationId();
    const status = await Promise.race([
      new Promise<number>((resolve, reject) => {
        const req = send(
          target,
          { method: 'POST', headers: { ...headers, ...(correlationId ? { [CORRELATION_HEADER]: correlationId } : {}), 'content-length': String(Buffer.byteLength(body)) }, lookup: pinnedLookup(address), signal, agent: false },
          (res: IncomingMessage) => {
            // The answer's body is not read: only its status counts.
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', (error) => reject(signal.aborted ? new WebhookTimeout() : error));
        req.end(body);
      }),
      timedOut,
    ]);
    if (status < 200 || status > 299) throw new WebhookRefused(status);
  }
}
