import type { Complaint } from '../../../functions/core/complaint';
import type { OrganizationSettings } from '../../../functions/core/organization/settings';
import type { EmailMessage } from '../../../functions/core/ports';
import { REPORT_LEASE_MS, sendDueReports } from '../../../functions/core/reports/send-reports';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryImprovementActionStore } from '../../harness/in-memory-improvement-action-store';
import { InMemoryReportStore } from '../../harness/in-memory-report-store';
import { InMemoryStatsStore } from '../../harness/in-memory-stats-store';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';
import { receivedComplaint } from '../lifecycle/fixtures';

// Monday 1 June 2026 is also the first of the month.
const MONDAY_9AM_SHANGHAI = '2026-06-01T01:00:00Z';
const TUESDAY_9AM_SHANGHAI = '2026-06-02T01:00:00Z';

let sequence = 0;
/** A complaint received at 10:00 Shanghai time on `day`. */
function complaintOn(day: string, category: string, organizationId = 'acme'): Complaint {
  sequence += 1;
  return { ...receivedComplaint({ category }), id: `c${sequence}`, organizationId, receivedAt: `${day}T02:00:00.000Z`, receivedOn: day };
}

const withReport = (s: OrganizationSettings, frequency: OrganizationSettings['evaluationReport']['frequency'], recipientIds = ['mgr', 'sup']): OrganizationSettings => ({
  ...s,
  evaluationReport: { frequency, recipientIds },
});

async function setup(...organizations: OrganizationSettings[]) {
  const stats = new InMemoryStatsStore();
  // Last week: five about the mobile network, two about billing; the week before: two and two.
  await stats.add(
    ...['2026-05-25', '2026-05-25', '2026-05-26', '2026-05-28', '2026-05-31'].map((d) => complaintOn(d, 'Mobile network')),
    ...['2026-05-27', '2026-05-30'].map((d) => complaintOn(d, 'Billing')),
    ...['2026-05-18', '2026-05-20'].map((d) => complaintOn(d, 'Mobile network')),
    ...['2026-05-19', '2026-05-21'].map((d) => complaintOn(d, 'Billing')),
  );
  const reports = new InMemoryReportStore(...organizations);
  const actions = new InMemoryImprovementActionStore();
  const clock = new FakeClock(MONDAY_9AM_SHANGHAI);
  const logger = recordingLogger();
  const sent: EmailMessage[] = [];
  let failing = false;
  const mailer = {
    send: async (m: EmailMessage) => {
      if (failing) throw Object.assign(new Error(`cannot reach ${m.to}`), { name: 'TimeoutError' });
      sent.push(m);
      return { messageId: `m-${sent.length}` };
    },
  };
  const deps = { stats, actions, complaints: new InMemoryStore(), reports, mailer, clock, logger, settingsDefaults: DEFAULTS };
  return { deps, sent, clock, logger, actions, failMail: (fail: boolean) => (failing = fail) };
}

describe('sending the evaluation reports that are due', () => {
  it("sends a weekly organization's report of last week to its recipients on Monday", async () => {
    const { deps, sent } = await setup(withReport(SETTINGS, 'WEEKLY'));
    const run = await sendDueReports(deps);
    expect(run).toEqual({ due: 1, sent: 1, emails: 2, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(['ma@example.org', 'su@example.org']);
    expect(sent[0].subject).toBe('Weekly complaint evaluation report（每周投诉评估报告）: 2026-05-25 to 2026-05-31');
    expect(sent[0].text).toContain('Received: 7 (period before 4, +3 (+75%))');
    expect(sent[0].text).toContain('Mobile network: 5 (period before 2, +3; expected 4.5)');
    expect(sent[0].html).toContain('>Mobile network</td>');
  });

  it('sends nothing on Tuesday', async () => {
    const { deps, sent, clock } = await setup(withReport(SETTINGS, 'WEEKLY'));
    clock.set(TUESDAY_9AM_SHANGHAI);
    expect(await sendDueReports(deps)).toEqual({ due: 0, sent: 0, emails: 0, failed: 0 });
    expect(sent).toEqual([]);
  });

  it('sends a report once, however many runs there are on Monday', async () => {
    const { deps, sent, clock } = await setup(withReport(SETTINGS, 'WEEKLY'));
    await Promise.all([sendDueReports(deps), sendDueReports(deps)]);
    clock.advance(REPORT_LEASE_MS * 2);
    await sendDueReports(deps);
    expect(sent.map((m) => m.to)).toEqual(['ma@example.org', 'su@example.org']);
  });

  it("sends a monthly organization the month's report on the 1st", async () => {
    const { deps, sent } = await setup(withReport(SETTINGS, 'MONTHLY', ['mgr']));
    await sendDueReports(deps);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([['ma@example.org', 'Monthly complaint evaluation report（每月投诉评估报告）: 2026-05-01 to 2026-05-31']]);
    expect(sent[0].text).toContain('Received: 11 (period before 0, +11)');
  });

  it('sends an organization that chose no report nothing', async () => {
    const { deps, sent } = await setup(withReport(SETTINGS, 'NONE'));
    expect(await sendDueReports(deps)).toMatchObject({ due: 0 });
    expect(sent).toEqual([]);
  });

  it('treats settings saved before the report existed as no report', async () => {
    const { evaluationReport: _none, ...older } = SETTINGS;
    const { deps, sent } = await setup(older as OrganizationSettings);
    await sendDueReports(deps);
    expect(sent).toEqual([]);
  });

  it("gives each organization its own figures on its own calendar", async () => {
    const other = { ...withReport(SETTINGS, 'WEEKLY', ['h1']), organizationId: 'globex', timeZone: 'America/New_York' };
    const { deps, sent, clock } = await setup(withReport(SETTINGS, 'WEEKLY', ['mgr']), other);
    await deps.stats.add(complaintOn('2026-05-26', 'Billing', 'globex'));
    await sendDueReports(deps);
    // 09:00 on Monday in Shanghai is still Sunday evening in New York.
    expect(sent.map((m) => m.to)).toEqual(['ma@example.org']);
    clock.set('2026-06-01T14:00:00Z');
    await sendDueReports(deps);
    expect(sent.map((m) => m.to)).toEqual(['ma@example.org', 'han@example.org']);
    expect(sent[1].text).toContain('Organization globex');
    expect(sent[1].text).toContain('Received: 1 (period before 0, +1)');
  });

  it('lists the open improvement actions, the earliest due first', async () => {
    const { deps, sent, actions } = await setup(withReport(SETTINGS, 'WEEKLY', ['mgr']));
    const action = { organizationId: 'acme', scope: { dimension: 'CATEGORY' as const, key: 'Mobile network' }, complaintIds: [], ownerId: 'sup', createdAt: '2026-05-01T00:00:00Z', updatedAt: '2026-05-01T00:00:00Z', version: 1 };
    await actions.saveImprovementAction({ ...action, id: 'a1', title: 'Fix coverage map', dueOn: '2026-06-30', status: 'PLANNED' });
    await actions.saveImprovementAction({ ...action, id: 'a2', title: 'Call back dropped calls', dueOn: '2026-05-29', status: 'IN_PROGRESS' });
    await actions.saveImprovementAction({ ...action, id: 'a3', title: 'Old leaflet', dueOn: '2026-05-01', status: 'DONE' });
    await sendDueReports(deps);
    const lines = sent[0].text.split('\n');
    expect(lines.slice(lines.indexOf('Open improvement actions（未完成的改进措施）') + 1, -2)).toEqual([
      'Call back dropped calls (category Mobile network): Su Li, due 2026-05-29 (overdue), IN_PROGRESS',
      'Fix coverage map (category Mobile network): Su Li, due 2026-06-30, PLANNED',
    ]);
  });

  it('leaves a report nobody received to a later run, and logs no address', async () => {
    const { deps, sent, clock, logger, failMail } = await setup(withReport(SETTINGS, 'WEEKLY'));
    failMail(true);
    expect(await sendDueReports(deps)).toEqual({ due: 1, sent: 0, emails: 0, failed: 1 });
    failMail(false);
    // Within the lease another run leaves it alone; after it, a run sends it.
    await sendDueReports(deps);
    expect(sent).toEqual([]);
    clock.advance(REPORT_LEASE_MS + 1);
    await sendDueReports(deps);
    expect(sent.map((m) => m.to)).toEqual(['ma@example.org', 'su@example.org']);
    expect(logger.lines.join('\n')).not.toContain('@');
  });
});
