// @ts-check
// The analytics dashboard: reads the GraphQL API's aggregate figures and draws them with
// Chart.js. Plain JavaScript (type-checked with dashboard/tsconfig.json) so the same files
// are served by the local stack and copied to S3 without a build step.

/** @typedef {{ graphqlUrl: string, token?: string }} DashboardConfig */
/** @typedef {{ source: string, met: number, breached: number, rate: number | null }} Compliance */
/** @typedef {{ ratings: number, averageRating: number | null, distribution: number[] }} Satisfaction */
/** @typedef {{ key: string, received: number, resolved: number, compliance: Compliance[], satisfaction: Satisfaction }} Figures */
/** @typedef {{ start: string, received: number, resolved: number }} TrendPoint */
/** @typedef {{ key: string, current: number, previous: number, rise: number, relativeRise: number | null, pValue: number, significant: boolean }} Hotspot */
/**
 * @typedef {{
 *   overall: { groups: Figures[] },
 *   byGroup: { totalGroups: number, groups: Figures[] },
 *   complaintTrend: { granularity: string, points: TrendPoint[] },
 *   hotspots: { previousPeriod: { from: string, to: string }, hotspots: Hotspot[] },
 * }} DashboardData
 */

/** The Chart.js UMD build, loaded by index.html before this module. */
const Chart = /** @type {typeof import('chart.js').Chart} */ (/** @type {any} */ (globalThis).Chart);

const TOKEN_KEY = 'complaint-analytics.token';
/** The API refuses longer periods. */
const MAX_DAYS = 731;
const DEFAULT_DAYS = 90;
/** Up to this many days a point per day stays readable; longer periods get a point per week. */
const DAILY_UP_TO_DAYS = 92;
const TOP_GROUPS = 10;

// `first` goes in as a variable: the API's cost limit multiplies a literal `first` into the cost.
const FIGURES = 'key received resolved compliance { source met breached rate } satisfaction { ratings averageRating distribution }';
const DASHBOARD_QUERY = `query Dashboard($period: PeriodInput!, $dimension: AnalyticsDimension!, $granularity: TrendGranularity!, $trendDimension: AnalyticsDimension!, $key: String, $groups: Int, $hotspots: Int) {
  overall: complaintStatistics(period: $period, groupBy: ALL) { groups { ${FIGURES} } }
  byGroup: complaintStatistics(period: $period, groupBy: $dimension, first: $groups) { totalGroups groups { ${FIGURES} } }
  complaintTrend(period: $period, granularity: $granularity, dimension: $trendDimension, key: $key) { granularity points { start received resolved } }
  hotspots(period: $period, dimension: $dimension, first: $hotspots) { previousPeriod { from to } hotspots { key current previous rise relativeRise pValue significant } }
}`;
const VOLUME_QUERY = `query Volume($period: PeriodInput!, $granularity: TrendGranularity!) {
  complaintTrend(period: $period, granularity: $granularity) { points { start received } }
}`;

class ApiError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** @param {string} id */
const element = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = {
  from: /** @type {HTMLInputElement} */ (element('from')),
  to: /** @type {HTMLInputElement} */ (element('to')),
  dimension: /** @type {HTMLSelectElement} */ (element('dimension')),
  group: /** @type {HTMLSelectElement} */ (element('group')),
};

// Dates are calendar days (YYYY-MM-DD), counted in UTC so that no time zone shifts them.
/** @param {string} day @param {number} days */
const addDays = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** @param {string} from @param {string} to */
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
};
/** @param {string} month the first day of a month */
const lastDayOfMonth = (month) => {
  const d = new Date(`${month}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

const count = new Intl.NumberFormat('en');
/** @param {number | null | undefined} share */
const percent = (share) => (share == null ? '–' : `${(share * 100).toFixed(1)} %`);
/** @param {number | null | undefined} value */
const decimal = (value) => (value == null ? '–' : value.toFixed(2));

/** @returns {Promise<DashboardConfig>} */
async function loadConfig() {
  const res = await fetch('config.json', { cache: 'no-store' });
  if (!res.ok) throw new ApiError(`config.json could not be read (HTTP ${res.status}).`, 'NOT_CONFIGURED');
  return res.json();
}

/**
 * @param {DashboardConfig} config
 * @param {string} query
 * @param {Record<string, unknown>} variables
 */
async function request(config, query, variables) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  // A token pasted in this tab wins over the configured one, which may be the one refused.
  const token = sessionStorage.getItem(TOKEN_KEY) ?? config.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(new URL(config.graphqlUrl, location.href), { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('The API could not be reached.', 'NETWORK');
  }
  /** @type {{ data?: any, errors?: Array<{ message: string, extensions?: { code?: string } }> }} */
  const body = await res.json().catch(() => ({}));
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? `HTTP_${res.status}`);
  if (!res.ok || !body.data) throw new ApiError(`The API answered HTTP ${res.status}.`, `HTTP_${res.status}`);
  return body.data;
}

/**
 * The newest day with complaints: imported data may end long before today. Reads monthly
 * volumes a window at a time going back (each within the API's limit), then the days of
 * the newest month that has any.
 * @param {DashboardConfig} config
 */
async function newestDay(config) {
  // The organization's calendar may run up to two days ahead of this browser's.
  let to = addDays(today(), 2);
  for (let window = 0; window < 10; window++) {
    const from = addDays(to, -(MAX_DAYS - 1));
    const months = (await request(config, VOLUME_QUERY, { period: { from, to }, granularity: 'MONTH' })).complaintTrend.points;
    const month = /** @type {TrendPoint[]} */ (months).findLast((p) => p.received > 0);
    if (month) {
      const period = { from: month.start < from ? from : month.start, to: lastDayOfMonth(month.start) < to ? lastDayOfMonth(month.start) : to };
      const days = (await request(config, VOLUME_QUERY, { period, granularity: 'DAY' })).complaintTrend.points;
      return /** @type {TrendPoint[]} */ (days).findLast((p) => p.received > 0)?.start ?? period.to;
    }
    to = addDays(from, -1);
  }
  return today();
}

/** @param {string} message @param {boolean} [askForToken] */
function showError(message, askForToken = false) {
  const box = element('error');
  box.textContent = message;
  box.hidden = false;
  element('sign-in').hidden = !askForToken;
  element('status').textContent = '';
  document.body.dataset.state = 'error';
}

/** @param {unknown} error */
function explain(error) {
  if (!(error instanceof ApiError)) return showError('Something went wrong while drawing the figures.');
  switch (error.code) {
    case 'UNAUTHENTICATED':
      sessionStorage.removeItem(TOKEN_KEY);
      return showError('Sign-in needed: the API did not accept a staff token. Paste a current ID token below.', true);
    case 'FORBIDDEN':
      return showError('Your role may not read analytics: ADMIN, SUPERVISOR and ANALYST may.', true);
    default:
      return showError(`The figures could not be loaded: ${error.message} (${error.code})`);
  }
}

/**
 * A table of rows under a header; cells are text only.
 * @param {string} id @param {string} caption @param {string[]} header @param {Array<Array<string | number>>} rows
 */
function fillTable(id, caption, header, rows) {
  const table = element(id);
  const cap = document.createElement('caption');
  cap.textContent = caption;
  const head = document.createElement('tr');
  for (const name of header) head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: name }));
  const body = rows.map((row) => {
    const tr = document.createElement('tr');
    for (const cell of row) tr.append(Object.assign(document.createElement('td'), { textContent: String(cell) }));
    return tr;
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...(body.length ? body : [Object.assign(document.createElement('tr'), { innerHTML: `<td colspan="${header.length}">None in this period.</td>` })]));
  table.replaceChildren(cap, thead, tbody);
}

/**
 * Replaces the chart on a canvas.
 * @param {string} id
 * @param {import('chart.js').ChartConfiguration} config
 */
function draw(id, config) {
  const canvas = /** @type {HTMLCanvasElement} */ (element(id));
  Chart.getChart(canvas)?.destroy();
  new Chart(canvas, { ...config, options: { animation: false, maintainAspectRatio: false, ...config.options } });
}

/** Group names on a bar chart's axis, cut short: the tables below the charts give them whole. */
const groupAxis = {
  ticks: {
    /** @this {import('chart.js').Scale} @param {string | number} value */
    callback(value) {
      const label = this.getLabelForValue(Number(value));
      return label.length > 36 ? `${label.slice(0, 35)}…` : label;
    },
  },
};

const COLOURS = { received: '#1f6feb', resolved: '#2da44e', met: '#2da44e', breached: '#cf222e', plain: '#8c959f', rating: '#bf8700' };

/** @param {Figures[]} groups @param {string} key */
function groupOptions(groups, key) {
  const options = [Object.assign(document.createElement('option'), { value: '', textContent: 'All groups' })];
  for (const g of groups) options.push(Object.assign(document.createElement('option'), { value: g.key, textContent: `${g.key} (${count.format(g.received)})` }));
  form.group.replaceChildren(...options);
  form.group.value = groups.some((g) => g.key === key) ? key : '';
}

/** @param {DashboardData} data @param {{ from: string, to: string, key: string }} filter */
function render(data, filter) {
  groupOptions(data.byGroup.groups, filter.key);
  const key = form.group.value;
  const scope = key || 'all complaints';
  for (const el of document.querySelectorAll('[data-scope]')) el.textContent = `(${scope})`;

  /** @type {Figures} */
  const empty = { key: '', received: 0, resolved: 0, compliance: [], satisfaction: { ratings: 0, averageRating: null, distribution: [0, 0, 0, 0, 0] } };
  const figures = (key ? data.byGroup.groups.find((g) => g.key === key) : data.overall.groups[0]) ?? empty;
  const met = figures.compliance.reduce((n, c) => n + c.met, 0);
  const breached = figures.compliance.reduce((n, c) => n + c.breached, 0);
  /** @param {string} name @param {string} text */
  const headline = (name, text) => {
    /** @type {HTMLElement} */ (document.querySelector(`[data-figure="${name}"]`)).textContent = text;
  };
  headline('received', count.format(figures.received));
  headline('resolved', count.format(figures.resolved));
  headline('compliance', met + breached ? percent(met / (met + breached)) : '–');
  headline('rating', decimal(figures.satisfaction.averageRating));

  const points = data.complaintTrend.points;
  const unit = data.complaintTrend.granularity === 'WEEK' ? 'Week from' : 'Day';
  draw('trend-chart', {
    type: 'line',
    data: {
      labels: points.map((p) => p.start),
      datasets: [
        { label: 'Received', data: points.map((p) => p.received), borderColor: COLOURS.received, backgroundColor: COLOURS.received },
        { label: 'Resolved', data: points.map((p) => p.resolved), borderColor: COLOURS.resolved, backgroundColor: COLOURS.resolved },
      ],
    },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  fillTable('trend-table', `Complaints received, ${scope}`, [unit, 'Received', 'Resolved'], points.map((p) => [p.start, p.received, p.resolved]));

  const top = data.byGroup.groups.slice(0, TOP_GROUPS);
  draw('groups-chart', {
    type: 'bar',
    data: {
      labels: top.map((g) => g.key),
      datasets: [{ label: 'Received', data: top.map((g) => g.received), backgroundColor: top.map((g) => (!key || g.key === key ? COLOURS.received : COLOURS.plain)) }],
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: groupAxis }, plugins: { legend: { display: false } } },
  });
  fillTable(
    'groups-table',
    `Top ${top.length} of ${data.byGroup.totalGroups} groups`,
    ['Group', 'Received', 'Resolved', 'Average rating'],
    top.map((g) => [g.key, g.received, g.resolved, decimal(g.satisfaction.averageRating)]),
  );

  const hotspots = data.hotspots.hotspots;
  const previous = data.hotspots.previousPeriod;
  // The star repeats the colour's meaning for readers who cannot tell the colours apart.
  draw('hotspots-chart', {
    type: 'bar',
    data: {
      labels: hotspots.map((h) => (h.significant ? `★ ${h.key}` : h.key)),
      datasets: [{ label: 'Rise', data: hotspots.map((h) => h.rise), backgroundColor: hotspots.map((h) => (h.significant ? COLOURS.breached : COLOURS.plain)) }],
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: groupAxis }, plugins: { legend: { display: false } } },
  });
  fillTable(
    'hotspots-table',
    `Against ${previous.from} to ${previous.to}; ★ marks a rise unlikely to be chance (p < 0.05)`,
    ['Group', 'This period', 'Period before', 'Rise', 'Relative rise', 'p-value', 'Significant'],
    hotspots.map((h) => [h.key, h.current, h.previous, h.rise, percent(h.relativeRise), h.pValue.toFixed(3), h.significant ? 'Yes ★' : 'No']),
  );

  const compliance = figures.compliance;
  draw('compliance-chart', {
    type: 'bar',
    data: {
      labels: compliance.map((c) => c.source),
      datasets: [
        { label: 'Met', data: compliance.map((c) => c.met), backgroundColor: COLOURS.met },
        { label: 'Breached', data: compliance.map((c) => c.breached), backgroundColor: COLOURS.breached },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
  fillTable('compliance-table', `Finished clocks, ${scope}`, ['Source', 'Met', 'Breached', 'Met on time'], compliance.map((c) => [c.source, c.met, c.breached, percent(c.rate)]));

  const ratings = figures.satisfaction.distribution;
  draw('satisfaction-chart', {
    type: 'bar',
    data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: 'Ratings', data: ratings, backgroundColor: COLOURS.rating }] },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
  });
  fillTable('satisfaction-table', `${count.format(figures.satisfaction.ratings)} ratings, ${scope}`, ['Rating', 'How many'], ratings.map((n, i) => [i + 1, n]));

  element('status').textContent = `${filter.from} to ${filter.to}, ${scope}: ${count.format(figures.received)} complaints received.`;
}

let config = /** @type {DashboardConfig | undefined} */ (undefined);
// Only the answer to the newest request is drawn, however the answers arrive.
let latest = 0;

async function refresh() {
  const filter = { from: form.from.value, to: form.to.value, dimension: form.dimension.value, key: form.group.value };
  if (!config || !filter.from || !filter.to) return;
  const days = daysBetween(filter.from, filter.to);
  if (days < 1 || days > MAX_DAYS) return showError(`The period must run forwards and span at most ${MAX_DAYS} days.`);
  const mine = ++latest;
  document.body.dataset.state = 'loading';
  element('status').textContent = 'Loading…';
  try {
    const data = /** @type {DashboardData} */ (
      await request(config, DASHBOARD_QUERY, {
        period: { from: filter.from, to: filter.to },
        dimension: filter.dimension,
        granularity: days <= DAILY_UP_TO_DAYS ? 'DAY' : 'WEEK',
        trendDimension: filter.key ? filter.dimension : 'ALL',
        key: filter.key || null,
        groups: 50,
        hotspots: TOP_GROUPS,
      })
    );
    if (mine !== latest) return;
    element('error').hidden = true;
    element('sign-in').hidden = true;
    render(data, filter);
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (mine === latest) explain(error);
  }
}

async function start() {
  try {
    config ??= await loadConfig();
    if (!form.to.value) {
      const to = await newestDay(config);
      form.to.value = to;
      form.from.value = addDays(to, -(DEFAULT_DAYS - 1));
    }
    await refresh();
  } catch (error) {
    explain(error);
  }
}

form.from.addEventListener('change', refresh);
form.to.addEventListener('change', refresh);
form.dimension.addEventListener('change', () => {
  // A group of one dimension means nothing in another.
  form.group.value = '';
  refresh();
});
form.group.addEventListener('change', refresh);
element('filters').addEventListener('submit', (event) => event.preventDefault());
element('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = /** @type {HTMLTextAreaElement} */ (element('token'));
  sessionStorage.setItem(TOKEN_KEY, token.value.trim().replace(/^Bearer\s+/i, ''));
  token.value = '';
  element('sign-in').hidden = true;
  start();
});

start();
