import type { Client } from '@urql/core';
import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { errorCode } from '../../shared/api-errors';
import type { ComplaintRowFieldsFragment } from '../../generated/graphql';
import { later } from '../layout/later';
import { useWorkspace, type Workspace } from '../layout/workspace';
import { useT } from '../i18n';
import { ComplaintTable } from './complaint-table';
import { complaintFilterOf, FILTERABLE, LISTS, listFromQuery, queryOf, type ListFilters, type ListName } from './list-filters';
import { ListFiltersForm } from './list-filters-form';
import { ComplaintAtReference, DuplicatesList, EscalatedList, FilteredList, HandlerQueueList } from './lists.graphql';
import { LoadMoreFooter } from './load-more';
import { usePagedList, type PageFetcher } from './use-paged-list';

type Row = ComplaintRowFieldsFragment;
type Connection = { edges: Array<{ node: Row }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

const toPage = (c: Connection | undefined) => c && { rows: c.edges.map((e) => e.node), hasNextPage: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor };

/** The teams the viewer works in: as a member or as their supervisor. */
export const teamsOf = (w: Workspace) => w.teams.filter((team) => team.memberIds.includes(w.viewer.id) || team.supervisorId === w.viewer.id);

function fetcherFor(client: Client, list: ListName, filters: ListFilters, search: string, w: Workspace): PageFetcher<Row> {
  const read = { requestPolicy: 'network-only' as const };
  return async (after) => {
    switch (list) {
      case 'queue': {
        const r = await client.query(HandlerQueueList, { handlerId: w.viewer.id, after }, read).toPromise();
        return { page: toPage(r.data?.handlerQueue), error: r.error };
      }
      case 'escalated': {
        const r = await client.query(EscalatedList, { after }, read).toPromise();
        return { page: toPage(r.data?.escalatedComplaints), error: r.error };
      }
      case 'duplicates': {
        const r = await client.query(DuplicatesList, { after }, read).toPromise();
        return { page: toPage(r.data?.complaintsWithDuplicates), error: r.error };
      }
      default: {
        const r = await client.query(FilteredList, { filter: complaintFilterOf(list, filters, search, w.timeZone), after }, read).toPromise();
        return { page: toPage(r.data?.complaints), error: r.error };
      }
    }
  };
}

/** What a complaint reference looks like: CP-20261129-7K3M9Q, or an import's CFPB-1234567. */
const REFERENCE = /^(CP-\d{8}-[0-9A-Z]{6}|CFPB-\d+)$/i;

/** The search words of this history entry: kept in history state, never in the URL (they are personal data). */
const savedSearch = (): string => ((history.state as { search?: unknown } | null)?.search as string | undefined) ?? '';

/** My queue (at /) and the other lists (at /complaints?list=…), with filters in the URL and a search box. */
export function ComplaintListsPage({ queue = false }: { queue?: boolean }) {
  const { t } = useT();
  const client = useClient();
  const workspace = useWorkspace();
  const [, navigate] = useLocation();
  const query = useSearch();
  const parsed = listFromQuery(query);
  const list: ListName = queue ? 'queue' : parsed.list;
  const myTeams = teamsOf(workspace);
  const filters: ListFilters = list === 'team' && !parsed.filters.team && myTeams[0] ? { ...parsed.filters, team: myTeams[0].id } : parsed.filters;
  const [search, setSearch] = useState(savedSearch);
  const [typed, setTyped] = useState(search);
  const noTeam = list === 'team' && !filters.team;

  const key = `${list}?${queryOf(list, filters)}#${search}`;
  const paged = usePagedList<Row>(key, noTeam ? () => Promise.resolve({ page: { rows: [], hasNextPage: false, endCursor: null } }) : fetcherFor(client, list, filters, search, workspace));

  const applyFilters = (next: ListFilters) => navigate(`/complaints?${queryOf(list, next)}`, { state: { search } });
  const applySearch = async (e: Event) => {
    e.preventDefault();
    // A whole reference opens its complaint at once; anything else is searched for.
    if (REFERENCE.test(typed.trim())) {
      const found = await client.query(ComplaintAtReference, { reference: typed.trim().toUpperCase() }, { requestPolicy: 'network-only' }).toPromise();
      if (found.data?.complaintByReference) return navigate(`/complaints/${found.data.complaintByReference.id}`);
    }
    setSearch(typed);
    history.replaceState({ ...((history.state as object | null) ?? {}), search: typed }, '');
  };
  const title = t(`list.${list}`);

  return (
    <>
      <h1>{title}</h1>
      <nav aria-label={t('list.choose')} class="list-tabs">
        <ul>
          {LISTS.map((name) => (
            <li key={name}>
              <Link href={name === 'queue' ? '/' : `/complaints?list=${name}`} aria-current={name === list ? 'page' : undefined}>
                {t(`list.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {list === 'team' && myTeams.length > 1 && (
        <div class="team-picker">
          <label for="team-picker">{t('list.team.pick')}</label>
          <select id="team-picker" value={filters.team} onChange={(e) => applyFilters({ ...filters, team: e.currentTarget.value })}>
            {myTeams.map((team) => (
              <option value={team.id}>{team.name}</option>
            ))}
          </select>
        </div>
      )}
      {noTeam && <p class="notice">{t('list.team.none')}</p>}

      {FILTERABLE.has(list) && (
        <>
          <form class="search" role="search" onSubmit={later(applySearch)}>
            <label for="list-search">{t('search.label')}</label>
            <p class="hint" id="list-search-hint">{t('search.hint')}</p>
            <div class="search-row">
              <input id="list-search" type="search" value={typed} aria-describedby="list-search-hint" maxLength={200} onInput={(e) => setTyped(e.currentTarget.value)} />
              <button type="submit">{t('search.submit')}</button>
            </div>
          </form>
          <ListFiltersForm key={query} filters={filters} onApply={applyFilters} />
        </>
      )}

      {paged.error && (
        <p class="alert" role="alert">
          {t(errorCode(paged.error) === 'NOT_CONFIGURED' ? 'list.error.notBuilt' : 'list.error')}
        </p>
      )}
      {!paged.loading && !paged.error && paged.rows.length === 0 && !noTeam && <p class="notice">{t('list.empty')}</p>}
      {paged.rows.length > 0 && <ComplaintTable rows={paged.rows} caption={t('list.caption', { list: title, count: paged.rows.length })} />}
      <LoadMoreFooter loading={paged.loading} hasNextPage={paged.hasNextPage} loadMore={paged.loadMore} />
    </>
  );
}
