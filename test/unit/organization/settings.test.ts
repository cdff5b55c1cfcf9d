import { DomainError } from '../../../functions/core/errors';
import { leastLoaded, routeToTeam } from '../../../functions/core/lifecycle/routing';
import { loadSettings } from '../../../functions/core/organization/load-settings';
import { defaultSettings, organizationCalendar, updateSettings, type OrganizationSettings } from '../../../functions/core/organization/settings';
import { InMemoryStore } from '../../harness/in-memory-store';
import { DEFAULTS, SETTINGS } from '../core/test-policy';
import { receivedComplaint } from '../lifecycle/fixtures';

function issues(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as DomainError).issues.map((i) => i.field);
  }
  throw new Error('expected the settings to be refused');
}

describe('organization settings', () => {
  it('start from the deployment defaults, unsaved', () => {
    expect(defaultSettings(DEFAULTS)).toMatchObject({ organizationId: 'acme', calendarId: 'CN', jurisdictions: ['CN'], feedbackWindowDays: 14, version: 0 });
  });

  it('take an update and count a version', () => {
    const next = updateSettings(SETTINGS, { expectedVersion: 1, feedbackWindowDays: 30, jurisdictions: ['CN', 'UK_FCA'] });
    expect(next).toMatchObject({ feedbackWindowDays: 30, jurisdictions: ['CN', 'UK_FCA'], version: 2, staff: SETTINGS.staff });
  });

  it('refuse references to staff and teams that do not exist, all at once', () => {
    expect(
      issues(() =>
        updateSettings(SETTINGS, {
          expectedVersion: 1,
          teams: [{ id: 't', name: 'T', memberIds: ['ghost'], supervisorId: 'nobody' }],
          routingRules: [{ teamId: 'missing' }],
          managerId: 'ghost',
        }),
      ),
    ).toEqual(['input.teams.0.memberIds.0', 'input.teams.0.supervisorId', 'input.routingRules.0.teamId', 'input.managerId']);
  });

  it('keep the categories an admin manages, refusing the same one twice', () => {
    expect(updateSettings(SETTINGS, { expectedVersion: 1, categories: [' Mobile network ', 'Billing'] }).categories).toEqual(['Mobile network', 'Billing']);
    expect(issues(() => updateSettings(SETTINGS, { expectedVersion: 1, categories: ['Billing', 'billing'] }))).toEqual(['input.categories']);
  });

  it('refuse an unknown time zone, malformed business hours and an invalid staff email', () => {
    expect(
      issues(() =>
        updateSettings(SETTINGS, {
          expectedVersion: 1,
          timeZone: 'Mars/Olympus',
          businessHoursStart: '9am',
          staff: [...SETTINGS.staff, { id: 'x', name: 'X', email: 'not-an-email' }],
        }),
      ),
    ).toEqual(['input.timeZone', 'input.businessHoursStart', 'input.staff.4.email']);
  });

  it('let an admin add a calendar of their own and count on it', () => {
    const next = updateSettings(SETTINGS, {
      expectedVersion: 1,
      calendarId: 'ACME-2027',
      customCalendars: [{ id: 'ACME-2027', holidays: ['2027-01-01', '2027-02-08'], makeUpWorkingDays: ['2027-02-06'] }],
    });
    const calendar = organizationCalendar(next);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false); // a Monday the admin lists as a holiday
    expect(calendar.isWorkingDay('2027-02-06')).toBe(true); // a Saturday the admin lists as a make-up day
  });

  it('send no evaluation report until an admin asks for one', () => {
    expect(defaultSettings(DEFAULTS).evaluationReport).toEqual({ frequency: 'NONE', recipientIds: [] });
  });

  it('read settings saved before the evaluation report existed as sending none', async () => {
    const store = new InMemoryStore();
    const { evaluationReport: _none, ...older } = SETTINGS;
    store.settings = older as OrganizationSettings;
    expect((await loadSettings(store, DEFAULTS)).evaluationReport).toEqual({ frequency: 'NONE', recipientIds: [] });
  });

  it('take a weekly evaluation report for named staff', () => {
    const next = updateSettings(SETTINGS, { expectedVersion: 1, evaluationReport: { frequency: 'WEEKLY', recipientIds: ['mgr', 'sup'] } });
    expect(next.evaluationReport).toEqual({ frequency: 'WEEKLY', recipientIds: ['mgr', 'sup'] });
    expect(updateSettings(next, { expectedVersion: 2, feedbackWindowDays: 20 }).evaluationReport).toEqual(next.evaluationReport);
  });

  it('refuse report recipients who are not staff, named twice or too many', () => {
    const report = (recipientIds: string[]) => () => updateSettings(SETTINGS, { expectedVersion: 1, evaluationReport: { frequency: 'MONTHLY', recipientIds } });
    expect(issues(report(['mgr', 'ghost']))).toEqual(['input.evaluationReport.recipientIds.1']);
    expect(issues(report(['mgr', 'mgr']))).toEqual(['input.evaluationReport.recipientIds']);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, name: `Staff ${i}`, email: `s${i}@example.org` }));
    const staff = [...SETTINGS.staff, ...many];
    expect(issues(() => updateSettings(SETTINGS, { expectedVersion: 1, staff, evaluationReport: { frequency: 'WEEKLY', recipientIds: many.map((m) => m.id) } }))).toEqual([
      'input.evaluationReport.recipientIds',
    ]);
  });

  it('refuse removing a member of staff who still receives the report', () => {
    const analyst = { id: 'ana', name: 'An Qi', email: 'an@example.org' };
    const next = updateSettings(SETTINGS, { expectedVersion: 1, staff: [...SETTINGS.staff, analyst], evaluationReport: { frequency: 'WEEKLY', recipientIds: ['ana'] } });
    expect(issues(() => updateSettings(next, { expectedVersion: 2, staff: SETTINGS.staff }))).toEqual([
      'input.evaluationReport.recipientIds.0',
    ]);
  });

  it('refuse a custom calendar with a day that does not exist', () => {
    expect(issues(() => updateSettings(SETTINGS, { expectedVersion: 1, customCalendars: [{ id: 'X', holidays: ['2027-02-30'], makeUpWorkingDays: [] }] }))).toEqual([
      'input.customCalendars.0',
    ]);
  });
});

describe('routing', () => {
  it('sends a complaint to the team of the first rule that matches, ignoring case', () => {
    expect(routeToTeam({ ...receivedComplaint(), category: 'MOBILE NETWORK' }, SETTINGS)?.id).toBe('mobile');
    expect(routeToTeam({ ...receivedComplaint(), category: 'Hotels' }, SETTINGS)).toBeUndefined();
  });

  it('matches respondent and region when a rule names them', () => {
    const settings = { ...SETTINGS, routingRules: [{ respondent: 'Shop A', region: 'Shanghai', teamId: 'mobile' }] };
    expect(routeToTeam({ ...receivedComplaint(), respondent: { name: 'shop a' }, region: 'shanghai' }, settings)?.id).toBe('mobile');
    expect(routeToTeam({ ...receivedComplaint(), respondent: { name: 'shop a' }, region: 'Beijing' }, settings)).toBeUndefined();
  });

  it('chooses the member with the fewest open complaints, the first listed on a tie', () => {
    const team = SETTINGS.teams[0];
    expect(leastLoaded(team, new Map([['h1', 3], ['h2', 1]]))).toBe('h2');
    expect(leastLoaded(team, new Map([['h1', 1], ['h2', 1]]))).toBe('h1');
    expect(leastLoaded(team, new Map())).toBe('h1');
  });
});
