import { useClient } from '@urql/preact';
import { Link, useSearch } from 'wouter-preact';
import type { InboundEmailFieldsFragment } from '../../generated/graphql';
import { LoadMoreFooter } from '../complaints/load-more';
import { usePagedList } from '../complaints/use-paged-list';
import { dateTimeIn } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { InboundEmailsList } from './inbox.graphql';
import { AuthenticationBadge, ReasonText, StateBadge } from './inbox-parts';
import { INBOX_TABS, stateOfTab, tabFromQuery, tabPath } from './inbox-rules';

type Row = InboundEmailFieldsFragment;

/** The received email, newest first, one state a tab (the tab in the URL, so a list can be shared); 20 a page. */
export function InboxListPage() {
  const { t, locale } = useT();
  const client = useClient();
  const { timeZone } = useWorkspace();
  const tab = tabFromQuery(useSearch());
  const paged = usePagedList<Row>(tab, async (after) => {
    const r = await client.query(InboundEmailsList, { state: stateOfTab(tab), after }, { requestPolicy: 'network-only' }).toPromise();
    const connection = r.data?.inboundEmails;
    return { page: connection && { rows: connection.nodes, hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor }, error: r.error };
  });
  const title = t(`inbox.tab.${tab}`);

  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p class="hint">{t('inbox.intro')}</p>
      <nav aria-label={t('inbox.tabs')} class="list-tabs">
        <ul>
          {INBOX_TABS.map((name) => (
            <li key={name}>
              <Link href={tabPath(name)} aria-current={name === tab ? 'page' : undefined}>
                {t(`inbox.tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {paged.error && (
        <p class="alert" role="alert">
          {t('list.error')}
        </p>
      )}
      {!paged.loading && !paged.error && paged.rows.length === 0 && <p class="notice">{t('inbox.empty')}</p>}
      {paged.rows.length > 0 && (
        <div class="table-wrap">
          <table class="inbox">
            <caption>
              {t('list.caption', { list: title, count: paged.rows.length })} <span class="muted">{t('list.zone', { zone: timeZone })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('inbox.col.received')}</th>
                <th scope="col">{t('inbox.col.from')}</th>
                <th scope="col">{t('inbox.col.subject')}</th>
                <th scope="col">{t('inbox.col.state')}</th>
                <th scope="col">{t('inbox.col.reason')}</th>
                <th scope="col">{t('inbox.col.complaint')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((email) => (
                <tr key={email.id}>
                  <td>{dateTimeIn(email.receivedAt, timeZone, locale)}</td>
                  <td>{email.from ?? <span class="muted">{t('inbox.noSender')}</span>}</td>
                  <th scope="row">
                    <Link href={`/inbox/${email.id}`}>{email.subject || t('inbox.noSubject')}</Link> <AuthenticationBadge email={email} />
                  </th>
                  <td>
                    <StateBadge state={email.state} />
                  </td>
                  <td>
                    <ReasonText reason={email.reason} />
                  </td>
                  <td>{email.complaint ? <Link href={`/complaints/${email.complaint.id}`}>{email.complaint.reference}</Link> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreFooter loading={paged.loading} hasNextPage={paged.hasNextPage} loadMore={paged.loadMore} />
    </>
  );
}
