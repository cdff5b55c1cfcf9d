/**
 * The calendar day of a CFPB date, however the CFPB wrote it: `2019-05-03` (the bulk
 * export), `05/03/2019` or `05/03/19` (the website's downloads) or an ISO-8601 timestamp
 * such as `2019-05-03T12:00:00-05:00` or `...Z` (the API). A timestamp's day is the one
 * written in it, never shifted to another zone: the CFPB publishes days, the time is filler.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

/** `YYYY-MM-DD`, or `undefined` when `value` is none of those shapes or no such day exists. */
export function cfpbDay(value: string): string | undefined {
  let parts: [string, string, string] | undefined;
  const iso = ISO_DAY.exec(value) ?? ISO_TIMESTAMP.exec(value);
  if (iso) parts = [iso[1], iso[2], iso[3]];
  const us = US_DAY.exec(value);
  // The CFPB took its first complaints in 2011: a two-digit year is this century's.
  if (us) parts = [us[3].length === 2 ? `20${us[3]}` : us[3], us[1].padStart(2, '0'), us[2].padStart(2, '0')];
  if (!parts) return undefined;
  const day = parts.join('-');
  // Date.parse rolls 2019-02-30 over to March, so the day must survive the round trip.
  const t = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day ? day : undefined;
}
