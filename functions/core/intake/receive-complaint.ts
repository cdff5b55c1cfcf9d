import type { Actor, ComplaintChange } from '../complaint';
import { localDate } from '../clocks/time-zone';
import { clocksAfter } from '../lifecycle/clock-book';
import { notice } from '../lifecycle/steps';
import type { OrganizationSettings } from '../organization/settings';
import { hashAccessCode } from './codes';
import type { ValidSubmission } from './validate-submission';

export interface Receipt {
  id: string;
  reference: string;
  accessCode: string;
  receivedAt: Date;
  actor: Actor;
  /** The partner submitting through the API, who may read it back. */
  submittedBy?: string;
}

/** The first version of a complaint: received, its clocks started, its acknowledgement queued. */
export function receiveComplaint(submission: ValidSubmission, receipt: Receipt, settings: OrganizationSettings): ComplaintChange {
  const at = receipt.receivedAt.toISOString();
  const base = {
    id: receipt.id,
    organizationId: settings.organizationId,
    reference: receipt.reference,
    accessCodeHash: hashAccessCode(receipt.id, receipt.accessCode),
    status: 'RECEIVED' as const,
    ...submission,
    receivedAt: at,
    receivedOn: localDate(receipt.receivedAt, settings.timeZone),
    submittedBy: receipt.submittedBy,
    jurisdictions: settings.jurisdictions,
    clocks: [],
    escalation: { level: 'NONE' as const },
    workflowEpoch: 1,
    version: 1,
  };
  const complaint = { ...base, clocks: clocksAfter(base, ['RECEIVED'], receipt.receivedAt, settings) };
  return {
    complaint,
    audit: { complaintId: receipt.id, version: 1, at, actor: receipt.actor, action: 'COMPLAINT_RECEIVED' },
    notifications: [notice(complaint, 'ACKNOWLEDGEMENT', receipt.receivedAt)],
  };
}
