import { useEffect } from 'preact/hooks';
import { useT } from './i18n';

/** Names the browser tab after the page, in the page's language (screen readers announce it on arrival). */
export function usePageTitle(title: string): void {
  const { t } = useT();
  const site = t('site.name');
  useEffect(() => {
    document.title = `${title} · ${site}`;
  }, [title, site]);
}
