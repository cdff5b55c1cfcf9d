import { DomainError } from '../../../functions/core/errors';
import { leastLoaded, routeToTeam } from '../../../functions/core/lifecycle/routing';
import { defaultSettings, organizationCalendar, updateSettings } from '../../../functions/core/organization/settings';
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
    expect(calendar.holidays.has('2027-02-08')).toBe(true);
    expect(calendar.makeUpWorkingDays.has('2027-02-06')).toBe(true);
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
