/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorKind =
  | 'COMPLAINANT'
  | 'PARTNER'
  | 'STAFF'
  | 'SYSTEM';

/** What complaints are counted by. */
export type AnalyticsDimension =
  /** The whole organization: one group. */
  | 'ALL'
  | 'CATEGORY'
  | 'CHANNEL'
  /** UPHELD, PARTLY_UPHELD, NOT_UPHELD, REJECTED, WITHDRAWN or OPEN. */
  | 'OUTCOME'
  | 'PRODUCT'
  /** Province, state or region. */
  | 'REGION'
  /** The business complained about. */
  | 'RESPONDENT';

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'REVOKED';

/** What happened to a complaint. Every entry of a complaint's history is one of these. */
export type AuditAction =
  | 'ACCEPTED'
  | 'CLOCK_AT_RISK'
  | 'CLOCK_BREACHED'
  | 'CLOSED'
  | 'COMPLAINT_RECEIVED'
  /** Staff found a suggested duplicate to be a different complaint. */
  | 'DUPLICATE_DISMISSED'
  | 'ESCALATED'
  | 'EVIDENCE_ADDED'
  | 'FEEDBACK_RECEIVED'
  | 'FEEDBACK_REQUESTED'
  | 'HANDLER_ASSIGNED'
  /** Loaded from another system's export (e.g. the CFPB's); its history before that is not known. */
  | 'IMPORTED'
  | 'INFORMATION_PROVIDED'
  | 'INFORMATION_REQUESTED'
  | 'INTERNAL_NOTE_ADDED'
  | 'INVESTIGATION_STARTED'
  /** The complainant's personal data was removed at their request. */
  | 'PERSONAL_DATA_ERASED'
  | 'PUBLIC_REPLY_SENT'
  | 'REJECTED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'WITHDRAWN';

export type CaseEntryKind =
  | 'EVIDENCE'
  | 'INFORMATION_REQUEST'
  | 'INFORMATION_RESPONSE'
  /** Staff only; the complainant never sees it. */
  | 'INTERNAL_NOTE'
  | 'PUBLIC_REPLY'
  /** Why the complainant withdrew, when they said. */
  | 'WITHDRAWAL_REASON';

/** How a complaint reached the organization (投诉渠道). */
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'IN_PERSON'
  | 'LETTER'
  | 'PARTNER_API'
  | 'PHONE'
  | 'SOCIAL_MEDIA'
  | 'WEB';

export type ClockSource =
  | 'CN'
  | 'SLA'
  | 'UK_FCA'
  | 'US_CFPB';

/**
 * Where a complaint stands. The legal moves are drawn in docs/ARCHITECTURE.md; any
 * other move is refused with INVALID_TRANSITION and changes nothing.
 */
export type ComplaintStatus =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'AWAITING_COMPLAINANT'
  | 'CLOSED'
  | 'FEEDBACK_PENDING'
  | 'INVESTIGATING'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'WITHDRAWN';

export type CustomCalendarInput = {
  holidays: Array<string>;
  id: string | number;
  makeUpWorkingDays: Array<string>;
};

export type DurationTargetInput = {
  amount: number;
  unit: DurationUnit;
};

export type DurationUnit =
  | 'BUSINESS_HOURS'
  | 'CALENDAR_DAYS'
  | 'HOURS'
  | 'MINUTES'
  | 'WEEKS'
  | 'WORKING_DAYS';

export type EvaluationReportSettingsInput = {
  frequency: ReportFrequency;
  /** Staff ids from staff; up to 20. */
  recipientIds: Array<string | number>;
};

export type ExportFormat =
  /** Every field staff see except personal data of the complainant, for the organization's own analysis. */
  | 'FULL'
  /** The CFPB's public columns: no personal data, the narrative only where the complainant consented, scrubbed of addresses and numbers. */
  | 'OPEN_DATA';

export type ImprovementActionInput = {
  /** Up to 100. */
  complaintIds?: Array<string | number> | null | undefined;
  /** Up to 5,000 characters. */
  description?: string | null | undefined;
  dimension: AnalyticsDimension;
  dueOn: string;
  /** The group's value, e.g. a category; ignored for ALL. */
  key?: string | null | undefined;
  ownerId: string | number;
  /** 1 to 200 characters. */
  title: string;
};

export type ImprovementActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A legal regime whose deadlines run on the organization's complaints. */
export type Jurisdiction =
  /** Mainland China market-regulation complaint measures. */
  | 'CN'
  /** UK Financial Conduct Authority, DISP. */
  | 'UK_FCA'
  /** US Consumer Financial Protection Bureau. */
  | 'US_CFPB';

/** The language the complainant is written to in. */
export type Language =
  | 'EN'
  | 'ZH_CN';

/** Replaces the settings given; absent fields keep their value. */
export type OrganizationSettingsInput = {
  businessHoursEnd?: string | null | undefined;
  businessHoursStart?: string | null | undefined;
  calendarId?: string | null | undefined;
  /** Up to 200, each 1 to 100 characters, no two the same regardless of case. */
  categories?: Array<string> | null | undefined;
  customCalendars?: Array<CustomCalendarInput> | null | undefined;
  evaluationReport?: EvaluationReportSettingsInput | null | undefined;
  expectedVersion: number;
  feedbackWindowDays?: number | null | undefined;
  jurisdictions?: Array<Jurisdiction> | null | undefined;
  managerId?: string | number | null | undefined;
  reopenAtOrBelowRating?: number | null | undefined;
  routingRules?: Array<RoutingRuleInput> | null | undefined;
  slaTargets?: Array<SlaTargetInput> | null | undefined;
  staff?: Array<StaffInput> | null | undefined;
  teams?: Array<TeamInput> | null | undefined;
  timeZone?: string | null | undefined;
};

export type Outcome =
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

/** Days of the organization's calendar (imported complaints keep their source's dates), both inclusive; at most 731 days. */
export type PeriodInput = {
  from: string;
  to: string;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Why a complaint was not accepted. */
export type RejectionReason =
  | 'BEFORE_COURT_OR_MEDIATOR'
  | 'DUPLICATE'
  | 'INSUFFICIENT_INFORMATION'
  | 'OTHER'
  | 'OUT_OF_SCOPE'
  | 'TIME_BARRED';

export type Remedy =
  | 'APOLOGY'
  | 'COMPENSATION'
  | 'EXPLANATION'
  | 'OTHER'
  | 'REFUND'
  | 'REPAIR'
  | 'REPLACEMENT';

export type ReportFrequency =
  /** On the first day of each month, for the month before. */
  | 'MONTHLY'
  | 'NONE'
  /** Every Monday, for the week (Monday to Sunday) before. */
  | 'WEEKLY';

/** What a member of staff may do; see the permission table in docs/PERMISSIONS.md. */
export type Role =
  | 'ADMIN'
  /** Reads everything of the organization, changes nothing. */
  | 'ANALYST'
  | 'HANDLER'
  | 'SUPERVISOR';

/** What caused the problem, for learning from complaints. */
export type RootCause =
  | 'BILLING'
  | 'COMMUNICATION'
  | 'DELIVERY'
  | 'NONE_FOUND'
  | 'OTHER'
  | 'POLICY'
  | 'PRODUCT_QUALITY'
  | 'SERVICE_QUALITY'
  | 'STAFF_CONDUCT'
  | 'SYSTEM_FAILURE'
  | 'THIRD_PARTY';

export type RoutingRuleInput = {
  category?: string | null | undefined;
  region?: string | null | undefined;
  respondent?: string | null | undefined;
  teamId: string | number;
};

export type SlaTargetInput = {
  acceptanceDecision?: DurationTargetInput | null | undefined;
  category?: string | null | undefined;
  firstResponse?: DurationTargetInput | null | undefined;
  priority: Priority;
  resolution?: DurationTargetInput | null | undefined;
};

export type StaffInput = {
  email: string;
  id: string | number;
  /** The language of emails to this person (escalations, calendar notices); leave it out for Chinese then English. */
  language?: Language | null | undefined;
  name: string;
};

export type TeamInput = {
  id: string | number;
  memberIds: Array<string | number>;
  name: string;
  supervisorId: string | number;
};

export type TrendGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type UpdateImprovementActionInput = {
  /** Replaces the list. */
  complaintIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  effectiveOn?: string | null | undefined;
  expectedVersion: number;
  id: string | number;
  ownerId?: string | number | null | undefined;
  status?: ImprovementActionStatus | null | undefined;
  title?: string | null | undefined;
};

export type AdminExportComplainantDataQueryVariables = Exact<{
  email: string;
}>;


export type AdminExportComplainantDataQuery = { exportComplainantData: { exportedAt: string, complaints: Array<{ id: string, reference: string, status: ComplaintStatus, channel: Channel, category: string, product: string | null, facts: string, remedyRequested: string, occurredOn: string | null, receivedAt: string, priority: Priority, region: string | null, jurisdictions: Array<Jurisdiction>, pendingRequest: string | null, version: number, complainant: { name: string, email: string | null, phone: string | null, postalAddress: string | null, preferredLanguage: Language }, respondent: { name: string, address: string | null }, decision: { accepted: boolean, reason: RejectionReason | null, explanation: string | null, duplicateOf: string | null, at: string } | null, entries: Array<{ kind: CaseEntryKind, at: string, text: string | null, author: { kind: ActorKind, id: string | null }, evidence: { description: string, source: string, contentHash: string | null, fileReference: string | null } | null }>, finalResponses: Array<{ outcome: Outcome, reasons: string, remedies: Array<Remedy>, remedyDetails: string | null, followUpMeasures: string, rootCause: RootCause, furtherRecourse: string, at: string }>, feedbackHistory: Array<{ rating: number, resolved: boolean, comment: string | null, at: string }>, history: Array<{ at: string, action: AuditAction, actor: { kind: ActorKind, id: string | null } }> }> } };

export type AdminEraseComplainantDataMutationVariables = Exact<{
  email: string;
}>;


export type AdminEraseComplainantDataMutation = { eraseComplainantData: { erasedComplaints: number } };

export type AdminComplaintExportQueryVariables = Exact<{
  period: PeriodInput;
  format: ExportFormat;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminComplaintExportQuery = { complaintExport: { csv: string, rows: number, nextCursor: string | null } };

export type AdminPartnerApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPartnerApiKeysQuery = { partnerApiKeys: Array<{ id: string, partnerId: string, name: string, status: ApiKeyStatus, createdAt: string, rotatedAt: string | null, revokedAt: string | null }> };

export type AdminCreatePartnerApiKeyMutationVariables = Exact<{
  partnerId: string | number;
  name: string;
}>;


export type AdminCreatePartnerApiKeyMutation = { createPartnerApiKey: { apiKey: string, key: { id: string } } };

export type AdminRotatePartnerApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRotatePartnerApiKeyMutation = { rotatePartnerApiKey: { apiKey: string, key: { id: string } } };

export type AdminRevokePartnerApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokePartnerApiKeyMutation = { revokePartnerApiKey: { id: string, status: ApiKeyStatus } };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { webhooks: Array<{ partnerId: string, url: string, createdAt: string }> };

export type AdminRegisterWebhookMutationVariables = Exact<{
  partnerId: string | number;
  url: string;
  secret: string;
}>;


export type AdminRegisterWebhookMutation = { registerWebhook: { partnerId: string } };

export type AdminDeleteWebhookMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type AdminDeleteWebhookMutation = { deleteWebhook: boolean };

export type AdminOrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganizationSettingsQuery = { organizationSettings: { version: number, timeZone: string, calendarId: string, businessHoursStart: string, businessHoursEnd: string, jurisdictions: Array<Jurisdiction>, managerId: string | null, feedbackWindowDays: number, reopenAtOrBelowRating: number, categories: Array<string>, staff: Array<{ id: string, name: string, email: string, language: Language | null }>, teams: Array<{ id: string, name: string, memberIds: Array<string>, supervisorId: string }>, routingRules: Array<{ category: string | null, respondent: string | null, region: string | null, teamId: string }>, slaTargets: Array<{ category: string | null, priority: Priority, firstResponse: { amount: number, unit: DurationUnit } | null, acceptanceDecision: { amount: number, unit: DurationUnit } | null, resolution: { amount: number, unit: DurationUnit } | null }>, customCalendars: Array<{ id: string, holidays: Array<string>, makeUpWorkingDays: Array<string> }>, evaluationReport: { frequency: ReportFrequency, recipientIds: Array<string> } } };

export type AdminUpdateOrganizationSettingsMutationVariables = Exact<{
  input: OrganizationSettingsInput;
}>;


export type AdminUpdateOrganizationSettingsMutation = { updateOrganizationSettings: { version: number } };

export type AnalyticsDashboardQueryVariables = Exact<{
  period: PeriodInput;
  dimension: AnalyticsDimension;
  granularity: TrendGranularity;
  trendDimension: AnalyticsDimension;
  key?: string | null | undefined;
  groups?: number | null | undefined;
  hotspots?: number | null | undefined;
}>;


export type AnalyticsDashboardQuery = { overall: { groups: Array<{ key: string, received: number, resolved: number, reopened: number, reopenRate: number | null, escalated: number, timeToResolution: { medianHours: number | null }, compliance: Array<{ source: ClockSource, met: number, breached: number, rate: number | null }>, satisfaction: { ratings: number, averageRating: number | null, distribution: Array<number>, resolvedShare: number | null } }> }, byGroup: { totalGroups: number, groups: Array<{ key: string, received: number, resolved: number, reopened: number, reopenRate: number | null, escalated: number, timeToResolution: { medianHours: number | null }, compliance: Array<{ source: ClockSource, met: number, breached: number, rate: number | null }>, satisfaction: { ratings: number, averageRating: number | null, distribution: Array<number>, resolvedShare: number | null } }> }, complaintTrend: { granularity: TrendGranularity, points: Array<{ start: string, received: number, resolved: number, clocksMet: number, clocksBreached: number }> }, hotspots: { previousPeriod: { from: string, to: string }, hotspots: Array<{ key: string, current: number, previous: number, rise: number, relativeRise: number | null, pValue: number, significant: boolean }> } };

export type AnalyticsFiguresFragment = { key: string, received: number, resolved: number, reopened: number, reopenRate: number | null, escalated: number, timeToResolution: { medianHours: number | null }, compliance: Array<{ source: ClockSource, met: number, breached: number, rate: number | null }>, satisfaction: { ratings: number, averageRating: number | null, distribution: Array<number>, resolvedShare: number | null } };

export type AnalyticsVolumeQueryVariables = Exact<{
  period: PeriodInput;
  granularity: TrendGranularity;
}>;


export type AnalyticsVolumeQuery = { complaintTrend: { points: Array<{ start: string, received: number }> } };

export type AnalyticsImprovementActionsQueryVariables = Exact<{
  status?: ImprovementActionStatus | null | undefined;
}>;


export type AnalyticsImprovementActionsQuery = { improvementActions: Array<{ id: string, title: string, description: string | null, complaintIds: Array<string>, ownerId: string, dueOn: string, status: ImprovementActionStatus, effectiveOn: string | null, updatedAt: string, version: number, scope: { dimension: AnalyticsDimension, key: string }, effect: { windowDays: number, before: number, after: number, beforePerDay: number, afterPerDay: number, change: number | null, pValue: number, significant: boolean } | null }>, organizationSettings: { staff: Array<{ id: string, name: string }> } };

export type ImprovementActionFieldsFragment = { id: string, title: string, description: string | null, complaintIds: Array<string>, ownerId: string, dueOn: string, status: ImprovementActionStatus, effectiveOn: string | null, updatedAt: string, version: number, scope: { dimension: AnalyticsDimension, key: string }, effect: { windowDays: number, before: number, after: number, beforePerDay: number, afterPerDay: number, change: number | null, pValue: number, significant: boolean } | null };

export type AnalyticsImprovementActionQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalyticsImprovementActionQuery = { improvementAction: { id: string, title: string, description: string | null, complaintIds: Array<string>, ownerId: string, dueOn: string, status: ImprovementActionStatus, effectiveOn: string | null, updatedAt: string, version: number, scope: { dimension: AnalyticsDimension, key: string }, effect: { windowDays: number, before: number, after: number, beforePerDay: number, afterPerDay: number, change: number | null, pValue: number, significant: boolean } | null } | null };

export type AnalyticsCreateImprovementActionMutationVariables = Exact<{
  input: ImprovementActionInput;
}>;


export type AnalyticsCreateImprovementActionMutation = { createImprovementAction: { id: string } };

export type AnalyticsUpdateImprovementActionMutationVariables = Exact<{
  input: UpdateImprovementActionInput;
}>;


export type AnalyticsUpdateImprovementActionMutation = { updateImprovementAction: { id: string, title: string, description: string | null, complaintIds: Array<string>, ownerId: string, dueOn: string, status: ImprovementActionStatus, effectiveOn: string | null, updatedAt: string, version: number, scope: { dimension: AnalyticsDimension, key: string }, effect: { windowDays: number, before: number, after: number, beforePerDay: number, afterPerDay: number, change: number | null, pValue: number, significant: boolean } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ActorKind, organizationId: string | null, id: string | null, role: Role | null } };

export const AnalyticsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatisticsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"timeToResolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedShare"}}]}}]}}]} as unknown as DocumentNode<AnalyticsFiguresFragment, unknown>;
export const ImprovementActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImprovementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintIds"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"afterPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<ImprovementActionFieldsFragment, unknown>;
export const AdminExportComplainantDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminExportComplainantData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportComplainantData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"facts"}},{"kind":"Field","name":{"kind":"Name","value":"remedyRequested"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"complainant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"fileReference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingRequest"}},{"kind":"Field","name":{"kind":"Name","value":"finalResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"remedyDetails"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"furtherRecourse"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AdminExportComplainantDataQuery, AdminExportComplainantDataQueryVariables>;
export const AdminEraseComplainantDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEraseComplainantData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseComplainantData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasedComplaints"}}]}}]}}]} as unknown as DocumentNode<AdminEraseComplainantDataMutation, AdminEraseComplainantDataMutationVariables>;
export const AdminComplaintExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminComplaintExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<AdminComplaintExportQuery, AdminComplaintExportQueryVariables>;
export const AdminPartnerApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPartnerApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminPartnerApiKeysQuery, AdminPartnerApiKeysQueryVariables>;
export const AdminCreatePartnerApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePartnerApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreatePartnerApiKeyMutation, AdminCreatePartnerApiKeyMutationVariables>;
export const AdminRotatePartnerApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotatePartnerApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRotatePartnerApiKeyMutation, AdminRotatePartnerApiKeyMutationVariables>;
export const AdminRevokePartnerApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokePartnerApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminRevokePartnerApiKeyMutation, AdminRevokePartnerApiKeyMutationVariables>;
export const AdminWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminRegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"secret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]} as unknown as DocumentNode<AdminRegisterWebhookMutation, AdminRegisterWebhookMutationVariables>;
export const AdminDeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}]}]}}]} as unknown as DocumentNode<AdminDeleteWebhookMutation, AdminDeleteWebhookMutationVariables>;
export const AdminOrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"calendarId"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"businessHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"reopenAtOrBelowRating"}},{"kind":"Field","name":{"kind":"Name","value":"customCalendars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpWorkingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"recipientIds"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrganizationSettingsQuery, AdminOrganizationSettingsQueryVariables>;
export const AdminUpdateOrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateOrganizationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateOrganizationSettingsMutation, AdminUpdateOrganizationSettingsMutationVariables>;
export const AnalyticsDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trendDimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hotspots"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overall"},"name":{"kind":"Name","value":"complaintStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"ALL"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsFigures"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byGroup"},"name":{"kind":"Name","value":"complaintStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGroups"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyticsFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trendDimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"clocksMet"}},{"kind":"Field","name":{"kind":"Name","value":"clocksBreached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hotspots"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hotspots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"rise"}},{"kind":"Field","name":{"kind":"Name","value":"relativeRise"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyticsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatisticsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"reopenRate"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"timeToResolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedShare"}}]}}]}}]} as unknown as DocumentNode<AnalyticsDashboardQuery, AnalyticsDashboardQueryVariables>;
export const AnalyticsVolumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsVolume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"received"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsVolumeQuery, AnalyticsVolumeQueryVariables>;
export const AnalyticsImprovementActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsImprovementActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementActionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImprovementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImprovementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintIds"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"afterPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<AnalyticsImprovementActionsQuery, AnalyticsImprovementActionsQueryVariables>;
export const AnalyticsImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImprovementActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImprovementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintIds"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"afterPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<AnalyticsImprovementActionQuery, AnalyticsImprovementActionQueryVariables>;
export const AnalyticsCreateImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyticsCreateImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnalyticsCreateImprovementActionMutation, AnalyticsCreateImprovementActionMutationVariables>;
export const AnalyticsUpdateImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyticsUpdateImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImprovementActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImprovementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaintIds"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"afterPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<AnalyticsUpdateImprovementActionMutation, AnalyticsUpdateImprovementActionMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;