import { keepEditsOver, toDraft, toInput } from '../../../web/staff/admin/settings-draft';
import type { AdminOrganizationSettingsQuery } from '../../../web/generated/graphql';

const settings = (): AdminOrganizationSettingsQuery['organizationSettings'] => ({
  version: 3,
  timeZone: 'Asia/Shanghai',
  calendarId: 'CN',
  businessHoursStart: '09:00',
  businessHoursEnd: '18:00',
  jurisdictions: ['CN'],
  staff: [{ id: 'a1', name: 'Ada', email: 'ada@example.com', language: null }],
  teams: [{ id: 't1', name: 'Network', memberIds: ['a1'], supervisorId: 'a1' }],
  routingRules: [{ category: 'Mobile network', respondent: null, region: null, teamId: 't1' }],
  slaTargets: [{ category: null, priority: 'NORMAL', firstResponse: null, acceptanceDecision: { amount: 2, unit: 'WORKING_DAYS' }, resolution: null }],
  managerId: null,
  feedbackWindowDays: 14,
  reopenAtOrBelowRating: 2,
  customCalendars: [{ id: 'shop', holidays: ['2026-12-25'], makeUpWorkingDays: [] }],
  categories: ['Mobile network', 'Billing'],
  evaluationReport: { frequency: 'NONE', recipientIds: [] },
});

describe('the settings form', () => {
  it('sends back exactly the settings it was given when nothing was edited', () => {
    const { version, ...rest } = settings();
    expect(toInput(toDraft(settings()), version)).toEqual({
      ...rest,
      expectedVersion: 3,
      staff: [{ id: 'a1', name: 'Ada', email: 'ada@example.com', language: null }],
      slaTargets: [{ category: null, priority: 'NORMAL', firstResponse: null, acceptanceDecision: { amount: 2, unit: 'WORKING_DAYS' }, resolution: null }],
    });
  });

  it('after someone else saved first, keeps the user\'s edits over their version and names the fields both changed', () => {
    const base = toDraft(settings());
    const mine = { ...base, feedbackWindowDays: '30', categories: 'Mobile network\nBilling\nRefunds' };
    const theirs = { ...base, businessHoursEnd: '17:30', categories: 'Mobile network' };

    const { draft, kept, overlapping } = keepEditsOver(base, mine, theirs);
    expect(draft).toEqual({ ...base, businessHoursEnd: '17:30', feedbackWindowDays: '30', categories: 'Mobile network\nBilling\nRefunds' });
    expect(kept).toEqual(['feedbackWindowDays', 'categories']);
    expect(overlapping).toEqual(['categories']);
  });
});
