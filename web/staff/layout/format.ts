import type { Locale } from '../../shared/i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', withTime ? { timeZone, dateStyle: 'medium', timeStyle: 'short' } : { timeZone, dateStyle: 'medium' });
    cache.set(key, f);
  }
  return f;
}

/**
 * An instant as the organization's wall clock shows it: deadlines are set in its time zone
 * (its business hours and working days), whatever zone the reader's computer is in.
 */
export function dateTimeIn(instant: string, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, true).format(new Date(instant));
}

export function dateIn(instant: string, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, false).format(new Date(instant));
}

/** 1.2 MB, 850 KB, 12 B. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** An enum value as a CSS class part: AT_RISK → at-risk. */
export const cssName = (value: string) => value.toLowerCase().replace(/_/g, '-');
