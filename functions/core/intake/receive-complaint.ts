import type { Actor, ComplaintChange, Notification } from '../complaint';
import { workingDaysDeadline } from '../clocks/working-days';
import type { OrganizationPolicy } from '../policy';
import { hashAccessCode } from './codes';
import type { ValidSubmission } from './validate-submission';

export interface Receipt {
  id: string;
  reference: string;
  accessCode: string;
  receivedAt: Date;
  actor: Actor;
}

/** The first version of a complaint: received, its acceptance clock started, its acknowledgement pending. */
export function receiveComplaint(
  submission: ValidSubmission,
  receipt: Receipt,
  policy: OrganizationPolicy,
): ComplaintChange & { notification: Notification } {
  const at = receipt.receivedAt.toISOString();
  const acceptanceDue = workingDaysDeadline(receipt.receivedAt, policy.acceptanceDecisionWorkingDays, policy.calendar, policy.timeZone);
  return {
    complaint: {
      id: receipt.id,
      organizationId: policy.organizationId,
      reference: receipt.reference,
      accessCodeHash: hashAccessCode(receipt.id, receipt.accessCode),
      status: 'RECEIVED',
      ...submission,
      receivedAt: at,
      deadlines: [{ kind: 'ACCEPTANCE_DECISION', dueAt: acceptanceDue.toISOString(), state: 'ON_TRACK' }],
      version: 1,
    },
    audit: { complaintId: receipt.id, version: 1, at, actor: receipt.actor, action: 'COMPLAINT_RECEIVED' },
    notification: { complaintId: receipt.id, kind: 'ACKNOWLEDGEMENT', state: 'PENDING', attempts: 0, updatedAt: at },
  };
}
