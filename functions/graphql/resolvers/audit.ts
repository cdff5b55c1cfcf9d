import { verifyComplaintHistory } from '../../core/audit/verify-complaint';
import { verifyHistory } from '../../core/audit/verify-history';
import { notFound } from '../../core/errors';
import { canSee } from '../../core/permissions';
import type { QueryResolvers } from '../generated/types';

export const AuditQuery: Pick<QueryResolvers, 'verifyComplaintHistory'> = {
  verifyComplaintHistory: async (_, { id }, ctx) => {
    const record = await ctx.records.load(id);
    if (!record || !canSee(ctx.caller, record.complaint)) throw notFound('id', 'complaint');
    const { verified, entries, sealedFromVersion, digestDays, problem } = ctx.services.auditVerification
      ? await verifyComplaintHistory(ctx.services.auditVerification, record)
      : verifyHistory(record);
    return {
      verified,
      entries,
      sealedFromVersion: sealedFromVersion ?? null,
      digestDays,
      problem: problem ? { code: problem.code, version: problem.version, action: problem.action ?? null, at: problem.at ?? null, day: problem.day ?? null } : null,
    };
  },
};
