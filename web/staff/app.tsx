import type { Client } from '@urql/core';
import { Provider, useQuery } from '@urql/preact';
import { Link, Route, Router, Switch } from 'wouter-preact';
import { LanguageSwitch } from '../shared/language-switch';
import { AdminSection } from './admin/admin-section';
import { AnalyticsSection } from './analytics/analytics-section';
import { useT } from './i18n';
import type { Session } from './session';
import { ViewerQuery } from './viewer.graphql';

function Home() {
  const { t } = useT();
  const [{ data }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{viewer?.kind === 'STAFF' ? t('home.signedInAs', { role: viewer.role ?? '', organization: viewer.organizationId ?? '' }) : t('home.notSignedIn')}</p>
    </>
  );
}

function NotFound() {
  const { t } = useT();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </>
  );
}

export function App({ client, session }: { client: Client; session: Session }) {
  const { t, locale, setLocale } = useT();
  return (
    <Provider value={client}>
      <Router base="/staff">
        <a class="skip-link" href="#main">{t('nav.skip')}</a>
        <header class="site">
          <Link href="/" class="brand">{t('site.name')}</Link>
          <LanguageSwitch locale={locale} setLocale={setLocale} />
          <button type="button" onClick={() => session.signOut()}>{t('nav.signOut')}</button>
        </header>
        <main id="main">
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/admin" nest><AdminSection /></Route>
            <Route path="/analytics" nest><AnalyticsSection /></Route>
            <Route component={NotFound} />
          </Switch>
        </main>
      </Router>
    </Provider>
  );
}
