import { groupStatistics } from '../../../functions/core/analytics/statistics';
import type { ReportData } from '../../../functions/core/reports/evaluation-report';
import { renderReport } from '../../../functions/core/reports/render-report';
import { reportPeriod } from '../../../functions/core/reports/report-period';

/** What the share test adds to a hotspot; each row overrides what it shows. */
const testedShare = { share: 0.75, previousShare: 0.25, expected: 5.5, excess: 3.5, rateRatio: 3, rateRatioLow: 1.52, rateRatioHigh: 6.1, tested: true, qValue: 0.01 };

const zero = { received: 0, accepted: 0, rejected: 0, resolved: 0, reopened: 0, escalated: 0 };

function weekReport(changes: Partial<ReportData> = {}): ReportData {
  return {
    organizationId: 'acme',
    report: reportPeriod('WEEKLY', '2026-05-25'),
    volumes: { current: { received: 12, accepted: 10, rejected: 2, resolved: 7, reopened: 1, escalated: 3 }, previous: { ...zero, received: 8, accepted: 8 } },
    days: ['2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31'].map((start, i) => ({
      start,
      received: [4, 2, 0, 1, 3, 1, 1][i],
      resolved: [3, 1, 0, 1, 1, 1, 0][i],
    })),
    hotspots: [
      {
        dimension: 'CATEGORY',
        hotspots: [
          { ...testedShare, key: 'Billing <b>errors</b> & "fees"', current: 9, previous: 2, rise: 7, relativeRise: 3.5, pValue: 0.0004, qValue: 0.0012, significant: true },
          { ...testedShare, key: 'Refunds', current: 7, previous: 3, rise: 4, relativeRise: 4 / 3, pValue: 0.2, qValue: 0.4, significant: false, rateRatio: 1.56, rateRatioLow: 0.41, rateRatioHigh: 7.2 },
        ],
      },
      { dimension: 'PRODUCT', hotspots: [] },
      {
        dimension: 'RESPONDENT',
        hotspots: [{ ...testedShare, key: '<script>alert(1)</script>', current: 3, previous: 0, rise: 3, relativeRise: null, pValue: 0.31, tested: false, qValue: null, significant: false, rateRatio: null, rateRatioLow: 0.52, rateRatioHigh: null }],
      },
    ],
    hotspotsComparedWith: { from: '2026-05-18', to: '2026-05-24' },
    topics: [
      {
        term: 'roaming charges',
        relatedTerms: ['holiday', 'dollars'],
        current: 15,
        previous: 1,
        expected: 9.2,
        rateRatio: 11.8,
        rateRatioLow: 1.9,
        rateRatioHigh: 484,
        pValue: 0.0001,
        qValue: 0.003,
        examples: [{ complaintId: 'c1', reference: 'CP-20260525-AAAAAA', excerpt: null }, { complaintId: 'c2', reference: 'CP-20260526-BBBBBB', excerpt: null }],
      },
    ],
    topicsComplete: true,
    compliance: [
      { source: 'SLA', met: 6, breached: 2, rate: 0.75 },
      { source: 'CN', met: 5, breached: 0, rate: 1 },
    ],
    satisfaction: { ratings: 4, averageRating: 3.5, distribution: [0, 1, 1, 0, 2], resolvedShare: 0.5 },
    openActions: [
      { title: 'Retrain billing <team>', scope: { dimension: 'CATEGORY', key: 'Billing' }, ownerName: 'Ma Lin', dueOn: '2026-05-20', status: 'IN_PROGRESS', overdue: true },
      { title: 'New tariff leaflet', scope: { dimension: 'ALL', key: 'acme' }, ownerName: null, dueOn: '2026-07-01', status: 'PLANNED', overdue: false },
    ],
    openActionCount: 3,
    ...changes,
  };
}

/** The bars of the HTML, in order, as their pixel widths. */
const barWidths = (html: string) => [...html.matchAll(/class="bar" width="(\d+)"/g)].map((m) => Number(m[1]));

describe('the evaluation report email', () => {
  it('says which days the hotspots were compared with, in the text and the HTML', () => {
    const { text, html } = renderReport(weekReport());
    expect(text).toContain('Compared with 2026-05-18 to 2026-05-24.');
    expect(html).toContain('Compared with 2026-05-18 to 2026-05-24.');
  });

  it('names the kind of report and its week in the subject', () => {
    expect(renderReport(weekReport()).subject).toBe('Weekly complaint evaluation report（每周投诉评估报告）: 2026-05-25 to 2026-05-31');
    expect(renderReport(weekReport({ report: reportPeriod('MONTHLY', '2026-05-01') })).subject).toBe(
      'Monthly complaint evaluation report（每月投诉评估报告）: 2026-05-01 to 2026-05-31',
    );
  });

  it('shows the volumes against the period before, in both parts', () => {
    const { text, html } = renderReport(weekReport());
    expect(text).toContain('Received: 12 (period before 8, +4 (+50%))');
    expect(text).toContain('Escalated beyond the handler: 3 (period before 0, +3)');
    expect(html).toContain('Volumes（投诉量）');
    expect(html).toMatch(/Received<\/td>.*>12<\/td>.*>8<\/td>.*>\+4 \(\+50%\)<\/td>/);
  });

  it('draws complaints per day as bars as long as their share of the busiest day', () => {
    const { html, text } = renderReport(weekReport());
    const days = html.slice(html.indexOf('每日收到的投诉'), html.indexOf('热点'));
    // Four on Monday is the longest bar; Wednesday had none and has no bar.
    expect(barWidths(days)).toEqual([200, 100, 50, 150, 50, 50]);
    expect(text).toContain(`Mon 2026-05-25     4  ${'#'.repeat(30)}`);
    expect(text).toMatch(/Wed 2026-05-27 {5}0 {2}\n/);
  });

  it('lists hotspots by category, product and respondent with their names escaped', () => {
    const { html, text } = renderReport(weekReport());
    expect(html).toContain('Billing &lt;b&gt;errors&lt;/b&gt; &amp; &quot;fees&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>errors');
    expect(html).toContain('yes (q ≤ 0.05)');
    expect(text).toContain('Billing <b>errors</b> & "fees": 9 (period before 2, +7; expected 5.5), share ×3.00 (95% ×1.52–×6.10), p < 0.001, q 0.001: yes (q ≤ 0.05)');
  });

  it('shows next to each p-value the effect size, the adjusted q-value, and which groups were too few to test', () => {
    const { html, text } = renderReport(weekReport());
    expect(text).toContain('Refunds: 7 (period before 3, +4; expected 5.5), share ×1.56 (95% ×0.41–×7.20), p 0.200, q 0.400: not yet');
    expect(text).toContain('<script>alert(1)</script>: 3 (period before 0, +3; expected 5.5), share new (at least ×0.52), p 0.310, q –: too few to test');
    expect(html).toMatch(/Refunds<\/td>.*>7<\/td>.*>3<\/td>.*>5\.5<\/td>.*>×1\.56 \(95% ×0\.41–×7\.20\)<\/td>.*>0\.200<\/td>.*>0\.400<\/td>.*>not yet<\/td>/);
    expect(text).toContain('Product:\n  No group rose.');
  });

  it('lists the emerging topics with their effect size and example references, and no complaint text', () => {
    const { html, text } = renderReport(weekReport());
    expect(text).toContain('新出现的话题');
    expect(text).toContain('  roaming charges: 15 complaints (period before 1), share ×11.80 (95% ×1.90–×484.00), q 0.003; also: holiday, dollars; e.g. CP-20260525-AAAAAA, CP-20260526-BBBBBB');
    expect(html).toMatch(/roaming charges<\/td>.*>15<\/td>.*>1<\/td>.*>×11\.80 \(95% ×1\.90–×484\.00\)<\/td>.*>0\.003<\/td>.*>also: holiday, dollars<\/td>.*>CP-20260525-AAAAAA, CP-20260526-BBBBBB<\/td>/);
    expect(renderReport(weekReport({ topics: [] })).text).toContain('No word or phrase rose beyond chance.');
  });

  it('shows each clock source with met and breached as a green and a red bar', () => {
    const { html, text } = renderReport(weekReport());
    expect(text).toContain('SLA targets: 6 met, 2 breached (75% met)');
    expect(text).toContain('China statutory deadlines: 5 met, 0 breached (100% met)');
    expect(html).toMatch(/SLA targets<\/td>.*width="150" height="12" bgcolor="#2e8540".*width="50" height="12" bgcolor="#c0392b"/);
  });

  it('shows satisfaction with the spread of ratings', () => {
    const { text } = renderReport(weekReport());
    expect(text).toContain('4 ratings, average 3.5 of 5; 50% said their complaint was resolved.');
    expect(text).toContain('5 of 5: 2');
  });

  it('lists open improvement actions with owner and due date, marking the overdue, and counts the rest', () => {
    const { html, text } = renderReport(weekReport());
    expect(text).toContain('Retrain billing <team> (category Billing): Ma Lin, due 2026-05-20 (overdue), IN_PROGRESS');
    expect(text).toContain('New tariff leaflet (all complaints): no owner on the staff list, due 2026-07-01, PLANNED');
    expect(text).toContain('And 1 more.');
    expect(html).toContain('Retrain billing &lt;team&gt;');
    expect(html).toContain('2026-05-20 (overdue)');
  });

  it('says so when a quiet week has no figures, rather than drawing empty charts', () => {
    const empty = groupStatistics('acme', {});
    const { text, html } = renderReport(
      weekReport({
        volumes: { current: zero, previous: zero },
        days: weekReport().days.map((d) => ({ ...d, received: 0, resolved: 0 })),
        hotspots: [],
        compliance: empty.compliance,
        satisfaction: empty.satisfaction,
        openActions: [],
        openActionCount: 0,
      }),
    );
    expect(text).toContain('Received: 0 (period before 0, ±0)');
    expect(text).toContain('No clock finished for these complaints yet.');
    expect(text).toContain('No complainant rated a response yet.');
    expect(barWidths(html)).toEqual([]);
  });
});
