import { DomainError, notFound } from '../../core/errors';
import { requestUpload, uploadedFile, type FileDependencies } from '../../core/files/file-service';
import { validateUpload } from '../../core/files/limits';
import { optionalText, TEXT_LIMITS } from '../../core/lifecycle/inputs';
import { openWithAccessCode, performAsComplainant } from '../../core/lifecycle/service';
import * as steps from '../../core/lifecycle/steps';
import { requireStep } from '../../core/lifecycle/transitions';
import { canAct, canSee } from '../../core/permissions';
import type { GraphqlContext } from '../context';
import type { MutationResolvers } from '../generated/types';

/** The file store and records, or NOT_CONFIGURED when the deployment has no files bucket. */
export function fileDependencies(ctx: GraphqlContext): FileDependencies {
  const { files, fileRecords, clock } = ctx.services;
  if (!files || !fileRecords) throw new DomainError('NOT_CONFIGURED', 'File storage is not configured (FILES_BUCKET).');
  return { files, fileRecords, clock };
}

export const FileMutation: Pick<MutationResolvers, 'requestEvidenceUpload' | 'requestAttachmentUpload' | 'attachFile'> = {
  requestEvidenceUpload: async (_, { id, file }, ctx) => {
    const upload = validateUpload(file);
    const deps = fileDependencies(ctx);
    const complaint = await ctx.services.store.get(id);
    if (!complaint || !canSee(ctx.caller, complaint)) throw notFound('id', 'complaint');
    if (!canAct(ctx.caller, complaint)) throw new DomainError('FORBIDDEN', 'This complaint is designated to another handler.');
    requireStep('ADD_EVIDENCE', complaint.status);
    return requestUpload(deps, complaint, ctx.actor, upload);
  },

  requestAttachmentUpload: async (_, { reference, accessCode, file }, ctx) => {
    const upload = validateUpload(file);
    const deps = fileDependencies(ctx);
    const { complaint } = await openWithAccessCode(ctx.services.store, reference, accessCode);
    requireStep('ADD_EVIDENCE', complaint.status);
    return requestUpload(deps, complaint, { kind: 'COMPLAINANT' }, upload);
  },

  attachFile: async (_, { reference, accessCode, fileId, description }, ctx) => {
    const said = optionalText('description', description, TEXT_LIMITS.evidenceDescription);
    const deps = fileDependencies(ctx);
    const complaint = await performAsComplainant(ctx.services, reference, accessCode, async (c, s) =>
      steps.attachFile(c, await uploadedFile(deps, c, fileId, 'COMPLAINANT', 'fileId'), said, s),
    );
    ctx.records.forget(complaint.id);
    return complaint;
  },
};
