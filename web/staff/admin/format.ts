import { useT } from '../i18n';

/** Date and time in the reader's language; '–' for none. */
export function useDateTime(): (iso: string | null | undefined) => string {
  const { locale } = useT();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso) => (iso ? format.format(new Date(iso)) : '–');
}
