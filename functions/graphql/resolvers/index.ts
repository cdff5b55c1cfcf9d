import { DateScalar, DateTime } from '../scalars';
import type { Resolvers } from '../generated/types';
import { AnalyticsQuery } from './analytics';
import { AuditQuery } from './audit';
import { Clock, Complaint, ComplaintTracking, Evidence } from './complaint-fields';
import { DataProtectionMutation, DataProtectionQuery } from './data-protection';
import { ExportQuery } from './exports';
import { FileMutation } from './files';
import { guarded } from './guard';
import { ImprovementAction, ImprovementActionMutation, ImprovementActionQuery } from './improvement-actions';
import { InboundEmail, InboundEmailMutation, InboundEmailQuery } from './inbound-emails';
import { Mutation } from './mutations';
import { PartnerMutation, PartnerQuery } from './partners';
import { Query } from './queries';

export const resolvers: Resolvers = {
  DateTime,
  Date: DateScalar,
  Query: guarded({ ...Query, ...DataProtectionQuery, ...PartnerQuery, ...AnalyticsQuery, ...ImprovementActionQuery, ...ExportQuery, ...AuditQuery, ...InboundEmailQuery }),
  Mutation: guarded({ ...Mutation, ...DataProtectionMutation, ...PartnerMutation, ...ImprovementActionMutation, ...FileMutation, ...InboundEmailMutation }),
  Clock,
  Complaint,
  ComplaintTracking,
  Evidence,
  ImprovementAction,
  InboundEmail,
};
