import type { InboundEmailFieldsFragment, InboundEmailState } from '../../generated/graphql';

/**
 * The tabs of the received email, one API state each (inboundEmails filters one state at a
 * time), or every state. The two that need a person come first; the list opens on the
 * unmatched replies.
 */
export const INBOX_TABS = ['UNMATCHED', 'UNPROCESSED', 'ALL', 'NEW_COMPLAINT', 'JOINED_COMPLAINT', 'AUTOMATIC', 'THROTTLED', 'REJECTED'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];
export const DEFAULT_TAB: InboxTab = 'UNMATCHED';

/** The tab a URL's query names (`?state=UNPROCESSED`, `?state=ALL`); the default for none or an unknown one. */
export function tabFromQuery(query: string): InboxTab {
  const named = new URLSearchParams(query).get('state');
  return (INBOX_TABS as readonly string[]).includes(named ?? '') ? (named as InboxTab) : DEFAULT_TAB;
}

/** The path of a tab: the default one without a query, so the section's plain link opens it. */
export function tabPath(tab: InboxTab): string {
  return tab === DEFAULT_TAB ? '/inbox' : `/inbox?${new URLSearchParams({ state: tab })}`;
}

/** The API's state filter for a tab: none for every state. */
export function stateOfTab(tab: InboxTab): InboundEmailState | null {
  return tab === 'ALL' ? null : tab;
}

/** An email kept for staff that processing again may place: the unmatched reply (after a fix of its sender or token) and the unprocessed message. */
export function mayReprocess(state: InboundEmailState): boolean {
  return state === 'UNMATCHED' || state === 'UNPROCESSED';
}

/**
 * The reason codes the workspace has words for; any other is shown as its code, so a
 * reason added to the intake later still tells staff something exact.
 */
export const KNOWN_REASONS = [
  // Unmatched replies.
  'UNKNOWN_SENDER',
  'BAD_TOKEN',
  'STALE_TOKEN',
  'NOT_IN_THREAD',
  'COMPLAINT_GONE',
  // Automatic messages.
  'BOUNCE',
  'MAILER_DAEMON',
  'AUTO_SUBMITTED',
  'AUTOREPLY_HEADER',
  'EXCHANGE_GENERATED',
  'PRECEDENCE',
  'MAILING_LIST',
  'OUT_OF_OFFICE_SUBJECT',
  'OWN_ADDRESS',
  // Held or refused.
  'TOO_MANY_FROM_SENDER',
  'TOO_LARGE',
  'NO_SENDER',
  // Unprocessed.
  'PARSE_FAILED',
  'PROCESSING',
  'PROCESSING_FAILED',
  // Joined a complaint.
  'ANSWERED_REQUEST',
  'COMPLAINANT_MESSAGE',
  'ALREADY_JOINED',
] as const;
export type KnownReason = (typeof KNOWN_REASONS)[number];

/** How a reason is shown: the catalog's words for a known code, the code itself for another. */
export function reasonWording(reason: string): { key: `inbox.reason.${KnownReason}` } | { code: string } {
  return (KNOWN_REASONS as readonly string[]).includes(reason) ? { key: `inbox.reason.${reason as KnownReason}` } : { code: reason };
}

/** The sender-authentication checks in the order the page lists them, then the content scans. */
export const CHECKS = ['spf', 'dkim', 'dmarc', 'spam', 'virus'] as const;
export type Check = (typeof CHECKS)[number];

/** The sender-authentication checks (SPF, DKIM, DMARC) that failed: what the warning badge names. */
export function failedAuthentication(verdicts: InboundEmailFieldsFragment['verdicts']): Check[] {
  return (['spf', 'dkim', 'dmarc'] as const).filter((check) => verdicts?.[check] === 'FAIL');
}
