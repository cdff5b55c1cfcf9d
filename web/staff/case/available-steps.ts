import { canTake, type LifecycleStep } from '../../../functions/core/lifecycle/transitions';
import { mayHandle, PERMISSIONS, type Operation } from '../../../functions/core/permission-rules';
import type { ComplaintStatus, Role } from '../../generated/graphql';

/** The staff steps of the case page, in the order a complaint usually takes them. */
export const STAFF_STEPS = ['accept', 'reject', 'assign', 'investigate', 'note', 'evidence', 'reply', 'requestInformation', 'escalate', 'resolve'] as const;
export type StaffStep = (typeof STAFF_STEPS)[number];

/** Each step as the domain names it: its move in the status model and its operation in the permission table. */
const RULES: Record<StaffStep, { move: LifecycleStep; operation: Operation }> = {
  accept: { move: 'ACCEPT', operation: 'acceptComplaint' },
  reject: { move: 'REJECT', operation: 'rejectComplaint' },
  assign: { move: 'ASSIGN', operation: 'assignComplaint' },
  investigate: { move: 'START_INVESTIGATION', operation: 'startInvestigation' },
  note: { move: 'ADD_INTERNAL_NOTE', operation: 'addInternalNote' },
  evidence: { move: 'ADD_EVIDENCE', operation: 'addEvidence' },
  reply: { move: 'SEND_PUBLIC_REPLY', operation: 'sendPublicReply' },
  requestInformation: { move: 'REQUEST_INFORMATION', operation: 'requestInformation' },
  escalate: { move: 'ESCALATE', operation: 'escalateComplaint' },
  resolve: { move: 'RESOLVE', operation: 'resolveComplaint' },
};

/** Whether the role may call an operation, read from the API's own permission table. */
export const roleMay = (operation: Operation, role: Role): boolean => (PERMISSIONS[operation].staff as readonly Role[]).includes(role);

/** Who is looking at which complaint: a handler acts only on complaints designated to them or to nobody yet. */
export interface StepViewer {
  role: Role;
  id: string;
}

/** The steps the complaint's status allows and the viewer may take, by the same rules the API applies. */
export function availableSteps(complaint: { status: ComplaintStatus; handlerId?: string | null }, viewer: StepViewer): StaffStep[] {
  if (!mayHandle(viewer.role, viewer.id, complaint.handlerId)) return [];
  return STAFF_STEPS.filter((step) => canTake(RULES[step].move, complaint.status) && roleMay(RULES[step].operation, viewer.role));
}

/** What may be done with a duplicate suggestion: merging rejects the complaint, so only where rejecting is allowed. */
export function duplicateActions(complaint: { status: ComplaintStatus; handlerId?: string | null }, viewer: StepViewer): { merge: boolean; dismiss: boolean } {
  const may = mayHandle(viewer.role, viewer.id, complaint.handlerId);
  return {
    merge: may && canTake('REJECT', complaint.status) && roleMay('mergeDuplicate', viewer.role),
    dismiss: may && canTake('DISMISS_DUPLICATE', complaint.status) && roleMay('dismissDuplicate', viewer.role),
  };
}

/** Whether the viewer may accept or correct the complaint's triage suggestions. */
export const mayReviewTriage = (complaint: { status: ComplaintStatus; handlerId?: string | null }, viewer: StepViewer): boolean =>
  mayHandle(viewer.role, viewer.id, complaint.handlerId) && canTake('REVIEW_TRIAGE', complaint.status) && roleMay('acceptTriageSuggestion', viewer.role);
