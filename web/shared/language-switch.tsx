import type { Locale } from './i18n';

/** One button to the other language, named in that language, as bilingual sites do. */
export function LanguageSwitch({ locale, setLocale }: { locale: Locale; setLocale: (l: Locale) => void }) {
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button type="button" class="language-switch" lang={other} onClick={() => setLocale(other)}>
      {other === 'en' ? 'English' : '中文'}
    </button>
  );
}
