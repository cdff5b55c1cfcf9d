import type { Complaint } from './complaint';
import { DomainError } from './errors';
import type { Caller, Role } from './identity';

/**
 * Who may call each operation: the permission table, written once. docs/PERMISSIONS.md
 * shows it and test/integration/permissions.test.ts checks every cell. Operations open
 * to the complainant are authorized by the reference and access code they carry.
 */
export interface Permission {
  staff: readonly Role[];
  partner: boolean;
  anonymous: boolean;
}

const ALL_STAFF: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST'];
const HANDLING: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'HANDLER'];
const MANAGING: readonly Role[] = ['ADMIN', 'SUPERVISOR'];
const ADMIN: readonly Role[] = ['ADMIN'];
/** Who learns from complaints: reads the figures and owns improvement actions. */
const ANALYSING: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'ANALYST'];

const everyone: Permission = { staff: ALL_STAFF, partner: true, anonymous: true };
const staffOnly = (staff: readonly Role[]): Permission => ({ staff, partner: false, anonymous: false });

export const PERMISSIONS = {
  // Queries
  viewer: everyone,
  trackComplaint: everyone,
  complaint: { staff: ALL_STAFF, partner: true, anonymous: false },
  complaintByReference: { staff: ALL_STAFF, partner: true, anonymous: false },
  complaints: staffOnly(ALL_STAFF),
  handlerQueue: staffOnly(ALL_STAFF),
  escalatedComplaints: staffOnly(ALL_STAFF),
  complaintsWithDuplicates: staffOnly(ALL_STAFF),
  organizationSettings: staffOnly(ALL_STAFF),
  complaintCategories: everyone,
  partnerApiKeys: staffOnly(ADMIN),
  webhooks: staffOnly(ADMIN),
  exportComplainantData: staffOnly(ADMIN),
  complaintStatistics: staffOnly(ANALYSING),
  complaintTrend: staffOnly(ANALYSING),
  hotspots: staffOnly(ANALYSING),
  improvementActions: staffOnly(ANALYSING),
  improvementAction: staffOnly(ANALYSING),
  complaintExport: staffOnly(['ADMIN', 'ANALYST']),
  verifyComplaintHistory: staffOnly(ALL_STAFF),
  // Mutations
  submitComplaint: { staff: HANDLING, partner: true, anonymous: true },
  answerInformationRequest: everyone,
  submitFeedback: everyone,
  withdrawComplaint: everyone,
  requestAttachmentUpload: everyone,
  attachFile: everyone,
  acceptComplaint: staffOnly(HANDLING),
  rejectComplaint: staffOnly(HANDLING),
  assignComplaint: staffOnly(MANAGING),
  startInvestigation: staffOnly(HANDLING),
  addInternalNote: staffOnly(HANDLING),
  sendPublicReply: staffOnly(HANDLING),
  requestEvidenceUpload: staffOnly(HANDLING),
  addEvidence: staffOnly(HANDLING),
  requestInformation: staffOnly(HANDLING),
  resolveComplaint: staffOnly(HANDLING),
  escalateComplaint: staffOnly(HANDLING),
  mergeDuplicate: staffOnly(HANDLING),
  dismissDuplicate: staffOnly(HANDLING),
  updateOrganizationSettings: staffOnly(ADMIN),
  createPartnerApiKey: staffOnly(ADMIN),
  rotatePartnerApiKey: staffOnly(ADMIN),
  revokePartnerApiKey: staffOnly(ADMIN),
  registerWebhook: { staff: ADMIN, partner: true, anonymous: false },
  deleteWebhook: staffOnly(ADMIN),
  eraseComplainantData: staffOnly(ADMIN),
  createImprovementAction: staffOnly(ANALYSING),
  updateImprovementAction: staffOnly(ANALYSING),
} as const satisfies Record<string, Permission>;

export type Operation = keyof typeof PERMISSIONS;

export function allows(operation: Operation, caller: Caller): boolean {
  const p: Permission = PERMISSIONS[operation];
  switch (caller.kind) {
    case 'STAFF':
      return p.staff.includes(caller.role);
    case 'PARTNER':
      return p.partner;
    case 'ANONYMOUS':
      return p.anonymous;
  }
}

/** UNAUTHENTICATED for nobody, FORBIDDEN for someone not entitled. */
export function requirePermission(operation: Operation, caller: Caller): void {
  if (allows(operation, caller)) return;
  if (caller.kind === 'ANONYMOUS') throw new DomainError('UNAUTHENTICATED', `Sign in (or send a partner API key) to call ${operation}.`);
  throw new DomainError('FORBIDDEN', `Your ${caller.kind === 'STAFF' ? `role (${caller.role})` : 'partner key'} may not call ${operation}.`);
}

/**
 * Whether the caller may see this complaint at all: staff of its organization, or the
 * partner who submitted it. Anything else is answered as if it did not exist.
 */
export function canSee(caller: Caller, complaint: Complaint): boolean {
  switch (caller.kind) {
    case 'STAFF':
      return complaint.organizationId === caller.organizationId;
    case 'PARTNER':
      return complaint.organizationId === caller.organizationId && complaint.submittedBy === caller.partnerId;
    case 'ANONYMOUS':
      return false;
  }
}

/** A handler acts on complaints designated to them (or not yet designated); other roles on any of their organization's. */
export function canAct(caller: Caller, complaint: Complaint): boolean {
  if (caller.kind !== 'STAFF' || !canSee(caller, complaint)) return false;
  return caller.role !== 'HANDLER' || complaint.handlerId === undefined || complaint.handlerId === caller.staffId;
}
