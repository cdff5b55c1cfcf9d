import { addDays, atLocalTime } from '../../../functions/core/clocks/time-zone';
import type { Channel, ClockState, ComplaintFilter, ComplaintStatus } from '../../generated/graphql';

/** The lists of the workspace; each is one query of the API. */
export const LISTS = ['queue', 'team', 'unassigned', 'escalated', 'duplicates', 'all'] as const;
export type ListName = (typeof LISTS)[number];

/** Lists read through complaints(filter), which take the filters below. */
export const FILTERABLE: ReadonlySet<ListName> = new Set<ListName>(['team', 'unassigned', 'all']);

/**
 * What a list's URL may hold. Nothing here is personal data: the search words (a name, an
 * email address) are kept out of the URL, in the page's history state only.
 */
export interface ListFilters {
  status?: ComplaintStatus;
  channel?: Channel;
  category?: string;
  /** Days of the organization's calendar, YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  clockState?: ClockState;
  /** On the team list: which of the viewer's teams. */
  team?: string;
}

const FILTER_KEYS = ['status', 'channel', 'category', 'from', 'to', 'clockState', 'team'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function listFromQuery(query: string): { list: ListName; filters: ListFilters } {
  const params = new URLSearchParams(query);
  const named = params.get('list');
  const list = (LISTS as readonly string[]).includes(named ?? '') ? (named as ListName) : 'all';
  const filters: ListFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value || ((key === 'from' || key === 'to') && !DAY.test(value))) continue;
    (filters as Record<string, string>)[key] = value;
  }
  return { list, filters };
}

export function queryOf(list: ListName, filters: ListFilters): string {
  const params = new URLSearchParams({ list });
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

/**
 * The API filter for a list: its own condition (the team, no handler) and the chosen filters;
 * received dates count whole days in the organization's time zone.
 */
export function complaintFilterOf(list: ListName, filters: ListFilters, search: string, timeZone: string): ComplaintFilter {
  const filter: ComplaintFilter = {};
  if (list === 'team' && filters.team) filter.teamId = filters.team;
  if (list === 'unassigned') filter.unassigned = true;
  if (filters.status) filter.status = filters.status;
  if (filters.channel) filter.channel = filters.channel;
  if (filters.category) filter.category = filters.category;
  if (filters.clockState) filter.clockState = filters.clockState;
  if (filters.from) filter.receivedFrom = atLocalTime(filters.from, '00:00', timeZone).toISOString();
  if (filters.to) filter.receivedTo = atLocalTime(addDays(filters.to, 1), '00:00', timeZone).toISOString();
  if (search.trim()) filter.search = search.trim();
  return filter;
}
