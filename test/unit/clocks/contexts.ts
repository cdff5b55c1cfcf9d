import { CN_MAINLAND, UK_ENGLAND_WALES, WEEKDAYS } from '../../../functions/core/clocks/calendars';
import type { OrgClockContext } from '../../../functions/core/clocks/clock-context';

const OFFICE_HOURS = { start: '09:00', end: '18:00' };

export const SHANGHAI: OrgClockContext = { timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND, businessHours: OFFICE_HOURS };
export const LONDON: OrgClockContext = { timeZone: 'Europe/London', calendar: UK_ENGLAND_WALES, businessHours: OFFICE_HOURS };
export const NEW_YORK: OrgClockContext = { timeZone: 'America/New_York', calendar: WEEKDAYS, businessHours: OFFICE_HOURS };

/** An instant; every test names its "now" explicitly. */
export const at = (iso: string): Date => new Date(iso);
