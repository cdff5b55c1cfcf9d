import { actionEffect } from '../../core/analytics/action-effect';
import type { ImprovementActionStore } from '../../core/analytics/improvement-action';
import {
  createImprovementAction,
  getImprovementAction,
  listImprovementActions,
  updateImprovementAction,
  type ImprovementActionDependencies,
} from '../../core/analytics/improvement-actions';
import { localDate } from '../../core/clocks/time-zone';
import { DomainError } from '../../core/errors';
import type { GraphqlContext } from '../context';
import type { ImprovementActionResolvers, MutationResolvers, QueryResolvers } from '../generated/types';
import { statsStore } from './analytics';

/** The action store, or a clear refusal on a deployment wired without one. */
function actionStore(ctx: GraphqlContext): ImprovementActionStore {
  if (!ctx.services.improvementActions) throw new DomainError('NOT_CONFIGURED', 'Improvement actions are not configured on this deployment.');
  return ctx.services.improvementActions;
}

const organization = (ctx: GraphqlContext) => ctx.services.settingsDefaults.organizationId;

const deps = (ctx: GraphqlContext): ImprovementActionDependencies => ({ actions: actionStore(ctx), complaints: ctx.services.store, clock: ctx.services.clock });

export const ImprovementActionQuery: Pick<QueryResolvers, 'improvementActions' | 'improvementAction'> = {
  improvementActions: (_, { status }, ctx) => listImprovementActions(actionStore(ctx), organization(ctx), status),

  improvementAction: (_, { id }, ctx) => getImprovementAction(actionStore(ctx), organization(ctx), id),
};

export const ImprovementActionMutation: Pick<MutationResolvers, 'createImprovementAction' | 'updateImprovementAction'> = {
  createImprovementAction: async (_, { input }, ctx) => createImprovementAction(deps(ctx), await ctx.settings(), input),

  updateImprovementAction: async (_, { input }, ctx) => updateImprovementAction(deps(ctx), await ctx.settings(), input),
};

/** The effect is read from the aggregates only when asked for: a list of actions without it reads no cells. */
export const ImprovementAction: ImprovementActionResolvers = {
  effect: async (action, _, ctx) => {
    const today = localDate(ctx.services.clock.now(), (await ctx.settings()).timeZone);
    return actionEffect(statsStore(ctx), { organizationId: organization(ctx), scope: action.scope, effectiveOn: action.effectiveOn }, today);
  },
};
