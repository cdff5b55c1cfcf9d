import type { ActionEffect } from '../../graphql/generated/types';
import { addDays } from '../clocks/time-zone';
import type { StoredImprovementAction } from './improvement-action';
import { counter } from './metrics';
import { daysFrom } from './period';
import type { StatsStore } from './ports';
import { binomialAtMost, isSignificant } from './significance';
import { count, ratio } from './sums';

export type { ActionEffect };

/** The longest window compared on each side of effectiveOn. */
export const MAX_EFFECT_WINDOW_DAYS = 90;

/**
 * Complaints received in the action's scope in the same number of days before and from
 * effectiveOn: as many days as have fully passed since it (up to 90), so both sides are
 * equally long and the test compares counts. Null until effectiveOn is at least a day
 * in the past (`today` is the organization's day).
 */
export async function actionEffect(
  stats: StatsStore,
  action: Pick<StoredImprovementAction, 'organizationId' | 'scope' | 'effectiveOn'>,
  today: string,
): Promise<ActionEffect | null> {
  if (!action.effectiveOn) return null;
  const windowDays = Math.min(MAX_EFFECT_WINDOW_DAYS, daysFrom(action.effectiveOn, today));
  if (windowDays < 1) return null;
  const { dimension, key } = action.scope;
  const { cells } = await stats.cells(action.organizationId, dimension, addDays(action.effectiveOn, -windowDays), addDays(action.effectiveOn, windowDays - 1));
  let before = 0;
  let after = 0;
  for (const cell of cells) {
    if (cell.key !== key) continue;
    if (cell.day < action.effectiveOn) before += count(cell.counters, counter.received);
    else after += count(cell.counters, counter.received);
  }
  // Under "no fall", each of the n complaints is as likely on either side.
  const pValue = binomialAtMost(after, before + after);
  return {
    windowDays,
    before,
    after,
    beforePerDay: before / windowDays,
    afterPerDay: after / windowDays,
    change: ratio(after - before, before),
    pValue,
    significant: isSignificant(pValue),
  };
}
