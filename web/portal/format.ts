import type { Language } from './generated/graphql';

/** A page language ('zh-CN' or 'en', web/shared/i18n.ts Locale), also a BCP 47 tag Intl reads. */
type Locale = string;

/** The API's language for a page language. */
export const languageOf = (locale: Locale): Language => (locale === 'en' ? 'EN' : 'ZH_CN');

/**
 * An instant as a person reads it, in their language and their device's time zone, named:
 * a deadline is the end of a working day where the organization is, which may not be where they are.
 */
export const formatDateTime = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));

/** A calendar day (YYYY-MM-DD) as written in the language; the day itself, whatever the time zone. */
export const formatDay = (day: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** Today on the device, YYYY-MM-DD: the latest day a complaint may say it happened. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A file size in KB or MB, as file pickers show it. */
export function formatSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number.format(Math.max(bytes / 1024, 0.1))} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/** A reference as the API stores it: typed in lower case or with spaces, it is still found. */
export const normalizeReference = (reference: string): string => reference.replace(/\s+/g, '').toUpperCase();
