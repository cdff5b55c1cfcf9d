// Generated from schema.graphql by npm run codegen. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Complaint as ComplaintModel } from '../../core/complaint';
import type { RunningClock } from '../../core/clocks/running-clock';
import type { EvidenceOfComplaint as EvidenceModel } from '../../core/files/stored-file';
import type { OrganizationSettings as OrganizationSettingsModel } from '../../core/organization/settings';
import type { InboundEmailRecord as InboundEmailModel } from '../../core/inbound/inbound-email';
import type { GraphqlContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in UTC, ISO 8601 with milliseconds, e.g. 2026-11-29T08:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/**
 * The complaint rate in the action's scope for the same number of days before and after
 * effectiveOn: up to 90, as many as have passed since.
 */
export type ActionEffect = {
  __typename?: 'ActionEffect';
  after: Scalars['Int']['output'];
  afterPerDay: Scalars['Float']['output'];
  before: Scalars['Int']['output'];
  beforePerDay: Scalars['Float']['output'];
  /** (after - before) / before; null when before is 0. -0.3 is a 30% fall. */
  change?: Maybe<Scalars['Float']['output']>;
  /** One-sided p-value of an exact binomial test that the rate did not fall. */
  pValue: Scalars['Float']['output'];
  significant: Scalars['Boolean']['output'];
  windowDays: Scalars['Int']['output'];
};

/** What an improvement action is meant to reduce: one group of a dimension (ALL: every complaint). */
export type ActionScope = {
  __typename?: 'ActionScope';
  dimension: AnalyticsDimension;
  key: Scalars['String']['output'];
};

export type Actor = {
  __typename?: 'Actor';
  /** Staff or partner id; empty for the complainant and the system. */
  id?: Maybe<Scalars['String']['output']>;
  kind: ActorKind;
};

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
  /** The complainant wrote (an email reply) outside a request for information: a COMPLAINANT_MESSAGE entry. */
  | 'COMPLAINANT_MESSAGE_RECEIVED'
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
  /** Staff confirmed a triage suggestion (its kind and value are in the complaint's triageSuggestions). */
  | 'TRIAGE_ACCEPTED'
  /** Staff corrected a triage suggestion: the correction is kept as training data. */
  | 'TRIAGE_CORRECTED'
  | 'WITHDRAWN';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actor: Actor;
  at: Scalars['DateTime']['output'];
};

/** A receiving server's verdict on a message (as SES reports them). */
export type AuthenticationVerdict =
  | 'FAIL'
  | 'GRAY'
  | 'NONE'
  | 'PASS'
  | 'PROCESSING_FAILED';

export type AuthenticationVerdicts = {
  __typename?: 'AuthenticationVerdicts';
  dkim?: Maybe<AuthenticationVerdict>;
  dmarc?: Maybe<AuthenticationVerdict>;
  spam?: Maybe<AuthenticationVerdict>;
  spf?: Maybe<AuthenticationVerdict>;
  virus?: Maybe<AuthenticationVerdict>;
};

export type CaseEntry = {
  __typename?: 'CaseEntry';
  at: Scalars['DateTime']['output'];
  author: Actor;
  evidence?: Maybe<Evidence>;
  kind: CaseEntryKind;
  text?: Maybe<Scalars['String']['output']>;
};

export type CaseEntryKind =
  /** A message from the complainant outside a request for information (an email reply to the complaint's emails). */
  | 'COMPLAINANT_MESSAGE'
  | 'EVIDENCE'
  | 'INFORMATION_REQUEST'
  | 'INFORMATION_RESPONSE'
  /** Staff only; the complainant never sees it. */
  | 'INTERNAL_NOTE'
  | 'PUBLIC_REPLY'
  /** Why the complainant withdrew, when they said. */
  | 'WITHDRAWAL_REASON';

/** Computed the way the CFPB publishes them. */
export type CfpbFields = {
  __typename?: 'CfpbFields';
  consumerDisputed?: Maybe<Scalars['Boolean']['output']>;
  responseCategory: CfpbResponseCategory;
  timelyResponse?: Maybe<Scalars['Boolean']['output']>;
};

/** CFPB company response categories, computed from the complaint. */
export type CfpbResponseCategory =
  | 'CLOSED_WITH_EXPLANATION'
  | 'CLOSED_WITH_MONETARY_RELIEF'
  | 'CLOSED_WITH_NON_MONETARY_RELIEF'
  | 'IN_PROGRESS'
  | 'UNTIMELY_RESPONSE';

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

/**
 * One deadline running on a complaint: an SLA target of the organization or a
 * statutory deadline of a jurisdiction. They run side by side.
 */
export type Clock = {
  __typename?: 'Clock';
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /**
   * dueAt was counted on estimated days: a year between start and due has no published
   * holiday data yet (e.g. mainland China's next year before the State Council's notice).
   * It may move once the data is published; see provisionalNote.
   */
  provisional: Scalars['Boolean']['output'];
  /** Why the due time is provisional, in the language asked for; null when it is not. */
  provisionalNote?: Maybe<Scalars['String']['output']>;
  source: ClockSource;
  startedAt: Scalars['DateTime']['output'];
  state: ClockState;
  stopsOn: ClockEvent;
};


/**
 * One deadline running on a complaint: an SLA target of the organization or a
 * statutory deadline of a jurisdiction. They run side by side.
 */
export type ClockLabelArgs = {
  language?: InputMaybe<Language>;
};


/**
 * One deadline running on a complaint: an SLA target of the organization or a
 * statutory deadline of a jurisdiction. They run side by side.
 */
export type ClockProvisionalNoteArgs = {
  language?: InputMaybe<Language>;
};

/** Clocks that finished: met before their deadline, or breached. */
export type ClockCompliance = {
  __typename?: 'ClockCompliance';
  breached: Scalars['Int']['output'];
  met: Scalars['Int']['output'];
  /** met / (met + breached); null when none finished. */
  rate?: Maybe<Scalars['Float']['output']>;
  source: ClockSource;
};

/** What stops a clock. */
export type ClockEvent =
  | 'ACCEPTANCE_DECISION'
  | 'ACCEPTED'
  | 'FIRST_RESPONSE'
  | 'RECEIVED'
  | 'RESOLUTION';

export type ClockSource =
  | 'CN'
  | 'SLA'
  | 'UK_FCA'
  | 'US_CFPB';

export type ClockState =
  /** Three quarters of its time has gone. */
  | 'AT_RISK'
  | 'BREACHED'
  | 'MET'
  | 'ON_TRACK'
  /** The organization is waiting for the complainant; SLA clocks only. */
  | 'PAUSED';

export type Complainant = {
  __typename?: 'Complainant';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Scalars['String']['output']>;
  preferredLanguage: Language;
};

/** Everything stored about one complainant, machine-readable. */
export type ComplainantDataExport = {
  __typename?: 'ComplainantDataExport';
  complaints: Array<Complaint>;
  exportedAt: Scalars['DateTime']['output'];
};

export type ComplainantInput = {
  /** Needed for the acknowledgement email; at least one of email and phone is required. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 7 to 15 digits, optionally with a leading + and spaces, dashes or brackets. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500 characters. */
  postalAddress?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: Language;
};

/** A complaint as staff see it. */
export type Complaint = {
  __typename?: 'Complaint';
  category: Scalars['String']['output'];
  cfpb: CfpbFields;
  channel: Channel;
  clocks: Array<Clock>;
  complainant: Complainant;
  /** True once an email to the complainant bounced for good or was marked as spam: the platform stops emailing them (they can still track on the portal). */
  complainantEmailUndeliverable: Scalars['Boolean']['output'];
  decision?: Maybe<Decision>;
  /** Earlier complaints this one may duplicate, found at intake, the most similar first. */
  duplicateSuggestions: Array<DuplicateSuggestion>;
  /** Internal notes, public replies, evidence, requests and answers, oldest first. */
  entries: Array<CaseEntry>;
  escalation: Escalation;
  facts: Scalars['String']['output'];
  /** The latest feedback. */
  feedback?: Maybe<Feedback>;
  /** Every feedback the complainant gave, oldest first, including ratings that reopened the complaint. */
  feedbackHistory: Array<Feedback>;
  /** The latest final response. */
  finalResponse?: Maybe<FinalResponse>;
  /** Every final response, oldest first: a reopened complaint keeps the answers it was given before. */
  finalResponses: Array<FinalResponse>;
  handler?: Maybe<StaffMember>;
  /** Every step, oldest first. */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  jurisdictions: Array<Jurisdiction>;
  notifications: Array<Notification>;
  occurredOn?: Maybe<Scalars['Date']['output']>;
  /** The open request for information, if the organization is waiting for the complainant. */
  pendingRequest?: Maybe<Scalars['String']['output']>;
  priority: Priority;
  product?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  remedyRequested: Scalars['String']['output'];
  respondent: Respondent;
  status: ComplaintStatus;
  /** Staff only, for lists at a glance: the open CATEGORY suggestion. */
  suggestedCategory?: Maybe<Scalars['String']['output']>;
  /** Staff only, for lists at a glance: the open PRIORITY suggestion when it is above NORMAL. */
  suggestedPriority?: Maybe<Priority>;
  teamId?: Maybe<Scalars['ID']['output']>;
  /** Staff only: triage suggestions computed at intake (empty for complaints stored before triage, and for others). */
  triageSuggestions: Array<TriageSuggestion>;
  /** Increases by one with every change. */
  version: Scalars['Int']['output'];
};

export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  edges: Array<ComplaintEdge>;
  pageInfo: PageInfo;
};

export type ComplaintEdge = {
  __typename?: 'ComplaintEdge';
  cursor: Scalars['String']['output'];
  node: Complaint;
};

export type ComplaintFilter = {
  /** Matched without regard to case. */
  category?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Channel>;
  /** With at least one clock in this state now. */
  clockState?: InputMaybe<ClockState>;
  /** Designated to this member of staff. */
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  /** Inclusive. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Words to find, 1 to 200 characters: each must occur in the reference, the complainant's
   * name or email, the category, or the facts (whole words for Latin script, any two
   * consecutive characters for Chinese). Limits in docs/ARCHITECTURE.md ("Search").
   */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ComplaintStatus>;
  /** Routed to this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only complaints with no designated handler yet. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ComplaintStatistics = {
  __typename?: 'ComplaintStatistics';
  dimension: AnalyticsDimension;
  groups: Array<ComplaintStatisticsGroup>;
  /** Aggregate items read to answer: grows with days and groups, not with complaints. */
  itemsRead: Scalars['Int']['output'];
  period: Period;
  /** How many groups there were before first cut them. */
  totalGroups: Scalars['Int']['output'];
};

export type ComplaintStatisticsGroup = {
  __typename?: 'ComplaintStatisticsGroup';
  accepted: Scalars['Int']['output'];
  /** One entry per clock source that has finished clocks: SLA targets and statutory deadlines. */
  compliance: Array<ClockCompliance>;
  /** Escalated beyond the handler at least once. */
  escalated: Scalars['Int']['output'];
  /** The dimension's value ('(none)' when a complaint has none); the organization id for ALL. */
  key: Scalars['String']['output'];
  received: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** reopened / resolved; null when none was resolved. */
  reopenRate?: Maybe<Scalars['Float']['output']>;
  /** Reopened at least once after feedback. */
  reopened: Scalars['Int']['output'];
  /** Given a final response. */
  resolved: Scalars['Int']['output'];
  satisfaction: Satisfaction;
  timeToAcceptance: DurationStatistics;
  timeToFirstResponse: DurationStatistics;
  timeToResolution: DurationStatistics;
};

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

/** What a complainant sees of their complaint, without an account. */
export type ComplaintTracking = {
  __typename?: 'ComplaintTracking';
  canAnswerRequest: Scalars['Boolean']['output'];
  canGiveFeedback: Scalars['Boolean']['output'];
  canWithdraw: Scalars['Boolean']['output'];
  category: Scalars['String']['output'];
  channel: Channel;
  /** Statutory deadlines and the acceptance decision: the ones that concern the complainant. */
  clocks: Array<Clock>;
  decision?: Maybe<Decision>;
  /** The latest feedback. */
  feedback?: Maybe<Feedback>;
  /** Every feedback given, oldest first. */
  feedbackHistory: Array<Feedback>;
  /** The files the complainant attached and the evidence staff shared with them, oldest first. */
  files: Array<StoredFile>;
  /** The latest final response. */
  finalResponse?: Maybe<FinalResponse>;
  /** Every final response, oldest first. */
  finalResponses: Array<FinalResponse>;
  /** The question to answer with answerInformationRequest, if any. */
  pendingRequest?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  status: ComplaintStatus;
  timeline: Array<TimelineEntry>;
};

export type ComplaintTrend = {
  __typename?: 'ComplaintTrend';
  dimension: AnalyticsDimension;
  granularity: TrendGranularity;
  itemsRead: Scalars['Int']['output'];
  key?: Maybe<Scalars['String']['output']>;
  period: Period;
  /** Every day, week or month of the period, empty ones included. */
  points: Array<TrendPoint>;
};

export type CustomCalendar = {
  __typename?: 'CustomCalendar';
  holidays: Array<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  makeUpWorkingDays: Array<Scalars['Date']['output']>;
};

export type CustomCalendarInput = {
  holidays: Array<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  makeUpWorkingDays: Array<Scalars['Date']['input']>;
};

export type Decision = {
  __typename?: 'Decision';
  accepted: Scalars['Boolean']['output'];
  at: Scalars['DateTime']['output'];
  /** Rejected as a DUPLICATE by mergeDuplicate: the reference of the complainant's earlier complaint that goes on. */
  duplicateOf?: Maybe<Scalars['String']['output']>;
  explanation?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<RejectionReason>;
};

/** Why a complaint was flagged as a likely duplicate of another. */
export type DuplicateReason =
  /** The same complainant email address or phone number within 30 days. */
  | 'SAME_CONTACT'
  /** Near-identical facts (shingle similarity at or above the threshold) within 180 days. */
  | 'SIMILAR_TEXT';

/** An earlier complaint this one may duplicate, found at intake. */
export type DuplicateSuggestion = {
  __typename?: 'DuplicateSuggestion';
  /** The earlier complaint. */
  complaintId: Scalars['ID']['output'];
  reasons: Array<DuplicateReason>;
  reference: Scalars['String']['output'];
  /** Similarity of the two complaints' facts, 0 to 1 (the larger of shingle Jaccard and containment). */
  score: Scalars['Float']['output'];
  status: DuplicateSuggestionStatus;
};

export type DuplicateSuggestionStatus =
  /** Staff found the two to be different complaints. */
  | 'DISMISSED'
  /** This complaint was rejected as a duplicate of the other. */
  | 'MERGED'
  | 'OPEN';

/** A duration from receipt, in wall-clock hours, read from histogram buckets. */
export type DurationStatistics = {
  __typename?: 'DurationStatistics';
  averageHours?: Maybe<Scalars['Float']['output']>;
  buckets: Array<HistogramBucket>;
  count: Scalars['Int']['output'];
  /** The upper bound of the bucket that holds the median (an estimate no lower than the true value). */
  medianHours?: Maybe<Scalars['Float']['output']>;
  p90Hours?: Maybe<Scalars['Float']['output']>;
};

export type DurationTarget = {
  __typename?: 'DurationTarget';
  amount: Scalars['Float']['output'];
  unit: DurationUnit;
};

export type DurationTargetInput = {
  amount: Scalars['Float']['input'];
  unit: DurationUnit;
};

export type DurationUnit =
  | 'BUSINESS_HOURS'
  | 'CALENDAR_DAYS'
  | 'HOURS'
  | 'MINUTES'
  | 'WEEKS'
  | 'WORKING_DAYS';

/** A word, two words, or two or three Chinese characters, lower-cased, whose share of the complaints rose. */
export type EmergingTopic = {
  __typename?: 'EmergingTopic';
  /** Complaints that mention it, in the period and in the period before. */
  current: Scalars['Int']['output'];
  /** Up to three complaints of the period that mention it. */
  examples: Array<TopicExample>;
  /** The complaints that would have mentioned it had its share not changed. */
  expected: Scalars['Float']['output'];
  pValue: Scalars['Float']['output'];
  previous: Scalars['Int']['output'];
  /** pValue adjusted for the terms tested (Benjamini–Hochberg): at most the report's falseDiscoveryRate. */
  qValue: Scalars['Float']['output'];
  /** The effect size: its share now over its share before; null when none mentioned it before. */
  rateRatio?: Maybe<Scalars['Float']['output']>;
  rateRatioHigh?: Maybe<Scalars['Float']['output']>;
  /** 95% confidence interval of rateRatio (exact); high is null when unbounded. */
  rateRatioLow?: Maybe<Scalars['Float']['output']>;
  /** Other terms that rose in the same complaints about as often (up to 15; not those inside a longer one). */
  relatedTerms: Array<Scalars['String']['output']>;
  /** The topic's most mentioned term; the figures are its own. */
  term: Scalars['String']['output'];
};

export type EmergingTopicReport = {
  __typename?: 'EmergingTopicReport';
  /** False when a period held more complaints than are read: the figures are of its earliest 5,000. */
  complete: Scalars['Boolean']['output'];
  /** Complaints with text read in each period. */
  currentComplaints: Scalars['Int']['output'];
  falseDiscoveryRate: Scalars['Float']['output'];
  minExpected: Scalars['Float']['output'];
  period: Period;
  previousComplaints: Scalars['Int']['output'];
  previousPeriod: Period;
  termsTested: Scalars['Int']['output'];
  topics: Array<EmergingTopic>;
};

export type ErasureResult = {
  __typename?: 'ErasureResult';
  /** Complaints whose personal data was removed; their statistics and the shape of their history are kept. */
  erasedComplaints: Scalars['Int']['output'];
};

export type Escalation = {
  __typename?: 'Escalation';
  at?: Maybe<Scalars['DateTime']['output']>;
  level: EscalationLevel;
  /** Why: a clock id, or the reason given by the person who escalated. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type EscalationLevel =
  | 'HANDLER'
  | 'MANAGER'
  | 'NONE'
  | 'SUPERVISOR';

/** The periodic evaluation report, emailed to the named staff (the organization's admins). */
export type EvaluationReportSettings = {
  __typename?: 'EvaluationReportSettings';
  frequency: ReportFrequency;
  recipientIds: Array<Scalars['ID']['output']>;
};

export type EvaluationReportSettingsInput = {
  frequency: ReportFrequency;
  /** Staff ids from staff; up to 20. */
  recipientIds: Array<Scalars['ID']['input']>;
};

export type Evidence = {
  __typename?: 'Evidence';
  /** SHA-256 of the content, hex. */
  contentHash?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** The uploaded file, when the evidence is one. */
  file?: Maybe<StoredFile>;
  /** Where the file is kept, e.g. an S3 key. */
  fileReference?: Maybe<Scalars['String']['output']>;
  /** The complainant sees it on the portal. */
  sharedWithComplainant: Scalars['Boolean']['output'];
  /** Where it came from, e.g. 'courier tracking record' or 'photo from complainant'. */
  source: Scalars['String']['output'];
};

export type EvidenceInput = {
  /** 64 hex characters. */
  contentHash?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1,000 characters. */
  description: Scalars['String']['input'];
  /** A file uploaded with requestEvidenceUpload; its SHA-256 becomes contentHash. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 500 characters. */
  fileReference?: InputMaybe<Scalars['String']['input']>;
  /** The complainant sees the file (and this evidence) on the portal. */
  sharedWithComplainant?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 200 characters. */
  source: Scalars['String']['input'];
};

export type ExportFormat =
  /** Every field staff see except personal data of the complainant, for the organization's own analysis. */
  | 'FULL'
  /** The CFPB's public columns: no personal data, the narrative only where the complainant consented, scrubbed of addresses and numbers. */
  | 'OPEN_DATA';

export type ExportPage = {
  __typename?: 'ExportPage';
  /** CSV (RFC 4180): the header row on the first page only. */
  csv: Scalars['String']['output'];
  /** Pass as after for the next page; null on the last. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  rows: Scalars['Int']['output'];
};

export type Feedback = {
  __typename?: 'Feedback';
  at: Scalars['DateTime']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  rating: Scalars['Int']['output'];
  resolved: Scalars['Boolean']['output'];
};

export type FeedbackInput = {
  /** Up to 2,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  rating: Scalars['Int']['input'];
  resolved: Scalars['Boolean']['input'];
};

/** Where to PUT a file's bytes: the url with exactly these headers, before expiresAt. */
export type FileUpload = {
  __typename?: 'FileUpload';
  expiresAt: Scalars['DateTime']['output'];
  fileId: Scalars['ID']['output'];
  headers: Array<HttpHeader>;
  url: Scalars['String']['output'];
};

/**
 * A file to upload. Types allowed: PDF, JPEG, PNG, GIF, WebP, plain text, CSV, Word and
 * Excel documents, EML; up to 10 MB (docs/ARCHITECTURE.md, "Files").
 */
export type FileUploadInput = {
  contentType: Scalars['String']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** SHA-256 of the content, 64 hex characters. */
  sha256: Scalars['String']['input'];
  /** Bytes, 1 to 10,485,760. */
  size: Scalars['Int']['input'];
};

export type FinalResponse = {
  __typename?: 'FinalResponse';
  at: Scalars['DateTime']['output'];
  followUpMeasures: Scalars['String']['output'];
  /** How to take it further: the regulator or ombudsman for the jurisdiction, and the time limit. */
  furtherRecourse: Scalars['String']['output'];
  outcome: Outcome;
  reasons: Scalars['String']['output'];
  remedies: Array<Remedy>;
  remedyDetails?: Maybe<Scalars['String']['output']>;
  rootCause: RootCause;
};

export type FinalResponseInput = {
  /** What the organization changes so it does not happen again: 1 to 2,000 characters. */
  followUpMeasures: Scalars['String']['input'];
  outcome: Outcome;
  /** Why: 1 to 5,000 characters. */
  reasons: Scalars['String']['input'];
  /** At least one unless the outcome is NOT_UPHELD. */
  remedies: Array<Remedy>;
  /** Up to 2,000 characters; required when a remedy is OTHER or COMPENSATION. */
  remedyDetails?: InputMaybe<Scalars['String']['input']>;
  rootCause: RootCause;
};

export type HistogramBucket = {
  __typename?: 'HistogramBucket';
  count: Scalars['Int']['output'];
  /** The bucket holds durations up to this many hours; null for the last, open-ended one. */
  upToHours?: Maybe<Scalars['Float']['output']>;
};

/** The first audit entry that does not verify. */
export type HistoryProblem = {
  __typename?: 'HistoryProblem';
  /** Absent when the entry is missing. */
  action?: Maybe<AuditAction>;
  at?: Maybe<Scalars['DateTime']['output']>;
  code: HistoryProblemCode;
  /** For a digest's problem: the digest's day (UTC). */
  day?: Maybe<Scalars['Date']['output']>;
  version: Scalars['Int']['output'];
};

/** Why an audit entry does not verify. */
export type HistoryProblemCode =
  /** The digest does not chain to the digest before it. */
  | 'DIGEST_CHAIN_BROKEN'
  /** The signed digest of the entry's day does not verify: edited, or signed by another key. */
  | 'DIGEST_INVALID'
  /** The digest is another day's or organization's, or holds another hash for this complaint. */
  | 'DIGEST_MISMATCH'
  /** The entry, or a case entry written with it, is not what was sealed. */
  | 'HASH_MISMATCH'
  /** No entry at this version: deleted. */
  | 'MISSING_ENTRY'
  /** The entry carries no hash: written before the chain existed, or its hash was removed. */
  | 'NOT_SEALED'
  /** The entry is not in its place: entries were reordered or duplicated. */
  | 'OUT_OF_ORDER'
  /** The complaint as stored is not the state its latest entry sealed. */
  | 'STATE_MISMATCH';

export type HistoryVerification = {
  __typename?: 'HistoryVerification';
  /** UTC days whose signed digest confirmed this complaint's chain. */
  digestDays: Array<Scalars['Date']['output']>;
  /** Audit entries checked. */
  entries: Scalars['Int']['output'];
  problem?: Maybe<HistoryProblem>;
  /** The first sealed version; earlier entries were written before the chain existed and are not checked. */
  sealedFromVersion?: Maybe<Scalars['Int']['output']>;
  verified: Scalars['Boolean']['output'];
};

export type Hotspot = {
  __typename?: 'Hotspot';
  current: Scalars['Int']['output'];
  /** current − expected. */
  excess: Scalars['Float']['output'];
  /** The complaints it would have had in the period had its share not changed. */
  expected: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  /**
   * One-sided p-value of the exact binomial test of the group's share, given its complaints in both periods and
   * the overall change: small means its share rose more than chance.
   */
  pValue: Scalars['Float']['output'];
  previous: Scalars['Int']['output'];
  /** Its share of the period before's; null when that period had none. */
  previousShare?: Maybe<Scalars['Float']['output']>;
  /** pValue adjusted for the groups tested (Benjamini–Hochberg); null when not tested. */
  qValue?: Maybe<Scalars['Float']['output']>;
  /** The effect size: share / previousShare; null when it had none before. */
  rateRatio?: Maybe<Scalars['Float']['output']>;
  rateRatioHigh?: Maybe<Scalars['Float']['output']>;
  /** 95% confidence interval of rateRatio (exact); high is null when unbounded. */
  rateRatioLow?: Maybe<Scalars['Float']['output']>;
  /** rise / previous; null when previous is 0. */
  relativeRise?: Maybe<Scalars['Float']['output']>;
  rise: Scalars['Int']['output'];
  /** The group's share of the period's complaints. */
  share: Scalars['Float']['output'];
  /** qValue at or below the report's falseDiscoveryRate (never when not tested). */
  significant: Scalars['Boolean']['output'];
  /** False when expected is below the report's minExpected: too few to test. */
  tested: Scalars['Boolean']['output'];
};

export type HotspotReport = {
  __typename?: 'HotspotReport';
  /** Complaints in the period and in the period before. */
  currentTotal: Scalars['Int']['output'];
  dimension: AnalyticsDimension;
  falseDiscoveryRate: Scalars['Float']['output'];
  /** Groups with at least minExpected expected complaints, tested together. */
  groupsTested: Scalars['Int']['output'];
  /** Groups whose share rose, the significant first, then the largest excess. */
  hotspots: Array<Hotspot>;
  itemsRead: Scalars['Int']['output'];
  minExpected: Scalars['Float']['output'];
  period: Period;
  previousPeriod: Period;
  previousTotal: Scalars['Int']['output'];
};

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ImprovementAction = {
  __typename?: 'ImprovementAction';
  /** Complaints that led to it (ids of the organization's complaints). */
  complaintIds: Array<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['Date']['output'];
  /** null until effectiveOn has passed by at least a day. */
  effect?: Maybe<ActionEffect>;
  /** The day it took effect; the effect is measured from here. */
  effectiveOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** A staff id from the settings. */
  ownerId: Scalars['ID']['output'];
  scope: ActionScope;
  status: ImprovementActionStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ImprovementActionInput = {
  /** Up to 100. */
  complaintIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  dimension: AnalyticsDimension;
  dueOn: Scalars['Date']['input'];
  /** The group's value, e.g. a category; ignored for ALL. */
  key?: InputMaybe<Scalars['String']['input']>;
  ownerId: Scalars['ID']['input'];
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

export type ImprovementActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** An email received at the deployment's address, as staff see it. Its text is never HTML. */
export type InboundEmail = {
  __typename?: 'InboundEmail';
  /** How many times it was processed. */
  attempts: Scalars['Int']['output'];
  /** True when SPF, DKIM or DMARC failed: flagged, not dropped. */
  authenticationFailed: Scalars['Boolean']['output'];
  /** The complaint it made or joined. */
  complaint?: Maybe<Complaint>;
  /** The sender's address. */
  from?: Maybe<Scalars['String']['output']>;
  /** The SHA-256 of the raw message: the same message delivered twice is one email. */
  id: Scalars['ID']['output'];
  /** Why it is in its state, a stable code (e.g. UNKNOWN_SENDER, BAD_TOKEN, AUTO_SUBMITTED, PARSE_FAILED). */
  reason?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  /** Bytes of the raw message. */
  size: Scalars['Int']['output'];
  state: InboundEmailState;
  subject?: Maybe<Scalars['String']['output']>;
  /** The message as plain text (at most 20,000 characters); null when it cannot be parsed. */
  text?: Maybe<Scalars['String']['output']>;
  verdicts?: Maybe<AuthenticationVerdicts>;
};

export type InboundEmailConnection = {
  __typename?: 'InboundEmailConnection';
  nodes: Array<InboundEmail>;
  pageInfo: PageInfo;
};

/** What became of an email received at the deployment's address. Every message is kept. */
export type InboundEmailState =
  /** An auto-reply, out-of-office, bounce or mailing-list message: never a complaint, never answered. */
  | 'AUTOMATIC'
  /** Joined its complaint: the answer to a request for information, or a complainant message. */
  | 'JOINED_COMPLAINT'
  /** Made a new complaint. */
  | 'NEW_COMPLAINT'
  /** Over the size limits. */
  | 'REJECTED'
  /** The sender sent too many messages in a short time: kept, not processed. */
  | 'THROTTLED'
  /** A reply that could not be matched to a complaint (unknown sender, forged or stale reply token): kept for staff. */
  | 'UNMATCHED'
  /** Could not be parsed, or processing failed: kept raw; staff can process it again. */
  | 'UNPROCESSED';

export type IssuedApiKey = {
  __typename?: 'IssuedApiKey';
  /** Shown once, stored only as a hash: the whole value to send in x-api-key. */
  apiKey: Scalars['String']['output'];
  key: PartnerApiKey;
};

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

/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type Mutation = {
  __typename?: 'Mutation';
  acceptComplaint: Complaint;
  /** Confirms the open triage suggestion of this kind and value; the complaint's own fields stay as they are. */
  acceptTriageSuggestion: Complaint;
  addEvidence: Complaint;
  addInternalNote: Complaint;
  /** For the complainant, with the reference and access code. */
  answerInformationRequest: ComplaintTracking;
  /** Without handlerId, the routing rules choose the team and its least-loaded member. */
  assignComplaint: Complaint;
  /** For the complainant: adds an uploaded file to the complaint (description up to 1,000 characters). */
  attachFile: ComplaintTracking;
  /** Records what the suggestion should have been (1 to 100 characters); kept as training data. The complaint's own fields stay as they are. */
  correctTriageSuggestion: Complaint;
  createImprovementAction: ImprovementAction;
  /** Admin: a new API key for a partner; the secret is in the answer only. */
  createPartnerApiKey: IssuedApiKey;
  /** Admin: stops posting to a partner's webhook; false when it had none. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Marks an open duplicate suggestion of this complaint as a different complaint. */
  dismissDuplicate: Complaint;
  /** Admin: removes a complainant's personal data from all their complaints. */
  eraseComplainantData: ErasureResult;
  escalateComplaint: Complaint;
  /**
   * Rejects this (the later) complaint as a DUPLICATE of intoId, an earlier complaint of
   * the same complainant (same email address or phone); the rejection email tells them
   * to follow intoId's reference. Only where rejecting is allowed (RECEIVED).
   */
  mergeDuplicate: Complaint;
  /**
   * Where status changes of a partner's complaints are posted, signed with HMAC-SHA256 of the body
   * using the secret. A partner registers its own (partnerId left out or its own); an admin names the partner.
   */
  registerWebhook: Webhook;
  rejectComplaint: Complaint;
  /** Admins and supervisors: processes a kept email again (after a fix), e.g. one UNPROCESSED or UNMATCHED. A message already in a complaint is not added twice. */
  reprocessInboundEmail: InboundEmail;
  /** For the complainant: where to upload a file to attach; then attachFile with its fileId. */
  requestAttachmentUpload: FileUpload;
  /** Where to upload an evidence file for the complaint; then addEvidence with its fileId. The upload link lasts 15 minutes. */
  requestEvidenceUpload: FileUpload;
  /** Emails the question to the complainant and pauses the SLA clocks until they answer. */
  requestInformation: Complaint;
  resolveComplaint: Complaint;
  revokePartnerApiKey: PartnerApiKey;
  /** Admin: a new secret for a key; the old one stops working. */
  rotatePartnerApiKey: IssuedApiKey;
  sendPublicReply: Complaint;
  startInvestigation: Complaint;
  /**
   * idempotencyKey (1 to 100 characters): a retry with the same key and the same input
   * returns the same complaint; the same key with another input is refused with CONFLICT.
   */
  submitComplaint: SubmitComplaintPayload;
  submitFeedback: ComplaintTracking;
  /** Marking it DONE without effectiveOn sets effectiveOn to today (the organization's day). */
  updateImprovementAction: ImprovementAction;
  updateOrganizationSettings: OrganizationSettings;
  withdrawComplaint: ComplaintTracking;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAcceptComplaintArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAcceptTriageSuggestionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind: TriageKind;
  value: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAddEvidenceArgs = {
  evidence: EvidenceInput;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAddInternalNoteArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAnswerInformationRequestArgs = {
  accessCode: Scalars['String']['input'];
  answer: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAssignComplaintArgs = {
  expectedVersion: Scalars['Int']['input'];
  handlerId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationAttachFileArgs = {
  accessCode: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  fileId: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationCorrectTriageSuggestionArgs = {
  correctedTo: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kind: TriageKind;
  value: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationCreateImprovementActionArgs = {
  input: ImprovementActionInput;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationCreatePartnerApiKeyArgs = {
  name: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationDeleteWebhookArgs = {
  partnerId: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationDismissDuplicateArgs = {
  candidateId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationEraseComplainantDataArgs = {
  email: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationEscalateComplaintArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationMergeDuplicateArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRegisterWebhookArgs = {
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  secret: Scalars['String']['input'];
  url: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRejectComplaintArgs = {
  expectedVersion: Scalars['Int']['input'];
  explanation: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: RejectionReason;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationReprocessInboundEmailArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRequestAttachmentUploadArgs = {
  accessCode: Scalars['String']['input'];
  file: FileUploadInput;
  reference: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRequestEvidenceUploadArgs = {
  file: FileUploadInput;
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRequestInformationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationResolveComplaintArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  response: FinalResponseInput;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRevokePartnerApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationRotatePartnerApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationSendPublicReplyArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationStartInvestigationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationSubmitComplaintArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitComplaintInput;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationSubmitFeedbackArgs = {
  accessCode: Scalars['String']['input'];
  feedback: FeedbackInput;
  reference: Scalars['String']['input'];
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationUpdateImprovementActionArgs = {
  input: UpdateImprovementActionInput;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationUpdateOrganizationSettingsArgs = {
  input: OrganizationSettingsInput;
};


/**
 * Every staff mutation takes the version the caller last saw: when the complaint has
 * moved on since, it is refused with CONFLICT and nothing changes.
 */
export type MutationWithdrawComplaintArgs = {
  accessCode: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reference: Scalars['String']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  attempts: Scalars['Int']['output'];
  kind: NotificationKind;
  /** Who it went to: COMPLAINANT, the staff id for an escalation, or the partner id for a webhook. */
  recipient: Scalars['String']['output'];
  state: NotificationState;
  updatedAt: Scalars['DateTime']['output'];
};

/** An email the platform sends: to the complainant, or (ESCALATION) to staff; or (WEBHOOK) a signed POST to the submitting partner. */
export type NotificationKind =
  | 'ACCEPTED'
  | 'ACKNOWLEDGEMENT'
  | 'CLOSED'
  /** Tells the handler (or the supervisor, when there is none yet) that the complainant wrote. */
  | 'COMPLAINANT_MESSAGE'
  | 'ESCALATION'
  | 'FEEDBACK_SURVEY'
  | 'FINAL_RESPONSE'
  | 'HANDLER_ASSIGNED'
  | 'INFORMATION_REQUESTED'
  | 'PUBLIC_REPLY'
  | 'REJECTED'
  | 'REOPENED'
  /** A status change posted to the webhook of the partner who submitted the complaint. */
  | 'WEBHOOK'
  | 'WITHDRAWN';

export type NotificationState =
  /** The recipient's mail server refused it for good (a hard bounce): the address is not emailed again. */
  | 'BOUNCED'
  /** The recipient marked it as spam: the address is not emailed again. */
  | 'COMPLAINED'
  /** The recipient's mail server took it (the provider's delivery event). */
  | 'DELIVERED'
  /** The last attempt failed; the outbox retries it (the stream delivers it again), then an operator resends it. */
  | 'FAILED'
  /** Recorded with the complaint, not sent yet. */
  | 'PENDING'
  /** The outbox has claimed it and is sending it. */
  | 'SENDING'
  | 'SENT'
  /** Nothing to send to: the complainant gave no email address. */
  | 'SKIPPED'
  /** The provider gave up on a temporary failure (a soft bounce). */
  | 'SOFT_BOUNCED'
  /** Not sent: the address bounced or complained before. */
  | 'SUPPRESSED';

export type OrganizationSettings = {
  __typename?: 'OrganizationSettings';
  businessHoursEnd: Scalars['String']['output'];
  businessHoursStart: Scalars['String']['output'];
  /** CN, UK, WEEKDAYS or one of customCalendars. */
  calendarId: Scalars['String']['output'];
  /** The categories the organization files complaints under (offered to complainants; routing and SLA targets name them). */
  categories: Array<Scalars['String']['output']>;
  customCalendars: Array<CustomCalendar>;
  evaluationReport: EvaluationReportSettings;
  /** Days after the final response during which the complainant may give feedback. */
  feedbackWindowDays: Scalars['Int']['output'];
  jurisdictions: Array<Jurisdiction>;
  /** Receives level-3 escalations. */
  managerId?: Maybe<Scalars['ID']['output']>;
  /** Feedback rated at or below this, or 'not resolved', reopens the complaint. */
  reopenAtOrBelowRating: Scalars['Int']['output'];
  routingRules: Array<RoutingRule>;
  slaTargets: Array<SlaTarget>;
  staff: Array<Staff>;
  teams: Array<Team>;
  timeZone: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Replaces the settings given; absent fields keep their value. */
export type OrganizationSettingsInput = {
  businessHoursEnd?: InputMaybe<Scalars['String']['input']>;
  businessHoursStart?: InputMaybe<Scalars['String']['input']>;
  calendarId?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200, each 1 to 100 characters, no two the same regardless of case. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  customCalendars?: InputMaybe<Array<CustomCalendarInput>>;
  evaluationReport?: InputMaybe<EvaluationReportSettingsInput>;
  expectedVersion: Scalars['Int']['input'];
  feedbackWindowDays?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Jurisdiction>>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  reopenAtOrBelowRating?: InputMaybe<Scalars['Int']['input']>;
  routingRules?: InputMaybe<Array<RoutingRuleInput>>;
  slaTargets?: InputMaybe<Array<SlaTargetInput>>;
  staff?: InputMaybe<Array<StaffInput>>;
  teams?: InputMaybe<Array<TeamInput>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type Outcome =
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PartnerApiKey = {
  __typename?: 'PartnerApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** The public part of the key; the caller sends <id>.<secret> in the x-api-key header. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partnerId: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  rotatedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ApiKeyStatus;
};

export type Period = {
  __typename?: 'Period';
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
};

/** Days of the organization's calendar (imported complaints keep their source's dates), both inclusive; at most 731 days. */
export type PeriodInput = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type Query = {
  __typename?: 'Query';
  complaint?: Maybe<Complaint>;
  complaintByReference?: Maybe<Complaint>;
  /** The categories the organization files complaints under, for the complaint form (everyone; a complainant's are the deployment organization's). Empty when none are set. */
  complaintCategories: Array<Scalars['String']['output']>;
  /** Complaints received in the period as CSV, oldest first, one page at a time. first: 1 to 1,000. */
  complaintExport: ExportPage;
  /** Figures for complaints received in the period, one group per value of the dimension, the largest first. first: 1 to 200. */
  complaintStatistics: ComplaintStatistics;
  /** Complaints received per day, week (from Monday) or month; for one group of a dimension when key is given. */
  complaintTrend: ComplaintTrend;
  /** Newest first. first: 1 to 100. */
  complaints: ComplaintConnection;
  /** Open complaints with a duplicate suggestion not yet merged or dismissed, newest first. */
  complaintsWithDuplicates: ComplaintConnection;
  /**
   * Words and phrases whose share of the complaints that mention them rose against the period of the same length
   * just before, significant ones only, the largest excess first. Reads up to 5,000 complaints of each period.
   * first: 1 to 20; falseDiscoveryRate: above 0, at most 0.5.
   */
  emergingTopics: EmergingTopicReport;
  /** Escalated open complaints at this level or above, the longest escalated first. */
  escalatedComplaints: ComplaintConnection;
  /** Admin: all complaints of a complainant, by email address, with their history. */
  exportComplainantData: ComplainantDataExport;
  /** A handler's open complaints, the one due soonest first. */
  handlerQueue: ComplaintConnection;
  /**
   * The groups whose share of the complaints rose against the period of the same length just before, the
   * significant first. first: 1 to 50; falseDiscoveryRate: above 0, at most 0.5.
   */
  hotspots: HotspotReport;
  improvementAction?: Maybe<ImprovementAction>;
  /** Newest first. */
  improvementActions: Array<ImprovementAction>;
  inboundEmail?: Maybe<InboundEmail>;
  /** Admins and supervisors: emails received at the deployment's address, newest first, optionally in one state. first: 1 to 100. */
  inboundEmails: InboundEmailConnection;
  organizationSettings: OrganizationSettings;
  /** Admin: the organization's partner API keys (never their secrets). */
  partnerApiKeys: Array<PartnerApiKey>;
  /** For the complainant: needs the reference and the access code given at submission. */
  trackComplaint: ComplaintTracking;
  /** Staff who can read the complaint: checks its audit history against its hash chain and the signed daily digests. */
  verifyComplaintHistory: HistoryVerification;
  /** Who the API sees calling. */
  viewer: Viewer;
  /** Admin: the partners' webhooks (never their secrets). */
  webhooks: Array<Webhook>;
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryComplaintExportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  format?: ExportFormat;
  period: PeriodInput;
};


export type QueryComplaintStatisticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: AnalyticsDimension;
  period: PeriodInput;
};


export type QueryComplaintTrendArgs = {
  dimension?: AnalyticsDimension;
  granularity?: TrendGranularity;
  key?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplaintsWithDuplicatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmergingTopicsArgs = {
  falseDiscoveryRate?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
};


export type QueryEscalatedComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  atLeast?: InputMaybe<EscalationLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportComplainantDataArgs = {
  email: Scalars['String']['input'];
};


export type QueryHandlerQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  handlerId: Scalars['ID']['input'];
};


export type QueryHotspotsArgs = {
  dimension: AnalyticsDimension;
  falseDiscoveryRate?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
};


export type QueryImprovementActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImprovementActionsArgs = {
  status?: InputMaybe<ImprovementActionStatus>;
};


export type QueryInboundEmailArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInboundEmailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<InboundEmailState>;
};


export type QueryTrackComplaintArgs = {
  accessCode: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};


export type QueryVerifyComplaintHistoryArgs = {
  id: Scalars['ID']['input'];
};

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

export type Respondent = {
  __typename?: 'Respondent';
  address?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type RespondentInput = {
  /** Up to 500 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The business complained about, 1 to 200 characters. */
  name: Scalars['String']['input'];
};

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

/** Complaints matching every given field go to the team; the first matching rule wins. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  category?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  respondent?: Maybe<Scalars['String']['output']>;
  teamId: Scalars['ID']['output'];
};

export type RoutingRuleInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  respondent?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};

export type Satisfaction = {
  __typename?: 'Satisfaction';
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: Array<Scalars['Int']['output']>;
  ratings: Scalars['Int']['output'];
  /** The share of ratings that said the complaint was resolved. */
  resolvedShare?: Maybe<Scalars['Float']['output']>;
};

export type SlaTarget = {
  __typename?: 'SlaTarget';
  acceptanceDecision?: Maybe<DurationTarget>;
  /** Matched without regard to case; absent means any category. */
  category?: Maybe<Scalars['String']['output']>;
  firstResponse?: Maybe<DurationTarget>;
  priority: Priority;
  resolution?: Maybe<DurationTarget>;
};

export type SlaTargetInput = {
  acceptanceDecision?: InputMaybe<DurationTargetInput>;
  category?: InputMaybe<Scalars['String']['input']>;
  firstResponse?: InputMaybe<DurationTargetInput>;
  priority: Priority;
  resolution?: InputMaybe<DurationTargetInput>;
};

export type Staff = {
  __typename?: 'Staff';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The language of emails to this person; null: Chinese then English in one message. */
  language?: Maybe<Language>;
  name: Scalars['String']['output'];
};

export type StaffInput = {
  email: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** The language of emails to this person (escalations, calendar notices); leave it out for Chinese then English. */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
};

export type StaffMember = {
  __typename?: 'StaffMember';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * A file kept with a complaint: evidence staff uploaded, or a complainant's attachment.
 * Its bytes live in the stack's files bucket (locally, the data folder).
 */
export type StoredFile = {
  __typename?: 'StoredFile';
  contentType: Scalars['String']['output'];
  /** A link to download it, valid for 5 minutes; null once the file is erased. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name it was uploaded with. */
  name: Scalars['String']['output'];
  /** SHA-256 of the content, hex; the store refused any upload whose bytes did not match. */
  sha256: Scalars['String']['output'];
  sharedWithComplainant: Scalars['Boolean']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type SubmitComplaintInput = {
  /** 1 to 100 characters, e.g. 'Mobile network' or 'Credit card'. */
  category: Scalars['String']['input'];
  channel: Channel;
  complainant: ComplainantInput;
  /** The complainant agrees that the facts, with personal data removed, may be published in the open-data export. */
  consentToPublishNarrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** What happened: 1 to 5,000 characters. */
  facts: Scalars['String']['input'];
  /** When it happened; not in the future. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Set by staff recording the complaint; NORMAL when absent. */
  priority?: InputMaybe<Priority>;
  /** Up to 100 characters. */
  product?: InputMaybe<Scalars['String']['input']>;
  /** Province, state or region of the complainant, up to 100 characters; used by routing rules. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** What the complainant asks for: 1 to 2,000 characters. */
  remedyRequested: Scalars['String']['input'];
  respondent: RespondentInput;
};

export type SubmitComplaintPayload = {
  __typename?: 'SubmitComplaintPayload';
  /** Shown once, never stored in clear: with the reference it lets the complainant track the complaint. */
  accessCode: Scalars['String']['output'];
  complaint: Complaint;
  reference: Scalars['String']['output'];
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  supervisorId: Scalars['ID']['output'];
};

export type TeamInput = {
  id: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  supervisorId: Scalars['ID']['input'];
};

/** A step the complainant may see: decisions, public replies, requests, answers, final responses, feedback. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  action: AuditAction;
  at: Scalars['DateTime']['output'];
  /** On FEEDBACK_RECEIVED: the rating, answer and comment as the complainant gave them. */
  feedback?: Maybe<Feedback>;
  /** On RESOLVED: the final response given at this step. */
  finalResponse?: Maybe<FinalResponse>;
  /**
   * The public text of a reply, request or answer; on RESOLVED, the final response as the
   * complainant reads it (in their language); on FEEDBACK_RECEIVED, their comment.
   */
  text?: Maybe<Scalars['String']['output']>;
};

/** A complaint that mentions an emerging topic. */
export type TopicExample = {
  __typename?: 'TopicExample';
  complaintId: Scalars['ID']['output'];
  /** Up to 160 characters of its facts around the term. */
  excerpt?: Maybe<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
};

export type TrendGranularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type TrendPoint = {
  __typename?: 'TrendPoint';
  averageRating?: Maybe<Scalars['Float']['output']>;
  clocksBreached: Scalars['Int']['output'];
  /** Clocks met and breached among these complaints, every source together. */
  clocksMet: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  /** The first day of the day, week or month. */
  start: Scalars['Date']['output'];
};

/** What a triage suggestion is about. */
export type TriageKind =
  /** The category (for CFPB-style data, the product) the model learned from handled complaints. */
  | 'CATEGORY'
  /** URGENT, HIGH or NORMAL, from the urgent signals and the wording (word lists, not learned). */
  | 'PRIORITY'
  /** NEGATIVE, NEUTRAL or POSITIVE (word lists, not learned). */
  | 'SENTIMENT'
  /** HOUSING_LOSS, FINANCIAL_DISTRESS, HEALTH_OR_SAFETY, HARASSMENT or VULNERABLE_PERSON (word lists in English and Chinese). */
  | 'URGENT_SIGNAL';

/**
 * A suggestion computed when the complaint arrived. It never changes the complaint: staff
 * accept or correct it, and corrections become training data (docs/ARCHITECTURE.md, "Triage").
 */
export type TriageSuggestion = {
  __typename?: 'TriageSuggestion';
  /** 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** What staff put instead, when CORRECTED. */
  correctedTo?: Maybe<Scalars['String']['output']>;
  kind: TriageKind;
  /** The model that made it, e.g. triage-linear@2 or lexicon@1. */
  source: Scalars['String']['output'];
  status: TriageSuggestionStatus;
  value: Scalars['String']['output'];
};

export type TriageSuggestionStatus =
  | 'ACCEPTED'
  | 'CORRECTED'
  | 'OPEN';

export type UpdateImprovementActionInput = {
  /** Replaces the list. */
  complaintIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ImprovementActionStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Who the API sees calling: signed-in staff, a partner with an API key, or nobody (a complainant). */
export type Viewer = {
  __typename?: 'Viewer';
  id?: Maybe<Scalars['String']['output']>;
  kind: ActorKind;
  organizationId?: Maybe<Scalars['ID']['output']>;
  role?: Maybe<Role>;
};

export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  partnerId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionEffect: ResolverTypeWrapper<ActionEffect>;
  ActionScope: ResolverTypeWrapper<ActionScope>;
  Actor: ResolverTypeWrapper<Actor>;
  ActorKind: ActorKind;
  AnalyticsDimension: AnalyticsDimension;
  ApiKeyStatus: ApiKeyStatus;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuthenticationVerdict: AuthenticationVerdict;
  AuthenticationVerdicts: ResolverTypeWrapper<AuthenticationVerdicts>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CaseEntry: ResolverTypeWrapper<Omit<CaseEntry, 'evidence'> & { evidence?: Maybe<ResolversTypes['Evidence']> }>;
  CaseEntryKind: CaseEntryKind;
  CfpbFields: ResolverTypeWrapper<CfpbFields>;
  CfpbResponseCategory: CfpbResponseCategory;
  Channel: Channel;
  Clock: ResolverTypeWrapper<RunningClock>;
  ClockCompliance: ResolverTypeWrapper<ClockCompliance>;
  ClockEvent: ClockEvent;
  ClockSource: ClockSource;
  ClockState: ClockState;
  Complainant: ResolverTypeWrapper<Complainant>;
  ComplainantDataExport: ResolverTypeWrapper<Omit<ComplainantDataExport, 'complaints'> & { complaints: Array<ResolversTypes['Complaint']> }>;
  ComplainantInput: ComplainantInput;
  Complaint: ResolverTypeWrapper<ComplaintModel>;
  ComplaintConnection: ResolverTypeWrapper<Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversTypes['ComplaintEdge']> }>;
  ComplaintEdge: ResolverTypeWrapper<Omit<ComplaintEdge, 'node'> & { node: ResolversTypes['Complaint'] }>;
  ComplaintFilter: ComplaintFilter;
  ComplaintStatistics: ResolverTypeWrapper<ComplaintStatistics>;
  ComplaintStatisticsGroup: ResolverTypeWrapper<ComplaintStatisticsGroup>;
  ComplaintStatus: ComplaintStatus;
  ComplaintTracking: ResolverTypeWrapper<ComplaintModel>;
  ComplaintTrend: ResolverTypeWrapper<ComplaintTrend>;
  CustomCalendar: ResolverTypeWrapper<CustomCalendar>;
  CustomCalendarInput: CustomCalendarInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<Decision>;
  DuplicateReason: DuplicateReason;
  DuplicateSuggestion: ResolverTypeWrapper<DuplicateSuggestion>;
  DuplicateSuggestionStatus: DuplicateSuggestionStatus;
  DurationStatistics: ResolverTypeWrapper<DurationStatistics>;
  DurationTarget: ResolverTypeWrapper<DurationTarget>;
  DurationTargetInput: DurationTargetInput;
  DurationUnit: DurationUnit;
  EmergingTopic: ResolverTypeWrapper<EmergingTopic>;
  EmergingTopicReport: ResolverTypeWrapper<EmergingTopicReport>;
  ErasureResult: ResolverTypeWrapper<ErasureResult>;
  Escalation: ResolverTypeWrapper<Escalation>;
  EscalationLevel: EscalationLevel;
  EvaluationReportSettings: ResolverTypeWrapper<EvaluationReportSettings>;
  EvaluationReportSettingsInput: EvaluationReportSettingsInput;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceInput: EvidenceInput;
  ExportFormat: ExportFormat;
  ExportPage: ResolverTypeWrapper<ExportPage>;
  Feedback: ResolverTypeWrapper<Feedback>;
  FeedbackInput: FeedbackInput;
  FileUpload: ResolverTypeWrapper<FileUpload>;
  FileUploadInput: FileUploadInput;
  FinalResponse: ResolverTypeWrapper<FinalResponse>;
  FinalResponseInput: FinalResponseInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HistogramBucket: ResolverTypeWrapper<HistogramBucket>;
  HistoryProblem: ResolverTypeWrapper<HistoryProblem>;
  HistoryProblemCode: HistoryProblemCode;
  HistoryVerification: ResolverTypeWrapper<HistoryVerification>;
  Hotspot: ResolverTypeWrapper<Hotspot>;
  HotspotReport: ResolverTypeWrapper<HotspotReport>;
  HttpHeader: ResolverTypeWrapper<HttpHeader>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImprovementAction: ResolverTypeWrapper<ImprovementAction>;
  ImprovementActionInput: ImprovementActionInput;
  ImprovementActionStatus: ImprovementActionStatus;
  InboundEmail: ResolverTypeWrapper<InboundEmailModel>;
  InboundEmailConnection: ResolverTypeWrapper<Omit<InboundEmailConnection, 'nodes'> & { nodes: Array<ResolversTypes['InboundEmail']> }>;
  InboundEmailState: InboundEmailState;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssuedApiKey: ResolverTypeWrapper<IssuedApiKey>;
  Jurisdiction: Jurisdiction;
  Language: Language;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationKind: NotificationKind;
  NotificationState: NotificationState;
  OrganizationSettings: ResolverTypeWrapper<OrganizationSettingsModel>;
  OrganizationSettingsInput: OrganizationSettingsInput;
  Outcome: Outcome;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerApiKey: ResolverTypeWrapper<PartnerApiKey>;
  Period: ResolverTypeWrapper<Period>;
  PeriodInput: PeriodInput;
  Priority: Priority;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectionReason: RejectionReason;
  Remedy: Remedy;
  ReportFrequency: ReportFrequency;
  Respondent: ResolverTypeWrapper<Respondent>;
  RespondentInput: RespondentInput;
  Role: Role;
  RootCause: RootCause;
  RoutingRule: ResolverTypeWrapper<RoutingRule>;
  RoutingRuleInput: RoutingRuleInput;
  Satisfaction: ResolverTypeWrapper<Satisfaction>;
  SlaTarget: ResolverTypeWrapper<SlaTarget>;
  SlaTargetInput: SlaTargetInput;
  Staff: ResolverTypeWrapper<Staff>;
  StaffInput: StaffInput;
  StaffMember: ResolverTypeWrapper<StaffMember>;
  StoredFile: ResolverTypeWrapper<StoredFile>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitComplaintInput: SubmitComplaintInput;
  SubmitComplaintPayload: ResolverTypeWrapper<Omit<SubmitComplaintPayload, 'complaint'> & { complaint: ResolversTypes['Complaint'] }>;
  Team: ResolverTypeWrapper<Team>;
  TeamInput: TeamInput;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
  TopicExample: ResolverTypeWrapper<TopicExample>;
  TrendGranularity: TrendGranularity;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  TriageKind: TriageKind;
  TriageSuggestion: ResolverTypeWrapper<TriageSuggestion>;
  TriageSuggestionStatus: TriageSuggestionStatus;
  UpdateImprovementActionInput: UpdateImprovementActionInput;
  Viewer: ResolverTypeWrapper<Viewer>;
  Webhook: ResolverTypeWrapper<Webhook>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionEffect: ActionEffect;
  ActionScope: ActionScope;
  Actor: Actor;
  AuditEntry: AuditEntry;
  AuthenticationVerdicts: AuthenticationVerdicts;
  Boolean: Scalars['Boolean']['output'];
  CaseEntry: Omit<CaseEntry, 'evidence'> & { evidence?: Maybe<ResolversParentTypes['Evidence']> };
  CfpbFields: CfpbFields;
  Clock: RunningClock;
  ClockCompliance: ClockCompliance;
  Complainant: Complainant;
  ComplainantDataExport: Omit<ComplainantDataExport, 'complaints'> & { complaints: Array<ResolversParentTypes['Complaint']> };
  ComplainantInput: ComplainantInput;
  Complaint: ComplaintModel;
  ComplaintConnection: Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversParentTypes['ComplaintEdge']> };
  ComplaintEdge: Omit<ComplaintEdge, 'node'> & { node: ResolversParentTypes['Complaint'] };
  ComplaintFilter: ComplaintFilter;
  ComplaintStatistics: ComplaintStatistics;
  ComplaintStatisticsGroup: ComplaintStatisticsGroup;
  ComplaintTracking: ComplaintModel;
  ComplaintTrend: ComplaintTrend;
  CustomCalendar: CustomCalendar;
  CustomCalendarInput: CustomCalendarInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: Decision;
  DuplicateSuggestion: DuplicateSuggestion;
  DurationStatistics: DurationStatistics;
  DurationTarget: DurationTarget;
  DurationTargetInput: DurationTargetInput;
  EmergingTopic: EmergingTopic;
  EmergingTopicReport: EmergingTopicReport;
  ErasureResult: ErasureResult;
  Escalation: Escalation;
  EvaluationReportSettings: EvaluationReportSettings;
  EvaluationReportSettingsInput: EvaluationReportSettingsInput;
  Evidence: EvidenceModel;
  EvidenceInput: EvidenceInput;
  ExportPage: ExportPage;
  Feedback: Feedback;
  FeedbackInput: FeedbackInput;
  FileUpload: FileUpload;
  FileUploadInput: FileUploadInput;
  FinalResponse: FinalResponse;
  FinalResponseInput: FinalResponseInput;
  Float: Scalars['Float']['output'];
  HistogramBucket: HistogramBucket;
  HistoryProblem: HistoryProblem;
  HistoryVerification: HistoryVerification;
  Hotspot: Hotspot;
  HotspotReport: HotspotReport;
  HttpHeader: HttpHeader;
  ID: Scalars['ID']['output'];
  ImprovementAction: ImprovementAction;
  ImprovementActionInput: ImprovementActionInput;
  InboundEmail: InboundEmailModel;
  InboundEmailConnection: Omit<InboundEmailConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['InboundEmail']> };
  Int: Scalars['Int']['output'];
  IssuedApiKey: IssuedApiKey;
  Mutation: Record<PropertyKey, never>;
  Notification: Notification;
  OrganizationSettings: OrganizationSettingsModel;
  OrganizationSettingsInput: OrganizationSettingsInput;
  PageInfo: PageInfo;
  PartnerApiKey: PartnerApiKey;
  Period: Period;
  PeriodInput: PeriodInput;
  Query: Record<PropertyKey, never>;
  Respondent: Respondent;
  RespondentInput: RespondentInput;
  RoutingRule: RoutingRule;
  RoutingRuleInput: RoutingRuleInput;
  Satisfaction: Satisfaction;
  SlaTarget: SlaTarget;
  SlaTargetInput: SlaTargetInput;
  Staff: Staff;
  StaffInput: StaffInput;
  StaffMember: StaffMember;
  StoredFile: StoredFile;
  String: Scalars['String']['output'];
  SubmitComplaintInput: SubmitComplaintInput;
  SubmitComplaintPayload: Omit<SubmitComplaintPayload, 'complaint'> & { complaint: ResolversParentTypes['Complaint'] };
  Team: Team;
  TeamInput: TeamInput;
  TimelineEntry: TimelineEntry;
  TopicExample: TopicExample;
  TrendPoint: TrendPoint;
  TriageSuggestion: TriageSuggestion;
  UpdateImprovementActionInput: UpdateImprovementActionInput;
  Viewer: Viewer;
  Webhook: Webhook;
};

export type ActionEffectResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionEffect'] = ResolversParentTypes['ActionEffect']> = {
  after?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  afterPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  beforePerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionScopeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ActionScope'] = ResolversParentTypes['ActionScope']> = {
  dimension?: Resolver<ResolversTypes['AnalyticsDimension'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuthenticationVerdictsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AuthenticationVerdicts'] = ResolversParentTypes['AuthenticationVerdicts']> = {
  dkim?: Resolver<Maybe<ResolversTypes['AuthenticationVerdict']>, ParentType, ContextType>;
  dmarc?: Resolver<Maybe<ResolversTypes['AuthenticationVerdict']>, ParentType, ContextType>;
  spam?: Resolver<Maybe<ResolversTypes['AuthenticationVerdict']>, ParentType, ContextType>;
  spf?: Resolver<Maybe<ResolversTypes['AuthenticationVerdict']>, ParentType, ContextType>;
  virus?: Resolver<Maybe<ResolversTypes['AuthenticationVerdict']>, ParentType, ContextType>;
};

export type CaseEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CaseEntry'] = ResolversParentTypes['CaseEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseEntryKind'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CfpbFieldsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CfpbFields'] = ResolversParentTypes['CfpbFields']> = {
  consumerDisputed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  responseCategory?: Resolver<ResolversTypes['CfpbResponseCategory'], ParentType, ContextType>;
  timelyResponse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type ClockResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Clock'] = ResolversParentTypes['Clock']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ClockLabelArgs, 'language'>>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisionalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ClockProvisionalNoteArgs, 'language'>>;
  source?: Resolver<ResolversTypes['ClockSource'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ClockState'], ParentType, ContextType>;
  stopsOn?: Resolver<ResolversTypes['ClockEvent'], ParentType, ContextType>;
};

export type ClockComplianceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ClockCompliance'] = ResolversParentTypes['ClockCompliance']> = {
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ClockSource'], ParentType, ContextType>;
};

export type ComplainantResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Complainant'] = ResolversParentTypes['Complainant']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
};

export type ComplainantDataExportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplainantDataExport'] = ResolversParentTypes['ComplainantDataExport']> = {
  complaints?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cfpb?: Resolver<ResolversTypes['CfpbFields'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  clocks?: Resolver<Array<ResolversTypes['Clock']>, ParentType, ContextType>;
  complainant?: Resolver<ResolversTypes['Complainant'], ParentType, ContextType>;
  complainantEmailUndeliverable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  duplicateSuggestions?: Resolver<Array<ResolversTypes['DuplicateSuggestion']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CaseEntry']>, ParentType, ContextType>;
  escalation?: Resolver<ResolversTypes['Escalation'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  feedbackHistory?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType>;
  finalResponse?: Resolver<Maybe<ResolversTypes['FinalResponse']>, ParentType, ContextType>;
  finalResponses?: Resolver<Array<ResolversTypes['FinalResponse']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  occurredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pendingRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remedyRequested?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondent?: Resolver<ResolversTypes['Respondent'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  suggestedCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestedPriority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  triageSuggestions?: Resolver<Array<ResolversTypes['TriageSuggestion']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintConnection'] = ResolversParentTypes['ComplaintConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ComplaintEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ComplaintEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintEdge'] = ResolversParentTypes['ComplaintEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
};

export type ComplaintStatisticsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintStatistics'] = ResolversParentTypes['ComplaintStatistics']> = {
  dimension?: Resolver<ResolversTypes['AnalyticsDimension'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ComplaintStatisticsGroup']>, ParentType, ContextType>;
  itemsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  totalGroups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintStatisticsGroupResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintStatisticsGroup'] = ResolversParentTypes['ComplaintStatisticsGroup']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compliance?: Resolver<Array<ResolversTypes['ClockCompliance']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reopenRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reopened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Satisfaction'], ParentType, ContextType>;
  timeToAcceptance?: Resolver<ResolversTypes['DurationStatistics'], ParentType, ContextType>;
  timeToFirstResponse?: Resolver<ResolversTypes['DurationStatistics'], ParentType, ContextType>;
  timeToResolution?: Resolver<ResolversTypes['DurationStatistics'], ParentType, ContextType>;
};

export type ComplaintTrackingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintTracking'] = ResolversParentTypes['ComplaintTracking']> = {
  canAnswerRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canGiveFeedback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWithdraw?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  clocks?: Resolver<Array<ResolversTypes['Clock']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  feedbackHistory?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['StoredFile']>, ParentType, ContextType>;
  finalResponse?: Resolver<Maybe<ResolversTypes['FinalResponse']>, ParentType, ContextType>;
  finalResponses?: Resolver<Array<ResolversTypes['FinalResponse']>, ParentType, ContextType>;
  pendingRequest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
};

export type ComplaintTrendResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintTrend'] = ResolversParentTypes['ComplaintTrend']> = {
  dimension?: Resolver<ResolversTypes['AnalyticsDimension'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['TrendGranularity'], ParentType, ContextType>;
  itemsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
};

export type CustomCalendarResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CustomCalendar'] = ResolversParentTypes['CustomCalendar']> = {
  holidays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  makeUpWorkingDays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RejectionReason']>, ParentType, ContextType>;
};

export type DuplicateSuggestionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DuplicateSuggestion'] = ResolversParentTypes['DuplicateSuggestion']> = {
  complaintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DuplicateSuggestionStatus'], ParentType, ContextType>;
};

export type DurationStatisticsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DurationStatistics'] = ResolversParentTypes['DurationStatistics']> = {
  averageHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['HistogramBucket']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DurationTargetResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DurationTarget'] = ResolversParentTypes['DurationTarget']> = {
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['DurationUnit'], ParentType, ContextType>;
};

export type EmergingTopicResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EmergingTopic'] = ResolversParentTypes['EmergingTopic']> = {
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['TopicExample']>, ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rateRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rateRatioHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rateRatioLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relatedTerms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmergingTopicReportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EmergingTopicReport'] = ResolversParentTypes['EmergingTopicReport']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  falseDiscoveryRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minExpected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  previousComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousPeriod?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  termsTested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['EmergingTopic']>, ParentType, ContextType>;
};

export type ErasureResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ErasureResult'] = ResolversParentTypes['ErasureResult']> = {
  erasedComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EscalationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Escalation'] = ResolversParentTypes['Escalation']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EscalationLevel'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvaluationReportSettingsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EvaluationReportSettings'] = ResolversParentTypes['EvaluationReportSettings']> = {
  frequency?: Resolver<ResolversTypes['ReportFrequency'], ParentType, ContextType>;
  recipientIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['StoredFile']>, ParentType, ContextType>;
  fileReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedWithComplainant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExportPageResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ExportPage'] = ResolversParentTypes['ExportPage']> = {
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedbackResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FileUploadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FileUpload'] = ResolversParentTypes['FileUpload']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['HttpHeader']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FinalResponseResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FinalResponse'] = ResolversParentTypes['FinalResponse']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  followUpMeasures?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  furtherRecourse?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remedies?: Resolver<Array<ResolversTypes['Remedy']>, ParentType, ContextType>;
  remedyDetails?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['RootCause'], ParentType, ContextType>;
};

export type HistogramBucketResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HistogramBucket'] = ResolversParentTypes['HistogramBucket']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upToHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type HistoryProblemResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HistoryProblem'] = ResolversParentTypes['HistoryProblem']> = {
  action?: Resolver<Maybe<ResolversTypes['AuditAction']>, ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['HistoryProblemCode'], ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HistoryVerificationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HistoryVerification'] = ResolversParentTypes['HistoryVerification']> = {
  digestDays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['HistoryProblem']>, ParentType, ContextType>;
  sealedFromVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HotspotResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Hotspot'] = ResolversParentTypes['Hotspot']> = {
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excess?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  qValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rateRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rateRatioHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rateRatioLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  relativeRise?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HotspotReportResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HotspotReport'] = ResolversParentTypes['HotspotReport']> = {
  currentTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['AnalyticsDimension'], ParentType, ContextType>;
  falseDiscoveryRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  groupsTested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hotspots?: Resolver<Array<ResolversTypes['Hotspot']>, ParentType, ContextType>;
  itemsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minExpected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  previousPeriod?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  previousTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['HttpHeader'] = ResolversParentTypes['HttpHeader']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImprovementActionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ImprovementAction'] = ResolversParentTypes['ImprovementAction']> = {
  complaintIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['ActionEffect']>, ParentType, ContextType>;
  effectiveOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ActionScope'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImprovementActionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InboundEmailResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InboundEmail'] = ResolversParentTypes['InboundEmail']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  authenticationFailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InboundEmailState'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdicts?: Resolver<Maybe<ResolversTypes['AuthenticationVerdicts']>, ParentType, ContextType>;
};

export type InboundEmailConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['InboundEmailConnection'] = ResolversParentTypes['InboundEmailConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['InboundEmail']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type IssuedApiKeyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['IssuedApiKey'] = ResolversParentTypes['IssuedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['PartnerApiKey'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAcceptComplaintArgs, 'expectedVersion' | 'id'>>;
  acceptTriageSuggestion?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAcceptTriageSuggestionArgs, 'expectedVersion' | 'id' | 'kind' | 'value'>>;
  addEvidence?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAddEvidenceArgs, 'evidence' | 'expectedVersion' | 'id'>>;
  addInternalNote?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAddInternalNoteArgs, 'expectedVersion' | 'id' | 'text'>>;
  answerInformationRequest?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<MutationAnswerInformationRequestArgs, 'accessCode' | 'answer' | 'reference'>>;
  assignComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationAssignComplaintArgs, 'expectedVersion' | 'id'>>;
  attachFile?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<MutationAttachFileArgs, 'accessCode' | 'fileId' | 'reference'>>;
  correctTriageSuggestion?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationCorrectTriageSuggestionArgs, 'correctedTo' | 'expectedVersion' | 'id' | 'kind' | 'value'>>;
  createImprovementAction?: Resolver<ResolversTypes['ImprovementAction'], ParentType, ContextType, RequireFields<MutationCreateImprovementActionArgs, 'input'>>;
  createPartnerApiKey?: Resolver<ResolversTypes['IssuedApiKey'], ParentType, ContextType, RequireFields<MutationCreatePartnerApiKeyArgs, 'name' | 'partnerId'>>;
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'partnerId'>>;
  dismissDuplicate?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationDismissDuplicateArgs, 'candidateId' | 'expectedVersion' | 'id'>>;
  eraseComplainantData?: Resolver<ResolversTypes['ErasureResult'], ParentType, ContextType, RequireFields<MutationEraseComplainantDataArgs, 'email'>>;
  escalateComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationEscalateComplaintArgs, 'expectedVersion' | 'id' | 'reason'>>;
  mergeDuplicate?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationMergeDuplicateArgs, 'expectedVersion' | 'id' | 'intoId'>>;
  registerWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'secret' | 'url'>>;
  rejectComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRejectComplaintArgs, 'expectedVersion' | 'explanation' | 'id' | 'reason'>>;
  reprocessInboundEmail?: Resolver<ResolversTypes['InboundEmail'], ParentType, ContextType, RequireFields<MutationReprocessInboundEmailArgs, 'id'>>;
  requestAttachmentUpload?: Resolver<ResolversTypes['FileUpload'], ParentType, ContextType, RequireFields<MutationRequestAttachmentUploadArgs, 'accessCode' | 'file' | 'reference'>>;
  requestEvidenceUpload?: Resolver<ResolversTypes['FileUpload'], ParentType, ContextType, RequireFields<MutationRequestEvidenceUploadArgs, 'file' | 'id'>>;
  requestInformation?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationRequestInformationArgs, 'expectedVersion' | 'id' | 'question'>>;
  resolveComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationResolveComplaintArgs, 'expectedVersion' | 'id' | 'response'>>;
  revokePartnerApiKey?: Resolver<ResolversTypes['PartnerApiKey'], ParentType, ContextType, RequireFields<MutationRevokePartnerApiKeyArgs, 'id'>>;
  rotatePartnerApiKey?: Resolver<ResolversTypes['IssuedApiKey'], ParentType, ContextType, RequireFields<MutationRotatePartnerApiKeyArgs, 'id'>>;
  sendPublicReply?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationSendPublicReplyArgs, 'expectedVersion' | 'id' | 'message'>>;
  startInvestigation?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationStartInvestigationArgs, 'expectedVersion' | 'id'>>;
  submitComplaint?: Resolver<ResolversTypes['SubmitComplaintPayload'], ParentType, ContextType, RequireFields<MutationSubmitComplaintArgs, 'input'>>;
  submitFeedback?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<MutationSubmitFeedbackArgs, 'accessCode' | 'feedback' | 'reference'>>;
  updateImprovementAction?: Resolver<ResolversTypes['ImprovementAction'], ParentType, ContextType, RequireFields<MutationUpdateImprovementActionArgs, 'input'>>;
  updateOrganizationSettings?: Resolver<ResolversTypes['OrganizationSettings'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationSettingsArgs, 'input'>>;
  withdrawComplaint?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<MutationWithdrawComplaintArgs, 'accessCode' | 'reference'>>;
};

export type NotificationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['NotificationState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OrganizationSettingsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['OrganizationSettings'] = ResolversParentTypes['OrganizationSettings']> = {
  businessHoursEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  businessHoursStart?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  calendarId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  customCalendars?: Resolver<Array<ResolversTypes['CustomCalendar']>, ParentType, ContextType>;
  evaluationReport?: Resolver<ResolversTypes['EvaluationReportSettings'], ParentType, ContextType>;
  feedbackWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  managerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reopenAtOrBelowRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  routingRules?: Resolver<Array<ResolversTypes['RoutingRule']>, ParentType, ContextType>;
  slaTargets?: Resolver<Array<ResolversTypes['SlaTarget']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerApiKeyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PartnerApiKey'] = ResolversParentTypes['PartnerApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintByReference?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintByReferenceArgs, 'reference'>>;
  complaintCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  complaintExport?: Resolver<ResolversTypes['ExportPage'], ParentType, ContextType, RequireFields<QueryComplaintExportArgs, 'first' | 'format' | 'period'>>;
  complaintStatistics?: Resolver<ResolversTypes['ComplaintStatistics'], ParentType, ContextType, RequireFields<QueryComplaintStatisticsArgs, 'first' | 'groupBy' | 'period'>>;
  complaintTrend?: Resolver<ResolversTypes['ComplaintTrend'], ParentType, ContextType, RequireFields<QueryComplaintTrendArgs, 'dimension' | 'granularity' | 'period'>>;
  complaints?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'first'>>;
  complaintsWithDuplicates?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryComplaintsWithDuplicatesArgs, 'first'>>;
  emergingTopics?: Resolver<ResolversTypes['EmergingTopicReport'], ParentType, ContextType, RequireFields<QueryEmergingTopicsArgs, 'falseDiscoveryRate' | 'first' | 'period'>>;
  escalatedComplaints?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryEscalatedComplaintsArgs, 'atLeast' | 'first'>>;
  exportComplainantData?: Resolver<ResolversTypes['ComplainantDataExport'], ParentType, ContextType, RequireFields<QueryExportComplainantDataArgs, 'email'>>;
  handlerQueue?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryHandlerQueueArgs, 'first' | 'handlerId'>>;
  hotspots?: Resolver<ResolversTypes['HotspotReport'], ParentType, ContextType, RequireFields<QueryHotspotsArgs, 'dimension' | 'falseDiscoveryRate' | 'first' | 'period'>>;
  improvementAction?: Resolver<Maybe<ResolversTypes['ImprovementAction']>, ParentType, ContextType, RequireFields<QueryImprovementActionArgs, 'id'>>;
  improvementActions?: Resolver<Array<ResolversTypes['ImprovementAction']>, ParentType, ContextType, Partial<QueryImprovementActionsArgs>>;
  inboundEmail?: Resolver<Maybe<ResolversTypes['InboundEmail']>, ParentType, ContextType, RequireFields<QueryInboundEmailArgs, 'id'>>;
  inboundEmails?: Resolver<ResolversTypes['InboundEmailConnection'], ParentType, ContextType, RequireFields<QueryInboundEmailsArgs, 'first'>>;
  organizationSettings?: Resolver<ResolversTypes['OrganizationSettings'], ParentType, ContextType>;
  partnerApiKeys?: Resolver<Array<ResolversTypes['PartnerApiKey']>, ParentType, ContextType>;
  trackComplaint?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<QueryTrackComplaintArgs, 'accessCode' | 'reference'>>;
  verifyComplaintHistory?: Resolver<ResolversTypes['HistoryVerification'], ParentType, ContextType, RequireFields<QueryVerifyComplaintHistoryArgs, 'id'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type RespondentResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Respondent'] = ResolversParentTypes['Respondent']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoutingRuleResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SatisfactionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Satisfaction'] = ResolversParentTypes['Satisfaction']> = {
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SlaTargetResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SlaTarget'] = ResolversParentTypes['SlaTarget']> = {
  acceptanceDecision?: Resolver<Maybe<ResolversTypes['DurationTarget']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstResponse?: Resolver<Maybe<ResolversTypes['DurationTarget']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['DurationTarget']>, ParentType, ContextType>;
};

export type StaffResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StaffMemberResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StoredFileResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StoredFile'] = ResolversParentTypes['StoredFile']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedWithComplainant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SubmitComplaintPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubmitComplaintPayload'] = ResolversParentTypes['SubmitComplaintPayload']> = {
  accessCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TeamResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervisorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  finalResponse?: Resolver<Maybe<ResolversTypes['FinalResponse']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TopicExampleResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TopicExample'] = ResolversParentTypes['TopicExample']> = {
  complaintId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clocksBreached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clocksMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TriageSuggestionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TriageSuggestion'] = ResolversParentTypes['TriageSuggestion']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  correctedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TriageKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TriageSuggestionStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  ActionEffect?: ActionEffectResolvers<ContextType>;
  ActionScope?: ActionScopeResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuthenticationVerdicts?: AuthenticationVerdictsResolvers<ContextType>;
  CaseEntry?: CaseEntryResolvers<ContextType>;
  CfpbFields?: CfpbFieldsResolvers<ContextType>;
  Clock?: ClockResolvers<ContextType>;
  ClockCompliance?: ClockComplianceResolvers<ContextType>;
  Complainant?: ComplainantResolvers<ContextType>;
  ComplainantDataExport?: ComplainantDataExportResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintEdge?: ComplaintEdgeResolvers<ContextType>;
  ComplaintStatistics?: ComplaintStatisticsResolvers<ContextType>;
  ComplaintStatisticsGroup?: ComplaintStatisticsGroupResolvers<ContextType>;
  ComplaintTracking?: ComplaintTrackingResolvers<ContextType>;
  ComplaintTrend?: ComplaintTrendResolvers<ContextType>;
  CustomCalendar?: CustomCalendarResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DuplicateSuggestion?: DuplicateSuggestionResolvers<ContextType>;
  DurationStatistics?: DurationStatisticsResolvers<ContextType>;
  DurationTarget?: DurationTargetResolvers<ContextType>;
  EmergingTopic?: EmergingTopicResolvers<ContextType>;
  EmergingTopicReport?: EmergingTopicReportResolvers<ContextType>;
  ErasureResult?: ErasureResultResolvers<ContextType>;
  Escalation?: EscalationResolvers<ContextType>;
  EvaluationReportSettings?: EvaluationReportSettingsResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExportPage?: ExportPageResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FileUpload?: FileUploadResolvers<ContextType>;
  FinalResponse?: FinalResponseResolvers<ContextType>;
  HistogramBucket?: HistogramBucketResolvers<ContextType>;
  HistoryProblem?: HistoryProblemResolvers<ContextType>;
  HistoryVerification?: HistoryVerificationResolvers<ContextType>;
  Hotspot?: HotspotResolvers<ContextType>;
  HotspotReport?: HotspotReportResolvers<ContextType>;
  HttpHeader?: HttpHeaderResolvers<ContextType>;
  ImprovementAction?: ImprovementActionResolvers<ContextType>;
  InboundEmail?: InboundEmailResolvers<ContextType>;
  InboundEmailConnection?: InboundEmailConnectionResolvers<ContextType>;
  IssuedApiKey?: IssuedApiKeyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  OrganizationSettings?: OrganizationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerApiKey?: PartnerApiKeyResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Respondent?: RespondentResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  Satisfaction?: SatisfactionResolvers<ContextType>;
  SlaTarget?: SlaTargetResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StoredFile?: StoredFileResolvers<ContextType>;
  SubmitComplaintPayload?: SubmitComplaintPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TopicExample?: TopicExampleResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  TriageSuggestion?: TriageSuggestionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
};

