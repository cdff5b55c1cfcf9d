import { submitComplaint } from '../../core/intake/submit-complaint';
import type { MutationResolvers } from '../generated/types';

export const Mutation: MutationResolvers = {
  submitComplaint: async (_, { input }, ctx) => {
    const { complaint, accessCode } = await submitComplaint(ctx.services, input, ctx.actor);
    return { complaint, reference: complaint.reference, accessCode };
  },
};
