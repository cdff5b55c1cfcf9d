import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalizeReference } from '../intake/codes';
import { verificationKeys, type KeyringSource } from '../secrets/keyring';

/** Hex characters of the HMAC kept in a token: 80 bits, beyond guessing at any rate the throttle allows. */
const MAC_HEX = 20;

/** What a recipient address says: not ours, our plain address (a new complaint), or a reply token, checked. */
export type Recipient = { kind: 'OTHER' } | { kind: 'INBOUND' } | { kind: 'REPLY'; reference: string } | { kind: 'BAD_TOKEN' };

export interface ReplyAddresses {
  /** The deployment's inbound address, lower-cased: new complaints are written to it. */
  readonly inbound: string;
  /** The Reply-To of every email about a complaint: `<local>+<reference>.<mac>@<domain>`, under the current key. */
  forComplaint(reference: string): Promise<string>;
  /**
   * What a recipient address is to the platform (compared case-insensitively: mail systems may fold case).
   * A token made under a key the last rotations retired still counts: replies come to old emails too.
   */
  recipient(address: string): Promise<Recipient>;
}

function split(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/**
 * Reply addresses under the deployment's inbound address. The token names the complaint
 * (its reference) and proves the platform made it: a truncated HMAC-SHA256 of the
 * reference under a key derived from the access-code secret, so nobody can make the
 * token of another complaint from one they were sent. The keys are read when needed, so a
 * rotation reaches functions that are already running.
 */
export function replyAddresses(inboundAddress: string, keys: KeyringSource): ReplyAddresses {
  const inbound = inboundAddress.trim().toLowerCase();
  const own = split(inbound);
  return {
    inbound,
    forComplaint: async (reference) => `${own.local}+${normalizeReference(reference).toLowerCase()}.${mac((await keys.keyring()).current, reference)}@${own.domain}`,
    async recipient(address) {
      const { local, domain } = split(address.trim().toLowerCase());
      if (domain !== own.domain) return { kind: 'OTHER' };
      if (local === own.local) return { kind: 'INBOUND' };
      if (!local.startsWith(`${own.local}+`)) return { kind: 'OTHER' };
      const token = local.slice(own.local.length + 1);
      const dot = token.lastIndexOf('.');
      const reference = normalizeReference(token.slice(0, dot));
      const given = Buffer.from(token.slice(dot + 1));
      const matches = (secret: string) => {
        const expected = Buffer.from(mac(secret, reference));
        return given.length === expected.length && timingSafeEqual(given, expected);
      };
      return dot > 0 && verificationKeys(await keys.keyring()).some(matches) ? { kind: 'REPLY', reference } : { kind: 'BAD_TOKEN' };
    },
  };
}

/** A key of its own per secret key: a token never reveals anything about the access codes the secret also derives. */
function mac(secret: string, reference: string): string {
  const key = createHmac('sha256', secret).update('inbound-email-reply-token').digest();
  return createHmac('sha256', key).update(normalizeReference(reference)).digest('hex').slice(0, MAC_HEX);
}
