// Generated from schema.graphql by npm run codegen. Do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Complaint as ComplaintModel } from '../../core/complaint';
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

/** What happened to a complaint. Every entry of a complaint's history is one of these. */
export type AuditAction =
  | 'ACKNOWLEDGEMENT_SENT'
  | 'ACKNOWLEDGEMENT_SKIPPED'
  | 'COMPLAINT_RECEIVED'
  | 'DEADLINE_BREACHED';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actor: Actor;
  at: Scalars['DateTime']['output'];
};

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

export type Complainant = {
  __typename?: 'Complainant';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalAddress?: Maybe<Scalars['String']['output']>;
  preferredLanguage: Language;
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
  channel: Channel;
  complainant: Complainant;
  deadlines: Array<Deadline>;
  facts: Scalars['String']['output'];
  /** Every step, oldest first. */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  notifications: Array<Notification>;
  occurredOn?: Maybe<Scalars['Date']['output']>;
  product?: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  remedyRequested: Scalars['String']['output'];
  respondent: Respondent;
  status: ComplaintStatus;
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
  /** Inclusive. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<ComplaintStatus>;
};

/**
 * Where a complaint stands. Only RECEIVED is reached today; the lifecycle
 * mutations that move a complaint on are the next piece of work (see README).
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
  category: Scalars['String']['output'];
  channel: Channel;
  deadlines: Array<Deadline>;
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  status: ComplaintStatus;
  timeline: Array<TimelineEntry>;
};

export type Deadline = {
  __typename?: 'Deadline';
  dueAt: Scalars['DateTime']['output'];
  kind: DeadlineKind;
  state: DeadlineState;
};

/** A clock that runs on a complaint. */
export type DeadlineKind =
  /** Decide whether to accept the complaint and tell the complainant (default: 7 working days). */
  | 'ACCEPTANCE_DECISION';

export type DeadlineState =
  | 'BREACHED'
  | 'MET'
  | 'ON_TRACK';

/** The language the complainant is written to in. */
export type Language =
  | 'EN'
  | 'ZH_CN';

export type Mutation = {
  __typename?: 'Mutation';
  submitComplaint: SubmitComplaintPayload;
};


export type MutationSubmitComplaintArgs = {
  input: SubmitComplaintInput;
};

export type Notification = {
  __typename?: 'Notification';
  attempts: Scalars['Int']['output'];
  kind: NotificationKind;
  state: NotificationState;
  updatedAt: Scalars['DateTime']['output'];
};

export type NotificationKind =
  | 'ACKNOWLEDGEMENT';

export type NotificationState =
  /** The last attempt failed; the workflow retries it. */
  | 'FAILED'
  /** Recorded with the complaint, not sent yet. */
  | 'PENDING'
  | 'SENT'
  /** Nothing to send to: the complainant gave no email address. */
  | 'SKIPPED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  complaint?: Maybe<Complaint>;
  complaintByReference?: Maybe<Complaint>;
  /** Newest first. first: 1 to 100. */
  complaints: ComplaintConnection;
  /** For the complainant: needs the reference and the access code given at submission. */
  trackComplaint: ComplaintTracking;
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ComplaintFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrackComplaintArgs = {
  accessCode: Scalars['String']['input'];
  reference: Scalars['String']['input'];
};

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

export type SubmitComplaintInput = {
  /** 1 to 100 characters, e.g. 'Mobile network' or 'Credit card'. */
  category: Scalars['String']['input'];
  channel: Channel;
  complainant: ComplainantInput;
  /** What happened: 1 to 5,000 characters. */
  facts: Scalars['String']['input'];
  /** When it happened; not in the future. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Up to 100 characters. */
  product?: InputMaybe<Scalars['String']['input']>;
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

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  action: AuditAction;
  at: Scalars['DateTime']['output'];
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
  Actor: ResolverTypeWrapper<Actor>;
  ActorKind: ActorKind;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: Channel;
  Complainant: ResolverTypeWrapper<Complainant>;
  ComplainantInput: ComplainantInput;
  Complaint: ResolverTypeWrapper<ComplaintModel>;
  ComplaintConnection: ResolverTypeWrapper<Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversTypes['ComplaintEdge']> }>;
  ComplaintEdge: ResolverTypeWrapper<Omit<ComplaintEdge, 'node'> & { node: ResolversTypes['Complaint'] }>;
  ComplaintFilter: ComplaintFilter;
  ComplaintStatus: ComplaintStatus;
  ComplaintTracking: ResolverTypeWrapper<ComplaintModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deadline: ResolverTypeWrapper<Deadline>;
  DeadlineKind: DeadlineKind;
  DeadlineState: DeadlineState;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<Notification>;
  NotificationKind: NotificationKind;
  NotificationState: NotificationState;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Respondent: ResolverTypeWrapper<Respondent>;
  RespondentInput: RespondentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitComplaintInput: SubmitComplaintInput;
  SubmitComplaintPayload: ResolverTypeWrapper<Omit<SubmitComplaintPayload, 'complaint'> & { complaint: ResolversTypes['Complaint'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntry>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: Actor;
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  Complainant: Complainant;
  ComplainantInput: ComplainantInput;
  Complaint: ComplaintModel;
  ComplaintConnection: Omit<ComplaintConnection, 'edges'> & { edges: Array<ResolversParentTypes['ComplaintEdge']> };
  ComplaintEdge: Omit<ComplaintEdge, 'node'> & { node: ResolversParentTypes['Complaint'] };
  ComplaintFilter: ComplaintFilter;
  ComplaintTracking: ComplaintModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: Deadline;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Notification: Notification;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Respondent: Respondent;
  RespondentInput: RespondentInput;
  String: Scalars['String']['output'];
  SubmitComplaintInput: SubmitComplaintInput;
  SubmitComplaintPayload: Omit<SubmitComplaintPayload, 'complaint'> & { complaint: ResolversParentTypes['Complaint'] };
  TimelineEntry: TimelineEntry;
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

export type ComplainantResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Complainant'] = ResolversParentTypes['Complainant']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
};

export type ComplaintResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  complainant?: Resolver<ResolversTypes['Complainant'], ParentType, ContextType>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  occurredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remedyRequested?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  respondent?: Resolver<ResolversTypes['Respondent'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
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

export type ComplaintTrackingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ComplaintTracking'] = ResolversParentTypes['ComplaintTracking']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  deadlines?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplaintStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadlineKind'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeadlineState'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  submitComplaint?: Resolver<ResolversTypes['SubmitComplaintPayload'], ParentType, ContextType, RequireFields<MutationSubmitComplaintArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['NotificationState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintByReference?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintByReferenceArgs, 'reference'>>;
  complaints?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'first'>>;
  trackComplaint?: Resolver<ResolversTypes['ComplaintTracking'], ParentType, ContextType, RequireFields<QueryTrackComplaintArgs, 'accessCode' | 'reference'>>;
};

export type RespondentResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Respondent'] = ResolversParentTypes['Respondent']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmitComplaintPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SubmitComplaintPayload'] = ResolversParentTypes['SubmitComplaintPayload']> = {
  accessCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  Actor?: ActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Complainant?: ComplainantResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintEdge?: ComplaintEdgeResolvers<ContextType>;
  ComplaintTracking?: ComplaintTrackingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Respondent?: RespondentResolvers<ContextType>;
  SubmitComplaintPayload?: SubmitComplaintPayloadResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
};

