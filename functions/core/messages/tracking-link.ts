/**
 * The link every complainant email carries: the portal's track page with the reference
 * filled in (`<TRACKING_URL>?reference=<REF>`). Never the access code: a link is kept in
 * mail folders, browser histories and server logs, and the code is what proves the reader
 * is the complainant.
 */
export function trackingLink(trackingUrl: string, reference: string): string {
  // Joined as text, not parsed: a malformed TRACKING_URL must not stop the email going out.
  return `${trackingUrl}${trackingUrl.includes('?') ? '&' : '?'}reference=${encodeURIComponent(reference)}`;
}
