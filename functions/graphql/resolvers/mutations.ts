import { DomainError, invalidInput, notFound, VersionConflict } from '../../core/errors';
import type { Complaint as ComplaintModel } from '../../core/complaint';
import { canAct, canSee } from '../../core/permissions';
import { submitComplaint } from '../../core/intake/submit-complaint';
import { callerScope, validateIdempotencyKey } from '../../core/partners/idempotency';
import * as input from '../../core/lifecycle/inputs';
import { TEXT_LIMITS } from '../../core/lifecycle/inputs';
import { assignIfRouted, chooseHandler, performAsComplainant, performStep } from '../../core/lifecycle/service';
import * as steps from '../../core/lifecycle/steps';
import { loadSettings } from '../../core/organization/load-settings';
import { updateSettings } from '../../core/organization/settings';
import { checkFinalResponse, furtherRecourse } from '../../core/resolution/final-response';
import { uploadedFile } from '../../core/files/file-service';
import type { GraphqlContext } from '../context';
import type { MutationResolvers } from '../generated/types';
import { fileDependencies } from './files';

/**
 * A staff step on a complaint the caller may act on: another organization's is NOT_FOUND,
 * one designated to another handler FORBIDDEN for a handler. The loader then forgets the
 * complaint so fields read after the step see the change.
 */
async function staffStep(ctx: GraphqlContext, id: string, expectedVersion: number, decide: Parameters<typeof performStep>[4]) {
  const authorize = (c: ComplaintModel) => {
    if (!canSee(ctx.caller, c)) throw notFound('id', 'complaint');
    if (!canAct(ctx.caller, c)) throw new DomainError('FORBIDDEN', 'This complaint is designated to another handler.');
  };
  const complaint = await performStep(ctx.services, id, expectedVersion, ctx.actor, decide, ctx.settings(), authorize);
  ctx.records.forget(id);
  return complaint;
}

async function complainantStep(ctx: GraphqlContext, reference: string, accessCode: string, decide: Parameters<typeof performAsComplainant>[3]) {
  const complaint = await performAsComplainant(ctx.services, reference, accessCode, decide);
  ctx.records.forget(complaint.id);
  return complaint;
}

export const Mutation: MutationResolvers = {
  submitComplaint: async (_, { input: submission, idempotencyKey }, ctx) => {
    const submittedBy = ctx.caller.kind === 'PARTNER' ? ctx.caller.partnerId : undefined;
    const idempotency =
      idempotencyKey === null || idempotencyKey === undefined
        ? undefined
        : { organizationId: ctx.services.settingsDefaults.organizationId, caller: callerScope(ctx.caller), key: validateIdempotencyKey(idempotencyKey) };
    const { complaint, accessCode } = await submitComplaint(ctx.services, submission, ctx.actor, submittedBy, idempotency);
    return { complaint, reference: complaint.reference, accessCode };
  },

  acceptComplaint: async (_, { id, expectedVersion, note }, ctx) => {
    const explanation = input.optionalText('note', note, TEXT_LIMITS.explanation);
    const accepted = await staffStep(ctx, id, expectedVersion, (c, s) => steps.accept(c, explanation, s));
    return assignIfRouted(ctx.services, accepted, ctx.actor, await ctx.settings());
  },

  rejectComplaint: (_, { id, expectedVersion, reason, explanation }, ctx) => {
    const why = input.text('explanation', explanation, TEXT_LIMITS.explanation);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.reject(c, reason, why, s));
  },

  assignComplaint: (_, { id, expectedVersion, handlerId }, ctx) =>
    staffStep(ctx, id, expectedVersion, async (c, s) => {
      const chosen = await chooseHandler(ctx.services.store, c, s.settings, handlerId);
      return steps.assign(c, chosen.handlerId, chosen.teamId, s);
    }),

  startInvestigation: (_, { id, expectedVersion }, ctx) => staffStep(ctx, id, expectedVersion, (c, s) => steps.startInvestigation(c, s)),

  addInternalNote: (_, { id, expectedVersion, text }, ctx) => {
    const note = input.text('text', text, TEXT_LIMITS.note);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.addInternalNote(c, note, s));
  },

  sendPublicReply: (_, { id, expectedVersion, message }, ctx) => {
    const reply = input.text('message', message, TEXT_LIMITS.message);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.sendPublicReply(c, reply, s));
  },

  addEvidence: (_, { id, expectedVersion, evidence }, ctx) => {
    const { fileId, ...item } = input.evidence(evidence);
    if (fileId === undefined) return staffStep(ctx, id, expectedVersion, (c, s) => steps.addEvidence(c, item, s));
    const deps = fileDependencies(ctx);
    // Checked against the store before anything is written: the bytes must be there, whole.
    return staffStep(ctx, id, expectedVersion, async (c, s) => steps.addEvidence(c, item, s, await uploadedFile(deps, c, fileId, 'STAFF', 'evidence.fileId')));
  },

  requestInformation: (_, { id, expectedVersion, question }, ctx) => {
    const asked = input.text('question', question, TEXT_LIMITS.question);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.requestInformation(c, asked, s));
  },

  resolveComplaint: (_, { id, expectedVersion, response }, ctx) => {
    const issues = checkFinalResponse(response);
    if (issues.length) throw invalidInput(issues);
    return staffStep(ctx, id, expectedVersion, (c, s) =>
      steps.resolve(c, response, furtherRecourse(c.jurisdictions, c.complainant.preferredLanguage, s.now, s.settings.timeZone), s),
    );
  },

  escalateComplaint: (_, { id, expectedVersion, reason }, ctx) => {
    const why = input.text('reason', reason, TEXT_LIMITS.reason);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.escalate(c, steps.nextLevel(c.escalation.level), why, s));
  },

  mergeDuplicate: (_, { id, expectedVersion, intoId }, ctx) =>
    staffStep(ctx, id, expectedVersion, async (c, s) => {
      const into = await ctx.services.store.get(intoId);
      if (!into || !canSee(ctx.caller, into)) throw notFound('intoId', 'complaint');
      return steps.mergeAsDuplicate(c, into, s);
    }),

  dismissDuplicate: (_, { id, expectedVersion, candidateId }, ctx) => staffStep(ctx, id, expectedVersion, (c, s) => steps.dismissDuplicate(c, candidateId, s)),

  acceptTriageSuggestion: (_, { id, expectedVersion, kind, value }, ctx) =>
    staffStep(ctx, id, expectedVersion, (c, s) => steps.reviewTriage(c, kind, value, undefined, s)),

  correctTriageSuggestion: (_, { id, expectedVersion, kind, value, correctedTo }, ctx) => {
    const corrected = input.text('correctedTo', correctedTo, TEXT_LIMITS.triageCorrection);
    return staffStep(ctx, id, expectedVersion, (c, s) => steps.reviewTriage(c, kind, value, corrected, s));
  },

  answerInformationRequest: (_, { reference, accessCode, answer }, ctx) => {
    const given = input.text('answer', answer, TEXT_LIMITS.answer);
    return complainantStep(ctx, reference, accessCode, (c, s) => steps.provideInformation(c, given, s));
  },

  submitFeedback: (_, { reference, accessCode, feedback }, ctx) => {
    const given = input.feedback(feedback);
    return complainantStep(ctx, reference, accessCode, (c, s) => steps.receiveFeedback(c, given, s));
  },

  withdrawComplaint: (_, { reference, accessCode, reason }, ctx) => {
    const why = input.optionalText('reason', reason, TEXT_LIMITS.reason);
    return complainantStep(ctx, reference, accessCode, (c, s) => steps.withdraw(c, why, s));
  },

  updateOrganizationSettings: async (_, { input: changes }, ctx) => {
    const current = await loadSettings(ctx.services.store, ctx.services.settingsDefaults);
    if (current.version !== changes.expectedVersion) throw new VersionConflict('settings');
    const next = updateSettings(current, changes);
    await ctx.services.store.saveSettings(next);
    return next;
  },
};
