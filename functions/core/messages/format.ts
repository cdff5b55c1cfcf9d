import type { Language } from '../../graphql/generated/schema-types';

/** The locale each language is written in; it also sets the date style. */
export const LOCALE: Record<Language, string> = { ZH_CN: 'zh-CN', EN: 'en-GB' };

/** The calendar day of `instant` in `timeZone`, in the language's long style (2026年12月9日, 9 December 2026). */
export function longDate(instant: string | Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone, dateStyle: 'long' }).format(new Date(instant));
}

/** A YYYY-MM-DD calendar date in the language's long style; it names a day, not an instant, so no zone applies. */
export function calendarDate(date: string, language: Language): string {
  return longDate(`${date}T00:00:00Z`, language, 'UTC');
}

/** Day and time in `timeZone`, with the zone named (in full-width brackets in Chinese), for staff who may sit elsewhere. */
export function longDateTime(instant: string, language: Language, timeZone: string): string {
  const formatted = new Intl.DateTimeFormat(LOCALE[language], { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
  return language === 'ZH_CN' ? `${formatted}（${timeZone}）` : `${formatted} (${timeZone})`;
}

/** "a, b and c" / "a、b和c". */
export function listOf(items: string[], language: Language): string {
  return new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(items);
}
