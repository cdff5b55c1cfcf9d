import type { ClockSource } from '../../graphql/generated/types';
import type { Hotspot } from '../../graphql/generated/types';
import { DEFAULT_FALSE_DISCOVERY_RATE } from '../analytics/rising-share';
import { probabilityText as probability } from '../analytics/significance';
import { escapeHtml } from '../messages/html';
import type { HotspotDimension, OpenAction, ReportData, Volumes } from './evaluation-report';

/**
 * The evaluation report email. Organizations have no language setting, so it is written in
 * English with each heading also in Chinese, in parentheses: admins of either language find
 * their way, and the figures need no translation. Charts are HTML tables with coloured
 * cells as bars: email clients strip SVG and scripts, and many ignore the width of a div.
 */
export interface RenderedReport {
  subject: string;
  text: string;
  html: string;
}

const TITLE = { WEEKLY: 'Weekly complaint evaluation report（每周投诉评估报告）', MONTHLY: 'Monthly complaint evaluation report（每月投诉评估报告）' } as const;

const HEADINGS = {
  volumes: 'Volumes（投诉量）',
  days: 'Complaints received per day（每日收到的投诉）',
  hotspots: 'Hotspots: groups whose share rose against the same number of days before（热点）',
  topics: 'Emerging topics: words and phrases rising in the complaints（新出现的话题）',
  compliance: 'Clock compliance（时限合规）',
  satisfaction: 'Satisfaction（满意度）',
  actions: 'Open improvement actions（未完成的改进措施）',
};

const VOLUME_ROWS: Array<[keyof Volumes, string]> = [
  ['received', 'Received'],
  ['accepted', 'Accepted'],
  ['rejected', 'Rejected'],
  ['resolved', 'Given a final response'],
  ['reopened', 'Reopened after feedback'],
  ['escalated', 'Escalated beyond the handler'],
];

const DIMENSION_NAMES: Record<HotspotDimension, string> = { CATEGORY: 'Category', PRODUCT: 'Product', RESPONDENT: 'Business complained about' };

const CLOCK_NAMES: Record<ClockSource, string> = {
  SLA: 'SLA targets',
  CN: 'China statutory deadlines',
  UK_FCA: 'UK FCA deadlines',
  US_CFPB: 'US CFPB deadlines',
};

const COLOURS = { received: '#2f6fb3', previous: '#9db7d5', met: '#2e8540', breached: '#c0392b', rating: '#d68910' };
const BAR_PX = 200;
const TEXT_BAR = 30;

const percent = (share: number | null | undefined): string => (share == null ? '–' : `${Math.round(share * 100)}%`);
const oneDecimal = (n: number | null | undefined): string => (n == null ? '–' : n.toFixed(1));
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const change = (current: number, previous: number): string =>
  previous === 0 ? signed(current - previous) : `${signed(current - previous)} (${signed(Math.round(((current - previous) / previous) * 100))}%)`;
const ratioOf = (n: number): string => `×${n.toFixed(2)}`;
/** The effect size: how many times its share grew, with the 95% interval; "new" when it had none before. */
const effect = (h: Pick<Hotspot, 'rateRatio' | 'rateRatioLow' | 'rateRatioHigh'>): string => {
  const low = h.rateRatioLow == null ? '' : ratioOf(h.rateRatioLow);
  if (h.rateRatio == null) return low ? `new (at least ${low})` : 'new';
  return `${ratioOf(h.rateRatio)}${low ? ` (95% ${low}–${h.rateRatioHigh == null ? '∞' : ratioOf(h.rateRatioHigh)})` : ''}`;
};
const verdict = (h: Pick<Hotspot, 'tested' | 'significant'>): string =>
  !h.tested ? 'too few to test' : h.significant ? `yes (q ≤ ${DEFAULT_FALSE_DISCOVERY_RATE})` : 'not yet';
const weekday = (day: string): string => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
const scopeOf = (a: OpenAction): string => (a.scope.dimension === 'ALL' ? 'all complaints' : `${a.scope.dimension.toLowerCase()} ${a.scope.key}`);

// ---- HTML: every value passes through escapeHtml, numbers included, so no figure or name can carry markup.

const td = (value: string | number, align: 'left' | 'right' = 'left') =>
  `<td style="padding:2px 8px;text-align:${align};border-bottom:1px solid #e5e5e5">${escapeHtml(String(value))}</td>`;
const th = (value: string, align: 'left' | 'right' = 'left') =>
  `<th style="padding:2px 8px;text-align:${align};border-bottom:2px solid #999">${escapeHtml(value)}</th>`;
const table = (head: string[], rows: string[]) =>
  `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-size:14px"><tr>${head.join('')}</tr>${rows.map((r) => `<tr>${r}</tr>`).join('')}</table>`;
const h2 = (title: string) => `<h2 style="font-size:17px;margin:24px 0 8px">${escapeHtml(title)}</h2>`;
const hotspotComparison = (data: ReportData) =>
  `Compared with ${data.hotspotsComparedWith.from} to ${data.hotspotsComparedWith.to}. Expected: the complaints a group would have had if its share had not changed; ` +
  `share ×: its share now over its share before (95% interval); q: the p-value adjusted for the groups tested together (Benjamini–Hochberg).`;
const note = (text: string) => `<p style="color:#555;margin:4px 0">${escapeHtml(text)}</p>`;

/** A bar's width in pixels: at least 2 when the value is above zero, so a small figure still shows. */
export function barWidth(value: number, max: number, full = BAR_PX): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((value / max) * full));
}

/** Coloured cells side by side, each as wide as its share; `bgcolor` for clients that drop styles. */
function bars(segments: Array<{ width: number; colour: string }>): string {
  const cells = segments
    .filter((s) => s.width > 0)
    .map((s) => `<td class="bar" width="${s.width}" height="12" bgcolor="${s.colour}" style="width:${s.width}px;height:12px;background-color:${s.colour};font-size:0;line-height:0">&nbsp;</td>`)
    .join('');
  const inner = cells ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>${cells}</tr></table>` : '';
  return `<td width="${BAR_PX}" style="width:${BAR_PX}px;padding:2px 8px;border-bottom:1px solid #e5e5e5">${inner}</td>`;
}
const bar = (value: number, max: number, colour: string) => bars([{ width: barWidth(value, max), colour }]);

function volumesHtml({ current, previous }: ReportData['volumes']): string {
  const max = Math.max(current.received, previous.received);
  const rows = VOLUME_ROWS.map(([field, label]) => td(label) + td(current[field], 'right') + td(previous[field], 'right') + td(change(current[field], previous[field]), 'right'));
  const chart = [
    td('This period') + bar(current.received, max, COLOURS.received) + td(current.received, 'right'),
    td('Period before') + bar(previous.received, max, COLOURS.previous) + td(previous.received, 'right'),
  ];
  return table([th(''), th('This period', 'right'), th('Period before', 'right'), th('Change', 'right')], rows) + '<br>' + table([th('Received'), th(''), th('', 'right')], chart);
}

function daysHtml(days: ReportData['days']): string {
  const max = Math.max(0, ...days.map((d) => d.received));
  return table(
    [th('Day'), th(''), th('Received', 'right'), th('Of which resolved', 'right')],
    days.map((d) => td(`${weekday(d.start)} ${d.start}`) + bar(d.received, max, COLOURS.received) + td(d.received, 'right') + td(d.resolved, 'right')),
  );
}

function hotspotsHtml(groups: ReportData['hotspots']): string {
  return groups
    .map(({ dimension, hotspots }) => {
      const title = `<h3 style="font-size:15px;margin:12px 0 4px">${escapeHtml(DIMENSION_NAMES[dimension])}</h3>`;
      if (!hotspots.length) return title + note('No group rose.');
      const max = Math.max(...hotspots.map((h) => h.current));
      return (
        title +
        table(
          [th('Group'), th(''), th('This period', 'right'), th('Period before', 'right'), th('Expected', 'right'), th('Share ×', 'right'), th('p', 'right'), th('q', 'right'), th('More than the overall change?')],
          hotspots.map(
            (h) =>
              td(h.key) +
              bar(h.current, max, COLOURS.received) +
              td(h.current, 'right') +
              td(h.previous, 'right') +
              td(oneDecimal(h.expected), 'right') +
              td(effect(h), 'right') +
              td(probability(h.pValue), 'right') +
              td(probability(h.qValue), 'right') +
              td(verdict(h)),
          ),
        )
      );
    })
    .join('');
}

const TOPICS_NOTE =
  `Words and phrases mentioned by a larger share of the complaints than in the period before, beyond chance (q ≤ ${DEFAULT_FALSE_DISCOVERY_RATE}); ` +
  'the examples are complaint references: look them up in the workspace.';
const topicsIncomplete = (data: ReportData) => (data.topicsComplete ? [] : ['A period held more complaints than are read for topics: these are of its earliest ones.']);
const topicRelated = (t: ReportData['topics'][number]) => (t.relatedTerms.length ? `also: ${t.relatedTerms.slice(0, 5).join(', ')}` : '');
const topicExamples = (t: ReportData['topics'][number]) => t.examples.map((e) => e.reference).join(', ');

function topicsHtml(data: ReportData): string {
  if (!data.topics.length) return note('No word or phrase rose beyond chance.');
  return (
    [TOPICS_NOTE, ...topicsIncomplete(data)].map(note).join('') +
    table(
      [th('Term'), th('This period', 'right'), th('Period before', 'right'), th('Share ×', 'right'), th('q', 'right'), th('Related'), th('For example')],
      data.topics.map((t) => td(t.term) + td(t.current, 'right') + td(t.previous, 'right') + td(effect(t), 'right') + td(probability(t.qValue), 'right') + td(topicRelated(t)) + td(topicExamples(t))),
    )
  );
}

function complianceHtml(compliance: ReportData['compliance']): string {
  if (!compliance.length) return note('No clock finished for these complaints yet.');
  return table(
    [th('Clock'), th('Met (green) and breached (red)'), th('Met', 'right'), th('Breached', 'right'), th('Rate', 'right')],
    compliance.map((c) => {
      const total = c.met + c.breached;
      return (
        td(CLOCK_NAMES[c.source]) +
        bars([
          { width: barWidth(c.met, total), colour: COLOURS.met },
          { width: barWidth(c.breached, total), colour: COLOURS.breached },
        ]) +
        td(c.met, 'right') +
        td(c.breached, 'right') +
        td(percent(c.rate), 'right')
      );
    }),
  );
}

function satisfactionHtml(s: ReportData['satisfaction']): string {
  if (s.ratings === 0) return note('No complainant rated a response yet.');
  const max = Math.max(...s.distribution);
  const summary = note(`${s.ratings} ratings, average ${oneDecimal(s.averageRating)} of 5; ${percent(s.resolvedShare)} said their complaint was resolved.`);
  return summary + table([th('Rating'), th(''), th('Ratings', 'right')], s.distribution.map((n, i) => td(`${i + 1} of 5`) + bar(n, max, COLOURS.rating) + td(n, 'right')));
}

function actionsHtml(data: ReportData): string {
  if (!data.openActions.length) return note('None.');
  const rows = data.openActions.map((a) => td(a.title) + td(scopeOf(a)) + td(a.ownerName ?? '(no longer on the staff list)') + td(a.overdue ? `${a.dueOn} (overdue)` : a.dueOn) + td(a.status));
  const more = data.openActionCount - data.openActions.length;
  return table([th('Action'), th('Scope'), th('Owner'), th('Due'), th('Status')], rows) + (more > 0 ? note(`And ${more} more.`) : '');
}

// ---- Plain text: the same figures, with bars drawn in '#'.

const textBar = (value: number, max: number) => '#'.repeat(barWidth(value, max, TEXT_BAR));

function textLines(data: ReportData): string[] {
  const { current, previous } = data.volumes;
  const maxDay = Math.max(0, ...data.days.map((d) => d.received));
  const s = data.satisfaction;
  return [
    HEADINGS.volumes,
    ...VOLUME_ROWS.map(([field, label]) => `${label}: ${current[field]} (period before ${previous[field]}, ${change(current[field], previous[field])})`),
    '',
    HEADINGS.days,
    ...data.days.map((d) => `${weekday(d.start)} ${d.start}  ${String(d.received).padStart(4)}  ${textBar(d.received, maxDay)}`),
    '',
    HEADINGS.hotspots,
    hotspotComparison(data),
    ...data.hotspots.flatMap(({ dimension, hotspots }) => [
      `${DIMENSION_NAMES[dimension]}:`,
      ...(hotspots.length
        ? hotspots.map(
            (h) =>
              `  ${h.key}: ${h.current} (period before ${h.previous}, ${signed(h.rise)}; expected ${oneDecimal(h.expected)}), share ${effect(h)}, p ${probability(h.pValue)}, q ${probability(h.qValue)}: ${verdict(h)}`,
          )
        : ['  No group rose.']),
    ]),
    '',
    HEADINGS.topics,
    ...(data.topics.length
      ? [
          TOPICS_NOTE,
          ...topicsIncomplete(data),
          ...data.topics.map((t) => `  ${t.term}: ${t.current} complaints (period before ${t.previous}), share ${effect(t)}, q ${probability(t.qValue)}${t.relatedTerms.length ? `; ${topicRelated(t)}` : ''}; e.g. ${topicExamples(t)}`),
        ]
      : ['No word or phrase rose beyond chance.']),
    '',
    HEADINGS.compliance,
    ...(data.compliance.length
      ? data.compliance.map((c) => `${CLOCK_NAMES[c.source]}: ${c.met} met, ${c.breached} breached (${percent(c.rate)} met)`)
      : ['No clock finished for these complaints yet.']),
    '',
    HEADINGS.satisfaction,
    ...(s.ratings
      ? [`${s.ratings} ratings, average ${oneDecimal(s.averageRating)} of 5; ${percent(s.resolvedShare)} said their complaint was resolved.`, ...s.distribution.map((n, i) => `${i + 1} of 5: ${n}`)]
      : ['No complainant rated a response yet.']),
    '',
    HEADINGS.actions,
    ...(data.openActions.length
      ? data.openActions.map((a) => `${a.title} (${scopeOf(a)}): ${a.ownerName ?? 'no owner on the staff list'}, due ${a.dueOn}${a.overdue ? ' (overdue)' : ''}, ${a.status}`)
      : ['None.']),
    ...(data.openActionCount > data.openActions.length ? [`And ${data.openActionCount - data.openActions.length} more.`] : []),
  ];
}

const FOOTNOTE =
  'Figures count the complaints received in the period, whatever happened to them since. You receive this report because ' +
  "your organization's settings name you as a recipient; an administrator can change that in the evaluation report settings.";

export function renderReport(data: ReportData): RenderedReport {
  const { period, previous, frequency } = data.report;
  const span = `${period.from} to ${period.to}`;
  const intro = `Organization ${data.organizationId}: complaints received ${span}, compared with ${previous.from} to ${previous.to}.`;
  const subject = `${TITLE[frequency]}: ${span}`;
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#222">` +
    `<h1 style="font-size:20px">${escapeHtml(TITLE[frequency])}</h1>` +
    note(intro) +
    h2(HEADINGS.volumes) +
    volumesHtml(data.volumes) +
    h2(HEADINGS.days) +
    daysHtml(data.days) +
    h2(HEADINGS.hotspots) +
    note(hotspotComparison(data)) +
    hotspotsHtml(data.hotspots) +
    h2(HEADINGS.topics) +
    topicsHtml(data) +
    h2(HEADINGS.compliance) +
    complianceHtml(data.compliance) +
    h2(HEADINGS.satisfaction) +
    satisfactionHtml(data.satisfaction) +
    h2(HEADINGS.actions) +
    actionsHtml(data) +
    `<p style="color:#777;font-size:12px;margin-top:24px">${escapeHtml(FOOTNOTE)}</p>` +
    `</body></html>`;
  const text = [TITLE[frequency], intro, '', ...textLines(data), '', FOOTNOTE].join('\n');
  return { subject, text, html };
}
