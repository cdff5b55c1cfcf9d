import type { ClockSource } from '../../graphql/generated/types';

/**
 * The counters kept per day and group. Flat names, so the stream handler can ADD to
 * each one in a single UpdateItem and a reader can sum them without knowing them all.
 */
export type Counters = Record<string, number>;

/** Durations are counted into these buckets (upper bounds in hours); a last bucket holds the rest. */
export const DURATION_BUCKET_HOURS = [1, 4, 8, 24, 72, 168, 360, 720, 1440] as const;

export const DURATIONS = ['firstResponse', 'acceptance', 'resolution'] as const;
export type DurationMetric = (typeof DURATIONS)[number];

export const CLOCK_SOURCES: readonly ClockSource[] = ['SLA', 'CN', 'UK_FCA', 'US_CFPB'];
export type ClockResult = 'Met' | 'Breached';

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** The name of every counter, in one place. */
export const counter = {
  received: 'received',
  accepted: 'accepted',
  rejected: 'rejected',
  resolved: 'resolved',
  reopened: 'reopened',
  escalated: 'escalated',
  rated: 'rated',
  ratingSum: 'ratingSum',
  /** Ratings that said the complaint was resolved. */
  saidResolved: 'saidResolved',
  rating: (r: number) => `rating${r}`,
  durationCount: (m: DurationMetric) => `${m}N`,
  durationSeconds: (m: DurationMetric) => `${m}Seconds`,
  /** Bucket i: up to DURATION_BUCKET_HOURS[i] hours; i = DURATION_BUCKET_HOURS.length is the open-ended rest. */
  durationBucket: (m: DurationMetric, i: number) => `${m}B${i}`,
  clock: (source: ClockSource, result: ClockResult) => `clock${source}${result}`,
};

/** The bucket a duration of `seconds` falls in. */
export function bucketOf(seconds: number): number {
  const hours = seconds / 3600;
  const i = DURATION_BUCKET_HOURS.findIndex((upTo) => hours <= upTo);
  return i === -1 ? DURATION_BUCKET_HOURS.length : i;
}
