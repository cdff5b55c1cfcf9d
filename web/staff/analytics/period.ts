import type { Client } from '@urql/core';
import { AnalyticsVolumeQuery } from './analytics.graphql';

/** The API refuses longer periods. */
export const MAX_DAYS = 731;
export const DEFAULT_DAYS = 90;
/** Up to this many days a point per day stays readable; longer periods get a point per week. */
export const DAILY_UP_TO_DAYS = 92;

// Dates are calendar days (YYYY-MM-DD), counted in UTC so that no time zone shifts them.
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
export const today = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
};
const lastDayOfMonth = (month: string) => {
  const d = new Date(`${month}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
};

/**
 * The newest day with complaints: imported data may end long before today. Reads monthly
 * volumes a window at a time going back (each within the API's limit), then the days of
 * the newest month that has any.
 */
export async function newestDay(client: Client): Promise<string> {
  // The organization's calendar may run up to two days ahead of this browser's.
  let to = addDays(today(), 2);
  for (let window = 0; window < 10; window++) {
    const from = addDays(to, -(MAX_DAYS - 1));
    const months = await client.query(AnalyticsVolumeQuery, { period: { from, to }, granularity: 'MONTH' }, { requestPolicy: 'network-only' }).toPromise();
    if (!months.data) throw months.error ?? new Error('no answer');
    const month = months.data.complaintTrend.points.findLast((p) => p.received > 0);
    if (month) {
      const end = lastDayOfMonth(month.start);
      const period = { from: month.start < from ? from : month.start, to: end < to ? end : to };
      const days = await client.query(AnalyticsVolumeQuery, { period, granularity: 'DAY' }, { requestPolicy: 'network-only' }).toPromise();
      if (!days.data) throw days.error ?? new Error('no answer');
      return days.data.complaintTrend.points.findLast((p) => p.received > 0)?.start ?? period.to;
    }
    to = addDays(from, -1);
  }
  return today();
}
