import { DomainError } from '../../core/errors';
import type { MutationResolvers } from '../generated/types';

/**
 * Operations of issue 9 whose schema is agreed but whose implementation is under way:
 * each refuses clearly until its module replaces it here.
 */
const notBuilt = (what: string) => () => {
  throw new DomainError('NOT_CONFIGURED', `${what} is not built yet.`);
};

export const NotBuiltMutation: Pick<MutationResolvers, 'requestEvidenceUpload' | 'requestAttachmentUpload' | 'attachFile'> = {
  requestEvidenceUpload: notBuilt('File upload'),
  requestAttachmentUpload: notBuilt('File upload'),
  attachFile: notBuilt('File upload'),
};
