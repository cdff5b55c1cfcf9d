import i18next, { type i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'complaint-platform.language';

/** The language chosen last on this device, else Chinese: the platform's first audience. */
export function rememberedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage refused (private mode): the default serves.
  }
  return 'zh-CN';
}

/**
 * One i18next instance per app, holding its two catalogs. The catalogs are flat
 * (`"submit.title": "…"`), so a key is a plain string and `MessageKey` is checked by TypeScript.
 */
export function createI18n<Catalog extends Record<string, string>>(catalogs: Record<Locale, Catalog>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: rememberedLocale(),
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: catalogs['zh-CN'] }, en: { translation: catalogs.en } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Not remembered, still switched.
    }
  });
  document.documentElement.lang = instance.language;
  return instance;
}

/** `t` for a catalog's keys, re-rendering the component when the language changes. */
export function useTranslator<Key extends string>(instance: i18n): { t: (key: Key, values?: Record<string, string | number>) => string; locale: Locale; setLocale: (l: Locale) => void } {
  const [locale, setLocaleState] = useState(instance.language as Locale);
  useEffect(() => {
    const onChange = (lng: string) => setLocaleState(lng as Locale);
    instance.on('languageChanged', onChange);
    return () => instance.off('languageChanged', onChange);
  }, [instance]);
  return {
    t: (key, values) => instance.t(key, values ?? {}),
    locale,
    setLocale: (l) => void instance.changeLanguage(l),
  };
}
