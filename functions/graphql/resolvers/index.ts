import { DateScalar, DateTime } from '../scalars';
import type { Resolvers } from '../generated/types';
import { Clock, Complaint, ComplaintTracking } from './complaint-fields';
import { DataProtectionMutation, DataProtectionQuery } from './data-protection';
import { guarded } from './guard';
import { Mutation } from './mutations';
import { PartnerMutation, PartnerQuery } from './partners';
import { Query } from './queries';

export const resolvers: Resolvers = {
  DateTime,
  Date: DateScalar,
  Query: guarded({ ...Query, ...DataProtectionQuery, ...PartnerQuery }),
  Mutation: guarded({ ...Mutation, ...DataProtectionMutation, ...PartnerMutation }),
  Clock,
  Complaint,
  ComplaintTracking,
};
