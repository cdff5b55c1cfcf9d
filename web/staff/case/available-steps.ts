import { canTake, type LifecycleStep } from '../../../functions/core/lifecycle/transitions';
import { PERMISSIONS, type Operation } from '../../../functions/core/permission-rules';
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

/** The steps the complaint's status allows and the viewer's role may take, by the same rules the API applies. */
export function availableSteps(status: ComplaintStatus, role: Role): StaffStep[] {
  return STAFF_STEPS.filter((step) => canTake(RULES[step].move, status) && roleMay(RULES[step].operation, role));
}

/** What may be done with a duplicate suggestion: merging rejects the complaint, so only where rejecting is allowed. */
export function duplicateActions(status: ComplaintStatus, role: Role): { merge: boolean; dismiss: boolean } {
  return {
    merge: canTake('REJECT', status) && roleMay('mergeDuplicate', role),
    dismiss: canTake('DISMISS_DUPLICATE', status) && roleMay('dismissDuplicate', role),
  };
}
