import { useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { Link, Redirect, Route, Switch, useRoute } from 'wouter-preact';
import type { Role } from '../../generated/graphql';
import { useT, type MessageKey } from '../i18n';
import { ViewerQuery } from '../viewer.graphql';
import './admin.css';
import { ApiKeysPage } from './api-keys-page';
import { DataProtectionPage } from './data-protection-page';
import { ExportPage } from './export-page';
import { SettingsPage } from './settings-page';
import { WebhooksPage } from './webhooks-page';

/**
 * Shows its children to the roles named, and a plain "not allowed" to anyone else (the API
 * refuses them too; this spares them a page of errors).
 */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ComponentChildren }) {
  const { t } = useT();
  const [{ data, fetching }] = useQuery({ query: ViewerQuery });
  if (fetching && !data) return <p role="status">{t('admin.loading')}</p>;
  const role = data?.viewer.role;
  if (!role || !roles.includes(role)) {
    return (
      <div class="alert" role="alert">
        <h1>{t('admin.notAllowed.title')}</h1>
        <p>{t('admin.notAllowed.body', { roles: roles.map((r) => t(`admin.role.${r}` as MessageKey)).join(t('admin.listSeparator')) })}</p>
      </div>
    );
  }
  return <>{children}</>;
}

/** A link of a section's own navigation, marked as the current page when it is. */
export function SectionLink({ href, children }: { href: string; children: ComponentChildren }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/**
 * The administration section, for ADMIN: mount it under /admin with a nested route
 * (`<Route path="/admin" nest><AdminSection /></Route>`); its own routes are relative.
 */
export function AdminSection() {
  const { t } = useT();
  return (
    <RoleGate roles={['ADMIN']}>
      <h1>{t('admin.title')}</h1>
      <nav class="subnav" aria-label={t('admin.nav')}>
        <ul>
          <li>
            <SectionLink href="/settings">{t('admin.nav.settings')}</SectionLink>
          </li>
          <li>
            <SectionLink href="/api-keys">{t('admin.nav.keys')}</SectionLink>
          </li>
          <li>
            <SectionLink href="/webhooks">{t('admin.nav.webhooks')}</SectionLink>
          </li>
          <li>
            <SectionLink href="/data-protection">{t('admin.nav.data')}</SectionLink>
          </li>
          <li>
            <SectionLink href="/export">{t('admin.nav.export')}</SectionLink>
          </li>
        </ul>
      </nav>
      <Switch>
        <Route path="/settings" component={SettingsPage} />
        <Route path="/api-keys" component={ApiKeysPage} />
        <Route path="/webhooks" component={WebhooksPage} />
        <Route path="/data-protection" component={DataProtectionPage} />
        <Route path="/export" component={ExportPage} />
        <Route>
          <Redirect to="/settings" replace />
        </Route>
      </Switch>
    </RoleGate>
  );
}
