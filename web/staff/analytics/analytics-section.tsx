import { Route, Switch } from 'wouter-preact';
import { RoleGate, SectionLink } from '../admin/admin-section';
import { useT } from '../i18n';
import './analytics.css';
import { ActionPage } from './action-page';
import { ActionsPage } from './actions-page';
import { DashboardPage } from './dashboard-page';

/**
 * The analytics section, for ADMIN, SUPERVISOR and ANALYST: mount it under /analytics with a
 * nested route (`<Route path="/analytics" nest><AnalyticsSection /></Route>`); its routes are relative.
 */
export function AnalyticsSection() {
  const { t } = useT();
  return (
    <RoleGate roles={['ADMIN', 'SUPERVISOR', 'ANALYST']}>
      <h1>{t('analytics.title')}</h1>
      <nav class="subnav" aria-label={t('analytics.nav')}>
        <ul>
          <li>
            <SectionLink href="/">{t('analytics.nav.figures')}</SectionLink>
          </li>
          <li>
            <SectionLink href="/actions">{t('analytics.nav.actions')}</SectionLink>
          </li>
        </ul>
      </nav>
      <Switch>
        <Route path="/actions/:id" component={ActionPage} />
        <Route path="/actions" component={ActionsPage} />
        <Route component={DashboardPage} />
      </Switch>
    </RoleGate>
  );
}
