import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be posted. The same rules are applied when a partner registers a
 * URL (to the host as written) and again at every delivery (to each address the host
 * resolves to at that moment), so a name that later resolves inside the network, or
 * rebinds between the check and the connection, is refused: the poster connects to the
 * address checked here and nowhere else.
 */

/**
 * The cloud metadata services. Their ranges are refused anyway (169.254.169.254 is
 * link-local, fd00:ec2::254 unique-local); named as well so that they stay refused
 * whatever ipaddr.js's range table says.
 */
const METADATA_ADDRESSES = ['169.254.169.254', 'fd00:ec2::254'].map((a) => ipaddr.parse(a).toNormalizedString());

/**
 * IPv6's global unicast block. ipaddr.js calls whatever it has no range for 'unicast',
 * which includes IPv4-compatible addresses (::/96, deprecated): the URL parser writes
 * [::127.0.0.1] as [::7f00:1], which ipaddr.js does not see as loopback.
 */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The local stack's receivers on the same machine: http to these exact hosts, and only there. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** What the local hosts may resolve to. */
const LOCAL_ADDRESSES = new Set(['127.0.0.1', '::1']);

export interface TargetPolicy {
  /** The local stack: http://127.0.0.1 and http://localhost are allowed besides public https. */
  allowLocalHttp: boolean;
}

/** The address in its plain form, IPv4-mapped IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) turned into the IPv4 it names. */
function plain(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (!ipaddr.isValid(address)) return undefined;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

/**
 * Whether an address is on the public internet: ipaddr.js's 'unicast' range and nothing
 * else, for IPv6 within 2000::/3. Refused among others: loopback, private (RFC 1918), link-local, carrier-grade NAT,
 * unique-local, unspecified (0.0.0.0, ::), broadcast, multicast, reserved and
 * documentation ranges, and IPv6 forms that embed an IPv4 address (6to4, Teredo, NAT64)
 * whose IPv4 half could be anything.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = plain(address);
  if (!parsed) return false;
  if (METADATA_ADDRESSES.includes(parsed.toNormalizedString())) return false;
  return parsed.range() === 'unicast' && (parsed.kind() === 'ipv4' || (parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6));
}

/** Why a URL is not a webhook target, in words a partner can act on; undefined when it is one. */
export function targetProblem(url: URL, policy: TargetPolicy): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol === 'http:') {
    return policy.allowLocalHttp && LOCAL_HOSTS.has(host) ? undefined : 'must be https (http only to 127.0.0.1 or localhost in the local stack)';
  }
  if (url.protocol !== 'https:') return 'must be https';
  if (ipaddr.isValid(host) ? !isPublicAddress(host) : host === 'localhost' || host.endsWith('.localhost')) {
    return 'must not point at a private, loopback, link-local or other internal address';
  }
  return undefined;
}

/** Refused at delivery: the URL or an address its host resolves to is not allowed. Names no address. */
export class WebhookTargetRefused extends Error {
  constructor() {
    super('the webhook host is or resolves to an address that is not allowed');
    this.name = 'WebhookTargetRefused';
  }
}

/** An address and its family, as node:dns answers. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has now (node:dns lookup with `all: true`). */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;

/**
 * The one address a delivery may connect to: the URL is checked again (the policy may be
 * stricter than when it was registered), its host resolved, and every address it
 * resolves to must be allowed (a name with one internal address among public ones is
 * refused, rather than trusting the order of the answer). IPv4 is preferred: Lambda
 * functions outside a VPC reach the internet over IPv4 only.
 */
export async function checkedAddress(url: string, policy: TargetPolicy, resolve: Resolve): Promise<{ url: URL; address: ResolvedAddress }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookTargetRefused();
  }
  if (targetProblem(parsed, policy) !== undefined || parsed.username || parsed.password) throw new WebhookTargetRefused();
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const local = parsed.protocol === 'http:';
  const addresses = ipaddr.isValid(host) ? [{ address: host, family: ipaddr.IPv4.isValid(host) ? 4 : 6 }] : await resolve(host);
  const allowed = (a: ResolvedAddress) => (local ? LOCAL_ADDRESSES.has(a.address) : isPublicAddress(a.address));
  if (addresses.length === 0 || !addresses.every(allowed)) throw new WebhookTargetRefused();
  const address = addresses.find((a) => a.family === 4) ?? addresses[0];
  return { url: parsed, address };
}
