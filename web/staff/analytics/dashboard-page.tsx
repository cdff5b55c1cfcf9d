import { useClient, useQuery } from '@urql/preact';
import type { ChartConfiguration, Scale } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AnalyticsDimension, AnalyticsFiguresFragment } from '../../generated/graphql';
import { errorCode } from '../../shared/api-errors';
import { SelectField, TextField } from '../admin/form-fields';
import { useT, type MessageKey } from '../i18n';
import { AnalyticsDashboardQuery } from './analytics.graphql';
import { ChartCanvas } from './chart';
import { probabilityText as probability } from '../../../functions/core/analytics/significance';
import { effectSize } from './effect-size';
import { addDays, DAILY_UP_TO_DAYS, DEFAULT_DAYS, daysBetween, MAX_DAYS, newestDay } from './period';
import { TableHead } from './table-head';
import { TopicsPanel } from './topics-panel';

export const DIMENSIONS: readonly AnalyticsDimension[] = ['CATEGORY', 'PRODUCT', 'RESPONDENT', 'CHANNEL', 'REGION', 'OUTCOME'];
const TOP_GROUPS = 10;
const COLOURS = { received: '#1f6feb', resolved: '#2da44e', met: '#2da44e', breached: '#cf222e', plain: '#8c959f', rating: '#bf8700' };

/** Group names on a bar chart's axis, cut short: the tables beside the charts give them whole. */
const groupAxis = {
  ticks: {
    callback(this: Scale, value: string | number) {
      const label = this.getLabelForValue(Number(value));
      return label.length > 36 ? `${label.slice(0, 35)}…` : label;
    },
  },
};
const countAxis = { beginAtZero: true, ticks: { precision: 0 } };

const EMPTY: AnalyticsFiguresFragment = {
  key: '',
  received: 0,
  resolved: 0,
  reopened: 0,
  reopenRate: null,
  escalated: 0,
  timeToResolution: { medianHours: null },
  compliance: [],
  satisfaction: { ratings: 0, averageRating: null, distribution: [0, 0, 0, 0, 0], resolvedShare: null },
};

interface Filter {
  from: string;
  to: string;
  dimension: AnalyticsDimension;
  key: string;
}

/** The figures of the complaints received in a period: headline, trend, groups, hotspots, clock compliance, satisfaction. */
export function DashboardPage() {
  const { t, locale } = useT();
  const client = useClient();
  const [filter, setFilter] = useState<Filter>({ from: '', to: '', dimension: 'CATEGORY', key: '' });
  const [startError, setStartError] = useState<string>();
  useEffect(() => {
    newestDay(client).then(
      (to) => setFilter((f) => ({ ...f, to, from: addDays(to, -(DEFAULT_DAYS - 1)) })),
      () => setStartError('NETWORK'),
    );
  }, []);

  const days = filter.from && filter.to ? daysBetween(filter.from, filter.to) : 0;
  const periodOk = days >= 1 && days <= MAX_DAYS;
  const variables = {
    period: { from: filter.from, to: filter.to },
    dimension: filter.dimension,
    granularity: days <= DAILY_UP_TO_DAYS ? ('DAY' as const) : ('WEEK' as const),
    trendDimension: filter.key ? filter.dimension : 'ALL',
    key: filter.key || null,
    groups: 50,
    hotspots: TOP_GROUPS,
  };
  const [{ data, fetching, stale, error, operation }] = useQuery({ query: AnalyticsDashboardQuery, pause: !periodOk, variables });
  // Until the answer to these very variables arrives, the figures on screen are the previous filter's.
  const current = JSON.stringify(operation?.variables) === JSON.stringify(variables);

  const count = new Intl.NumberFormat(locale);
  const percent = (share: number | null | undefined) => (share == null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share));
  const decimal = (value: number | null | undefined) => (value == null ? '–' : value.toFixed(2));
  const hours = (value: number | null | undefined) => (value == null ? '–' : t('analytics.hours', { n: value.toFixed(1) }));

  const groups = data?.byGroup.groups ?? [];
  const key = groups.some((g) => g.key === filter.key) ? filter.key : '';
  const scope = key || t('analytics.allComplaints');
  const figures = (key ? groups.find((g) => g.key === key) : data?.overall.groups[0]) ?? EMPTY;
  const met = figures.compliance.reduce((n, c) => n + c.met, 0);
  const breached = figures.compliance.reduce((n, c) => n + c.breached, 0);
  const points = data?.complaintTrend.points ?? [];
  const top = groups.slice(0, TOP_GROUPS);
  const hotspots = data?.hotspots.hotspots ?? [];
  const previous = data?.hotspots.previousPeriod;
  const dimensionName = (d: AnalyticsDimension) => t(`analytics.dimension.${d}` as MessageKey);
  const state = startError || error ? 'error' : !data || fetching || stale || !current ? 'loading' : 'ready';

  const trend: ChartConfiguration = {
    type: 'line',
    data: {
      labels: points.map((p) => p.start),
      datasets: [
        { label: t('analytics.received'), data: points.map((p) => p.received), borderColor: COLOURS.received, backgroundColor: COLOURS.received },
        { label: t('analytics.resolved'), data: points.map((p) => p.resolved), borderColor: COLOURS.resolved, backgroundColor: COLOURS.resolved },
      ],
    },
    options: { scales: { y: countAxis } },
  };
  const groupsChart: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: top.map((g) => g.key),
      datasets: [{ label: t('analytics.received'), data: top.map((g) => g.received), backgroundColor: top.map((g) => (!key || g.key === key ? COLOURS.received : COLOURS.plain)) }],
    },
    options: { indexAxis: 'y', scales: { x: countAxis, y: groupAxis }, plugins: { legend: { display: false } } },
  };
  // The star repeats the colour's meaning for readers who cannot tell the colours apart.
  const hotspotsChart: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: hotspots.map((h) => (h.significant ? `★ ${h.key}` : h.key)),
      datasets: [{ label: t('analytics.excess'), data: hotspots.map((h) => h.excess), backgroundColor: hotspots.map((h) => (h.significant ? COLOURS.breached : COLOURS.plain)) }],
    },
    options: { indexAxis: 'y', scales: { x: countAxis, y: groupAxis }, plugins: { legend: { display: false } } },
  };
  const complianceChart: ChartConfiguration = {
    type: 'bar',
    data: {
      labels: figures.compliance.map((c) => t(`analytics.source.${c.source}` as MessageKey)),
      datasets: [
        { label: t('analytics.met'), data: figures.compliance.map((c) => c.met), backgroundColor: COLOURS.met },
        { label: t('analytics.breached'), data: figures.compliance.map((c) => c.breached), backgroundColor: COLOURS.breached },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, ...countAxis } } },
  };
  const satisfactionChart: ChartConfiguration = {
    type: 'bar',
    data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: t('analytics.ratings'), data: figures.satisfaction.distribution, backgroundColor: COLOURS.rating }] },
    options: { scales: { y: countAxis }, plugins: { legend: { display: false } } },
  };

  return (
    <div class="analytics" data-state={state}>
      <form class="filters card" aria-label={t('analytics.filters')} onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('analytics.period')}</legend>
          <div class="grid">
            <TextField id="from" type="date" label={t('analytics.from')} value={filter.from} onInput={(from) => setFilter((f) => ({ ...f, from }))} error={filter.from && filter.to && !periodOk ? t('analytics.periodInvalid', { max: MAX_DAYS }) : undefined} />
            <TextField id="to" type="date" label={t('analytics.to')} value={filter.to} onInput={(to) => setFilter((f) => ({ ...f, to }))} />
          </div>
        </fieldset>
        <div class="grid">
          {/* A group of one dimension means nothing in another. */}
          <SelectField id="dimension" label={t('analytics.groupBy')} value={filter.dimension} onChange={(d) => setFilter((f) => ({ ...f, dimension: d as AnalyticsDimension, key: '' }))}>
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {dimensionName(d)}
              </option>
            ))}
          </SelectField>
          <SelectField id="group" label={t('analytics.group')} value={key} onChange={(k) => setFilter((f) => ({ ...f, key: k }))}>
            <option value="">{t('analytics.allGroups')}</option>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {`${g.key} (${count.format(g.received)})`}
              </option>
            ))}
          </SelectField>
        </div>
      </form>

      <p role="status" aria-live="polite" class="status">
        {state === 'loading' ? t('analytics.loading') : state === 'ready' ? t('analytics.summary', { from: filter.from, to: filter.to, scope, count: count.format(figures.received) }) : ''}
      </p>
      {state === 'error' && (
        <p class="alert" role="alert">
          {t('analytics.loadFailed', { code: startError ?? errorCode(error) ?? '' })}
        </p>
      )}

      <section aria-labelledby="headline-title" aria-busy={state === 'loading'}>
        <h2 id="headline-title">{t('analytics.headline', { scope })}</h2>
        <dl class="headline">
          <Figure name="received" label={t('analytics.received')} value={count.format(figures.received)} />
          <Figure name="resolved" label={t('analytics.resolved')} value={count.format(figures.resolved)} />
          <Figure name="compliance" label={t('analytics.compliance')} value={met + breached ? percent(met / (met + breached)) : '–'} />
          <Figure name="rating" label={t('analytics.averageRating')} value={decimal(figures.satisfaction.averageRating)} />
          <Figure name="reopenRate" label={t('analytics.reopenRate')} value={percent(figures.reopenRate)} />
          <Figure name="escalated" label={t('analytics.escalated')} value={count.format(figures.escalated)} />
          <Figure name="medianResolution" label={t('analytics.medianResolution')} value={hours(figures.timeToResolution.medianHours)} />
        </dl>
      </section>

      <div class="charts">
        <Panel id="trend" title={t('analytics.trendTitle', { scope })}>
          <ChartCanvas config={trend} label={t('analytics.trendChart')} />
          <DataTable
            id="trend-table"
            caption={t('analytics.trendCaption', { scope })}
            header={[data?.complaintTrend.granularity === 'WEEK' ? t('analytics.weekFrom') : t('analytics.day'), t('analytics.received'), t('analytics.resolved')]}
            rows={points.map((p) => [p.start, p.received, p.resolved])}
          />
        </Panel>
        <Panel id="groups" title={t('analytics.groupsTitle', { dimension: dimensionName(filter.dimension) })}>
          <ChartCanvas config={groupsChart} label={t('analytics.groupsChart')} />
          <DataTable
            id="groups-table"
            caption={t('analytics.groupsCaption', { shown: top.length, total: data?.byGroup.totalGroups ?? 0 })}
            header={[t('analytics.groupColumn'), t('analytics.received'), t('analytics.resolved'), t('analytics.averageRating')]}
            rows={top.map((g) => [g.key, g.received, g.resolved, decimal(g.satisfaction.averageRating)])}
          />
        </Panel>
        <Panel id="hotspots" title={t('analytics.hotspotsTitle')}>
          <ChartCanvas config={hotspotsChart} label={t('analytics.hotspotsChart')} />
          <DataTable
            id="hotspots-table"
            open
            caption={data && previous ? t('analytics.hotspotsCaption', { from: previous.from, to: previous.to, tested: data.hotspots.groupsTested, q: data.hotspots.falseDiscoveryRate }) : ''}
            header={[
              t('analytics.groupColumn'),
              t('analytics.thisPeriod'),
              t('analytics.periodBefore'),
              t('analytics.expected'),
              t('analytics.effect'),
              t('analytics.pValue'),
              t('analytics.qValue'),
              t('analytics.significant'),
            ]}
            rows={hotspots.map((h) => [
              h.key,
              h.current,
              h.previous,
              decimal(h.expected),
              effectSize(h, locale, t),
              probability(h.pValue),
              probability(h.qValue),
              !h.tested ? t('analytics.tooFew') : h.significant ? t('analytics.yesStar') : t('analytics.no'),
            ])}
          />
        </Panel>
        <Panel id="compliance" title={t('analytics.complianceTitle', { scope })}>
          <ChartCanvas config={complianceChart} label={t('analytics.complianceChart')} />
          <DataTable
            id="compliance-table"
            caption={t('analytics.complianceCaption', { scope })}
            header={[t('analytics.sourceColumn'), t('analytics.met'), t('analytics.breached'), t('analytics.metOnTime')]}
            rows={figures.compliance.map((c) => [t(`analytics.source.${c.source}` as MessageKey), c.met, c.breached, percent(c.rate)])}
          />
        </Panel>
        <Panel id="satisfaction" title={t('analytics.satisfactionTitle', { scope })}>
          <ChartCanvas config={satisfactionChart} label={t('analytics.satisfactionChart')} />
          <DataTable
            id="satisfaction-table"
            caption={t('analytics.satisfactionCaption', { count: count.format(figures.satisfaction.ratings), resolved: percent(figures.satisfaction.resolvedShare) })}
            header={[t('analytics.rating'), t('analytics.howMany')]}
            rows={figures.satisfaction.distribution.map((n, i) => [i + 1, n])}
          />
        </Panel>
      </div>
      <TopicsPanel from={periodOk ? filter.from : ''} to={periodOk ? filter.to : ''} />
    </div>
  );
}

function Figure({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
    </div>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} class="card">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** A chart's figures as a table, folded away under the chart unless `open`. */
function DataTable({ id, caption, header, rows, open }: { id: string; caption: string; header: string[]; rows: Array<Array<string | number>>; open?: boolean }) {
  const { t } = useT();
  // A wide table scrolls sideways: focusable, so a keyboard can scroll it too.
  const table = (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table id={id}>
        <caption>{caption}</caption>
        <TableHead header={header} />
        <tbody>
          {rows.length ? (
            rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{String(cell)}</td>
                ))}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={header.length}>{t('analytics.noneInPeriod')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
  if (open) return table;
  return (
    <details>
      <summary>{t('analytics.dataTable')}</summary>
      {table}
    </details>
  );
}
