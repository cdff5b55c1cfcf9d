import type { Role } from '../graphql/generated/schema-types';

/**
 * Who may call each operation: the permission table, written once. It imports nothing of
 * the server, so the staff workspace bundles it to offer only the steps a role may take. docs/PERMISSIONS.md
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
  emergingTopics: staffOnly(ANALYSING),
  improvementActions: staffOnly(ANALYSING),
  improvementAction: staffOnly(ANALYSING),
  complaintExport: staffOnly(['ADMIN', 'ANALYST']),
  inboundEmails: staffOnly(MANAGING),
  inboundEmail: staffOnly(MANAGING),
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
  acceptTriageSuggestion: staffOnly(HANDLING),
  correctTriageSuggestion: staffOnly(HANDLING),
  updateOrganizationSettings: staffOnly(ADMIN),
  createPartnerApiKey: staffOnly(ADMIN),
  rotatePartnerApiKey: staffOnly(ADMIN),
  revokePartnerApiKey: staffOnly(ADMIN),
  registerWebhook: { staff: ADMIN, partner: true, anonymous: false },
  deleteWebhook: staffOnly(ADMIN),
  reprocessInboundEmail: staffOnly(MANAGING),
  eraseComplainantData: staffOnly(ADMIN),
  createImprovementAction: staffOnly(ANALYSING),
  updateImprovementAction: staffOnly(ANALYSING),
} as const satisfies Record<string, Permission>;

export type Operation = keyof typeof PERMISSIONS;

/** A handler acts on complaints designated to them (or not designated yet); other roles on any of their organization's. */
export function mayHandle(role: Role, staffId: string, handlerId: string | null | undefined): boolean {
  return role !== 'HANDLER' || handlerId === undefined || handlerId === null || handlerId === staffId;
}
