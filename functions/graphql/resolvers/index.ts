import { DateScalar, DateTime } from '../scalars';
import type { Resolvers } from '../generated/types';
import { Clock, Complaint, ComplaintTracking } from './complaint-fields';
import { DataProtectionMutation, DataProtectionQuery } from './data-protection';
import { guarded } from './guard';
import { Mutation } from './mutations';
import { Query } from './queries';

export const resolvers: Resolvers = {
  DateTime,
  Date: DateScalar,
  Query: guarded({ ...Query, ...DataProtectionQuery }),
  Mutation: guarded({ ...Mutation, ...DataProtectionMutation }),
  Clock,
  Complaint,
  ComplaintTracking,
};
