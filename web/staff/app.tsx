import type { Client } from '@urql/core';
import { Provider } from '@urql/preact';
import { Link, Route, Router, Switch } from 'wouter-preact';
import { LanguageSwitch } from '../shared/language-switch';
import { AdminSection } from './admin/admin-section';
import { AnalyticsSection } from './analytics/analytics-section';
import { CasePage } from './case/case-page';
import { ComplaintListsPage } from './complaints/complaint-lists-page';
import { NewComplaintPage } from './complaints/new-complaint-page';
import { useT } from './i18n';
import { InboundEmailSection, InboxSection } from './inbox/inbox-section';
import { SiteNav } from './layout/site-nav';
import { WorkspaceProvider } from './layout/workspace';
import type { Session } from './session';

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
          <SiteNav session={session} />
          <LanguageSwitch locale={locale} setLocale={setLocale} />
        </header>
        <main id="main">
          <Switch>
            <Route path="/">{() => <WorkspaceProvider><ComplaintListsPage queue /></WorkspaceProvider>}</Route>
            <Route path="/complaints">{() => <WorkspaceProvider><ComplaintListsPage /></WorkspaceProvider>}</Route>
            <Route path="/complaints/new">{() => <WorkspaceProvider><NewComplaintPage /></WorkspaceProvider>}</Route>
            <Route path="/complaints/:id">{(params) => <WorkspaceProvider><CasePage params={params} /></WorkspaceProvider>}</Route>
            <Route path="/inbox" component={InboxSection} />
            <Route path="/inbox/:id">{(params) => <InboundEmailSection params={params} />}</Route>
            <Route path="/admin" nest><AdminSection /></Route>
            <Route path="/analytics" nest><AnalyticsSection /></Route>
            <Route component={NotFound} />
          </Switch>
        </main>
      </Router>
    </Provider>
  );
}
