import type { OrganizationSettings } from '../../../functions/core/organization/settings';
import type { EmailMessage } from '../../../functions/core/ports';
import { missingCalendarYears, sendCalendarNotices } from '../../../functions/core/reports/calendar-notice';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryImprovementActionStore } from '../../harness/in-memory-improvement-action-store';
import { InMemoryReportStore } from '../../harness/in-memory-report-store';
import { InMemoryStatsStore } from '../../harness/in-memory-stats-store';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, SETTINGS, recordingLogger } from '../core/test-policy';

// Shanghai is UTC+8: 1 December begins at 16:00 UTC on 30 November.
const LAST_OF_NOVEMBER_SHANGHAI = '2026-11-30T15:59:00Z';
const FIRST_OF_DECEMBER_SHANGHAI = '2026-11-30T16:30:00Z';

function setup(now: string, ...organizations: OrganizationSettings[]) {
  const reports = new InMemoryReportStore(...organizations);
  const clock = new FakeClock(now);
  const sent: EmailMessage[] = [];
  const mailer = { send: async (m: EmailMessage) => (sent.push(m), { messageId: `m-${sent.length}` }) };
  const deps = { stats: new InMemoryStatsStore(), actions: new InMemoryImprovementActionStore(), complaints: new InMemoryStore(), reports, mailer, clock, logger: recordingLogger(), settingsDefaults: DEFAULTS };
  return { deps, sent, clock };
}

/** SETTINGS: mainland China calendar and jurisdiction, manager 'mgr' (English), report to 'sup' (no language set). */
const ORG: OrganizationSettings = {
  ...SETTINGS,
  staff: SETTINGS.staff.map((m) => (m.id === 'mgr' ? { ...m, language: 'EN' as const } : m)),
  evaluationReport: { frequency: 'WEEKLY', recipientIds: ['sup'] },
};

describe('telling admins that next year has no holiday data', () => {
  it('says nothing on 30 November', async () => {
    const { deps, sent } = setup(LAST_OF_NOVEMBER_SHANGHAI, ORG);
    expect(await sendCalendarNotices(deps)).toEqual({ due: 0, sent: 0 });
    expect(sent).toEqual([]);
  });

  it("emails the report recipients and the manager from 1 December, in each one's language, with how to add the year", async () => {
    const { deps, sent } = setup(FIRST_OF_DECEMBER_SHANGHAI, ORG);
    expect(await sendCalendarNotices(deps)).toEqual({ due: 1, sent: 1 });
    expect(sent.map((m) => m.to).sort()).toEqual(['ma@example.org', 'su@example.org']);
    const english = sent.find((m) => m.to === 'ma@example.org')!;
    expect(english.subject).toBe('Holiday data for 2027 is missing');
    expect(english.text).toContain('(CN) have no official holidays for 2027');
    expect(english.text).toContain('npm update chinese-days');
    expect(english.text).toContain('customCalendars');
    expect(english.text).not.toMatch(/[\u4e00-\u9fff]/);
    const both = sent.find((m) => m.to === 'su@example.org')!;
    expect(both.text).toContain('还没有 2027 年的官方放假和调休安排');
    expect(both.text).toContain('have no official holidays for 2027');
  });

  it('emails once, however many runs follow in December', async () => {
    const { deps, sent, clock } = setup(FIRST_OF_DECEMBER_SHANGHAI, ORG);
    await sendCalendarNotices(deps);
    await sendCalendarNotices(deps);
    clock.set('2026-12-15T02:00:00Z');
    expect(await sendCalendarNotices(deps)).toEqual({ due: 1, sent: 0 });
    expect(sent).toHaveLength(2);
  });

  it('says nothing when the organization has added 2027 in its own CN calendar', async () => {
    const withYear = { ...ORG, customCalendars: [{ id: 'CN', holidays: ['2027-01-01'], makeUpWorkingDays: [] }] };
    const { deps, sent } = setup(FIRST_OF_DECEMBER_SHANGHAI, withYear);
    expect(await sendCalendarNotices(deps)).toEqual({ due: 0, sent: 0 });
    expect(sent).toEqual([]);
  });

  it('says nothing for calendars computed by rule (UK, US)', () => {
    const uk: OrganizationSettings = { ...ORG, calendarId: 'UK', jurisdictions: ['UK_FCA', 'US_CFPB'], timeZone: 'Europe/London' };
    expect(missingCalendarYears(uk, new Date('2026-12-01T09:00:00Z'))).toEqual([]);
  });

  it('names a custom calendar of the organization that lacks next year', () => {
    const own: OrganizationSettings = { ...ORG, calendarId: 'ACME', jurisdictions: [], customCalendars: [{ id: 'ACME', holidays: ['2026-06-01'], makeUpWorkingDays: [] }] };
    expect(missingCalendarYears(own, new Date(FIRST_OF_DECEMBER_SHANGHAI))).toEqual([{ year: 2027, calendarIds: ['ACME'] }]);
  });

  it('still tells of next year from 1 December when this year, already told, still lacks its data', async () => {
    const own: OrganizationSettings = { ...ORG, calendarId: 'ACME', jurisdictions: [], customCalendars: [{ id: 'ACME', holidays: ['2026-06-01'], makeUpWorkingDays: [] }] };
    const { deps, sent, clock } = setup('2027-01-04T02:00:00Z', own);
    expect(await sendCalendarNotices(deps)).toEqual({ due: 1, sent: 1 });
    clock.set('2027-12-01T02:00:00Z');
    expect(await sendCalendarNotices(deps)).toEqual({ due: 1, sent: 1 });
    expect([...new Set(sent.map((m) => m.subject))]).toEqual(['Holiday data for 2027 is missing', 'Holiday data for 2028 is missing']);
  });

  it('sends nothing, and claims nothing, when the organization names no report recipient or manager', async () => {
    const nobody = { ...ORG, managerId: undefined, evaluationReport: { frequency: 'NONE' as const, recipientIds: [] } };
    const { deps, sent } = setup(FIRST_OF_DECEMBER_SHANGHAI, nobody);
    expect(await sendCalendarNotices(deps)).toEqual({ due: 0, sent: 0 });
    expect(sent).toEqual([]);
    expect(deps.reports.claims.size).toBe(0);
  });
});
