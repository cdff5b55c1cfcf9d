import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './i18n';

/**
 * A page whose code loads when it is first shown: the start page's bundle stays small
 * (the portal's first load is budgeted at 80 KB), and each page fetches its own chunk.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): FunctionComponent {
  let loaded: ComponentType | undefined;
  return function LazyPage() {
    const { t } = useT();
    const [Page, setPage] = useState<ComponentType | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      load().then(
        (module) => {
          loaded = module.default;
          setPage(() => module.default);
        },
        () => setFailed(true),
      );
    }, [Page]);
    if (failed) return <p class="alert" role="alert">{t('error.load')}</p>;
    return Page ? <Page /> : <p role="status">{t('loading')}</p>;
  };
}
