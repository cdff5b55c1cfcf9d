import { actionEffect } from '../../../functions/core/analytics/action-effect';
import {
  createImprovementAction,
  listImprovementActions,
  updateImprovementAction,
  type ImprovementActionDependencies,
} from '../../../functions/core/analytics/improvement-actions';
import type { ImprovementActionInput } from '../../../functions/core/analytics/improvement-action';
import type { Complaint } from '../../../functions/core/complaint';
import { FakeClock } from '../../harness/fake-clock';
import { InMemoryImprovementActionStore } from '../../harness/in-memory-improvement-action-store';
import { SETTINGS } from '../core/test-policy';
import { complaintOn, complaintsOn, ORG, statsOf } from './fixtures';

const ours = complaintOn('2026-11-02');
const theirs = complaintOn('2026-11-02', { organizationId: 'other' });

function setup() {
  const actions = new InMemoryImprovementActionStore();
  // 17:00 UTC on 1 Dec is already 2 Dec in Shanghai, the organization's time zone.
  const clock = new FakeClock('2026-12-01T17:00:00.000Z');
  const complaints = new Map<string, Complaint>([ours, theirs].map((c) => [c.id, c]));
  const deps: ImprovementActionDependencies = { actions, clock, complaints: { get: async (id) => complaints.get(id) ?? null } };
  return { actions, clock, deps };
}

const INPUT: ImprovementActionInput = {
  title: '  Fix the billing cycle  ',
  description: 'Bills went out twice.',
  dimension: 'CATEGORY',
  key: 'Billing',
  complaintIds: [ours.id],
  ownerId: 'sup',
  dueOn: '2026-12-31',
};

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e) => ({ code: e.code, fields: (e.issues ?? []).map((i: { field: string }) => i.field) }),
  );

describe('creating an improvement action', () => {
  it('plans it in the organization, version 1, with its scope', async () => {
    const { deps, actions } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    expect(action).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      organizationId: ORG,
      title: 'Fix the billing cycle',
      description: 'Bills went out twice.',
      scope: { dimension: 'CATEGORY', key: 'Billing' },
      complaintIds: [ours.id],
      ownerId: 'sup',
      dueOn: '2026-12-31',
      status: 'PLANNED',
      createdAt: '2026-12-01T17:00:00.000Z',
      updatedAt: '2026-12-01T17:00:00.000Z',
      version: 1,
    });
    expect(await actions.getImprovementAction(ORG, action.id)).toEqual(action);
  });

  it('scoped to ALL, is about every complaint of the organization, whatever key is sent', async () => {
    const { deps } = setup();
    const action = await createImprovementAction(deps, SETTINGS, { ...INPUT, dimension: 'ALL', key: 'ignored' });
    expect(action.scope).toEqual({ dimension: 'ALL', key: ORG });
  });

  it('names every wrong field at once', async () => {
    const { deps, actions } = setup();
    const wrong = {
      ...INPUT,
      title: ' ',
      description: 'x'.repeat(5001),
      key: undefined,
      ownerId: 'nobody',
      dueOn: '2026-02-30',
      complaintIds: Array.from({ length: 101 }, (_, i) => `c-${i}`),
    };
    expect(await failure(createImprovementAction(deps, SETTINGS, wrong))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.title', 'input.description', 'input.key', 'input.ownerId', 'input.dueOn', 'input.complaintIds'],
    });
    expect(actions.actions.size).toBe(0);
  });

  it('may name only complaints of the organization: another organization’s is as unknown as a made-up id', async () => {
    const { deps, actions } = setup();
    expect(await failure(createImprovementAction(deps, SETTINGS, { ...INPUT, complaintIds: [ours.id, theirs.id, 'made-up'] }))).toEqual({
      code: 'NOT_FOUND',
      fields: ['input.complaintIds.1', 'input.complaintIds.2'],
    });
    expect(actions.actions.size).toBe(0);
  });
});

describe('updating an improvement action', () => {
  it('changes the fields given and keeps the others, as the next version', async () => {
    const { deps, clock } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    clock.advance(60_000);
    const updated = await updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, title: 'Fix billing', description: '', status: 'IN_PROGRESS' });
    expect(updated).toEqual({ ...action, title: 'Fix billing', description: undefined, status: 'IN_PROGRESS', updatedAt: '2026-12-01T17:01:00.000Z', version: 2 });
  });

  it('is CONFLICT when the caller saw an older version, and changes nothing', async () => {
    const { deps, actions } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    await updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, status: 'CANCELLED' }))).toEqual({ code: 'CONFLICT', fields: [] });
    expect((await actions.getImprovementAction(ORG, action.id))?.status).toBe('IN_PROGRESS');
  });

  it('is NOT_FOUND for an unknown id and for another organization’s action', async () => {
    const { deps } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    const otherOrganization = { ...SETTINGS, organizationId: 'other' };
    expect(await failure(updateImprovementAction(deps, otherOrganization, { id: action.id, expectedVersion: 1, title: 'x' }))).toEqual({ code: 'NOT_FOUND', fields: ['input.id'] });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: 'nope', expectedVersion: 1, title: 'x' }))).toEqual({ code: 'NOT_FOUND', fields: ['input.id'] });
  });

  it('marked DONE without a day, takes effect today in the organization’s time zone', async () => {
    const { deps } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    expect(await updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, status: 'DONE' })).toMatchObject({ status: 'DONE', effectiveOn: '2026-12-02' });
  });

  it('marked DONE with a day, takes effect that day', async () => {
    const { deps } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    expect(await updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, status: 'DONE', effectiveOn: '2026-11-15' })).toMatchObject({ effectiveOn: '2026-11-15' });
  });

  it('moves forward only: DONE and CANCELLED are final', async () => {
    const { deps } = setup();
    const done = await createImprovementAction(deps, SETTINGS, INPUT);
    await updateImprovementAction(deps, SETTINGS, { id: done.id, expectedVersion: 1, status: 'DONE' });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: done.id, expectedVersion: 2, status: 'IN_PROGRESS' }))).toEqual({ code: 'INVALID_TRANSITION', fields: [] });
    const cancelled = await createImprovementAction(deps, SETTINGS, INPUT);
    await updateImprovementAction(deps, SETTINGS, { id: cancelled.id, expectedVersion: 1, status: 'CANCELLED' });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: cancelled.id, expectedVersion: 2, status: 'DONE' }))).toEqual({ code: 'INVALID_TRANSITION', fields: [] });
    const started = await createImprovementAction(deps, SETTINGS, INPUT);
    await updateImprovementAction(deps, SETTINGS, { id: started.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: started.id, expectedVersion: 2, status: 'PLANNED' }))).toEqual({ code: 'INVALID_TRANSITION', fields: [] });
  });

  it('checks a new owner, dates and complaint list like a new action', async () => {
    const { deps } = setup();
    const action = await createImprovementAction(deps, SETTINGS, INPUT);
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, ownerId: 'nobody', effectiveOn: '2026-13-01' }))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: ['input.ownerId', 'input.effectiveOn'],
    });
    expect(await failure(updateImprovementAction(deps, SETTINGS, { id: action.id, expectedVersion: 1, complaintIds: [theirs.id] }))).toEqual({
      code: 'NOT_FOUND',
      fields: ['input.complaintIds.0'],
    });
  });
});

describe('listing improvement actions', () => {
  it('lists the organization’s actions newest first, or those with one status', async () => {
    const { deps, clock, actions } = setup();
    const first = await createImprovementAction(deps, SETTINGS, INPUT);
    clock.advance(1000);
    const second = await createImprovementAction(deps, SETTINGS, { ...INPUT, title: 'Second' });
    await updateImprovementAction(deps, SETTINGS, { id: first.id, expectedVersion: 1, status: 'IN_PROGRESS' });
    await createImprovementAction(deps, { ...SETTINGS, organizationId: 'other' }, { ...INPUT, complaintIds: [theirs.id] });
    expect((await listImprovementActions(actions, ORG)).map((a) => a.id)).toEqual([second.id, first.id]);
    expect((await listImprovementActions(actions, ORG, 'IN_PROGRESS')).map((a) => a.id)).toEqual([first.id]);
  });
});

describe('the effect of an action', () => {
  const billing = { organizationId: ORG, scope: { dimension: 'CATEGORY' as const, key: 'Billing' } };

  async function stats() {
    return statsOf(
      // Three days before 1 Nov: six about billing; three days from it: one.
      ...['2026-10-29', '2026-10-30', '2026-10-31'].flatMap((day) => complaintsOn(day, 2, { category: 'Billing' })),
      ...complaintsOn('2026-11-02', 1, { category: 'Billing' }),
      // Outside the windows, or another group: not counted.
      ...complaintsOn('2026-10-28', 5, { category: 'Billing' }),
      ...complaintsOn('2026-11-04', 5, { category: 'Billing' }),
      ...complaintsOn('2026-11-01', 9, { category: 'Mobile network' }),
    );
  }

  it('compares the same number of days before and from effectiveOn: as many as have passed', async () => {
    const effect = await actionEffect(await stats(), { ...billing, effectiveOn: '2026-11-01' }, '2026-11-04');
    expect(effect).toEqual({
      windowDays: 3,
      before: 6,
      after: 1,
      beforePerDay: 2,
      afterPerDay: 1 / 3,
      change: -5 / 6,
      // At most 1 of 7 after, by chance: 8 / 128.
      pValue: expect.closeTo(0.0625, 12),
      significant: false,
    });
  });

  it('is significant when the fall is more than chance', async () => {
    const fell = await statsOf(...complaintsOn('2026-10-20', 30, { category: 'Billing' }), ...complaintsOn('2026-11-10', 10, { category: 'Billing' }));
    const effect = await actionEffect(fell, { ...billing, effectiveOn: '2026-11-01' }, '2026-12-01');
    expect(effect).toMatchObject({ windowDays: 30, before: 30, after: 10, change: -2 / 3, significant: true });
    expect(effect!.pValue).toBeLessThan(0.01);
  });

  it('measures at most 90 days on each side', async () => {
    const effect = await actionEffect(await stats(), { ...billing, effectiveOn: '2026-01-01' }, '2026-12-01');
    expect(effect?.windowDays).toBe(90);
  });

  it('counts every complaint of the organization for an action scoped to ALL', async () => {
    const effect = await actionEffect(await stats(), { organizationId: ORG, scope: { dimension: 'ALL', key: ORG }, effectiveOn: '2026-11-01' }, '2026-11-04');
    expect(effect).toMatchObject({ before: 6, after: 10 });
  });

  it('is null until effectiveOn has passed by a day, and without one', async () => {
    const store = await stats();
    expect(await actionEffect(store, { ...billing, effectiveOn: '2026-11-04' }, '2026-11-04')).toBeNull();
    expect(await actionEffect(store, { ...billing, effectiveOn: '2026-12-24' }, '2026-11-04')).toBeNull();
    expect(await actionEffect(store, { ...billing, effectiveOn: null }, '2026-11-04')).toBeNull();
  });
});
