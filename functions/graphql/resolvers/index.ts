import { DateScalar, DateTime } from '../scalars';
import type { Resolvers } from '../generated/types';
import { Clock, Complaint, ComplaintTracking } from './complaint-fields';
import { Mutation } from './mutations';
import { guarded } from './guard';
import { Query } from './queries';

export const resolvers: Resolvers = { DateTime, Date: DateScalar, Query: guarded(Query), Mutation: guarded(Mutation), Clock, Complaint, ComplaintTracking };
