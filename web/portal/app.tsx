import type { Client } from '@urql/core';
import { Provider } from '@urql/preact';
import { Link, Route, Switch } from 'wouter-preact';
import { LanguageSwitch } from '../shared/language-switch';
import { useT } from './i18n';
import { lazyPage } from './lazy-page';
import { usePageTitle } from './page-title';

const SubmitPage = lazyPage(() => import('./submit/submit-page'));
const SubmittedPage = lazyPage(() => import('./submit/submitted-page'));
const TrackPage = lazyPage(() => import('./track/track-page'));

function Home() {
  const { t } = useT();
  usePageTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <div class="home-actions">
        <Link href="/submit" class="button primary">{t('home.submit')}</Link>
        <Link href="/track" class="button">{t('home.track')}</Link>
      </div>
    </>
  );
}

function NotFound() {
  const { t } = useT();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </>
  );
}

export function App({ client }: { client: Client }) {
  const { t, locale, setLocale } = useT();
  return (
    <Provider value={client}>
      <a class="skip-link" href="#main">{t('nav.skip')}</a>
      <header class="site">
        <Link href="/" class="brand">{t('site.name')}</Link>
        <LanguageSwitch locale={locale} setLocale={setLocale} />
      </header>
      <main id="main">
        <Switch>
          <Route path="/" component={Home} />
          <Route path="/submit" component={SubmitPage} />
          <Route path="/submitted" component={SubmittedPage} />
          <Route path="/track" component={TrackPage} />
          <Route component={NotFound} />
        </Switch>
      </main>
    </Provider>
  );
}
