import type { ClockEvent } from '../clocks/clock-definitions';
import { STATUTORY_PROFILES, type ClockDefinition } from '../clocks/clock-definitions';
import type { OrgClockContext } from '../clocks/clock-context';
import { pauseClock, resumeClock, startClock, stopClock, type RunningClock } from '../clocks/running-clock';
import { DEFAULT_SLA_POLICY, SLA_CLOCKS, slaClocksFor } from '../clocks/sla-policy';
import type { Complaint, Language } from '../complaint';
import { organizationCalendar, organizationCalendars, type OrganizationSettings } from '../organization/settings';

/** Where an organization's clocks count: its zone, business hours, calendar and custom calendars. */
export function clockContext(settings: OrganizationSettings): OrgClockContext {
  return {
    timeZone: settings.timeZone,
    calendar: organizationCalendar(settings),
    calendars: organizationCalendars(settings),
    businessHours: { start: settings.businessHoursStart, end: settings.businessHoursEnd },
  };
}

/** Every clock that applies to a complaint: its jurisdictions' statutory deadlines and the organization's SLA targets. */
export function clockDefinitions(complaint: Pick<Complaint, 'category' | 'priority' | 'jurisdictions'>, settings: OrganizationSettings): ClockDefinition[] {
  const sla = settings.slaTargets.length ? { targets: settings.slaTargets } : DEFAULT_SLA_POLICY;
  return [...complaint.jurisdictions.flatMap((j) => STATUTORY_PROFILES[j]), ...slaClocksFor(sla, complaint.category, complaint.priority)];
}

/**
 * The clocks after a lifecycle event: those it meets are stopped (MET, or BREACHED if
 * late), and those it starts are started. Several events can happen at once, e.g. an
 * acceptance is both the acceptance decision and the first response.
 */
export function clocksAfter(complaint: Complaint, events: readonly ClockEvent[], at: Date, settings: OrganizationSettings): RunningClock[] {
  const stopped = complaint.clocks.map((c) => (events.includes(c.stopsOn) ? stopClock(c, at) : c));
  const running = new Set(stopped.map((c) => c.id));
  const started = clockDefinitions(complaint, settings)
    .filter((d) => events.includes(d.startsOn) && !running.has(d.id))
    .map((d) => startClock(d, at, clockContext(settings)));
  return [...stopped, ...started];
}

export const stopAll = (clocks: readonly RunningClock[], at: Date): RunningClock[] => clocks.map((c) => stopClock(c, at));
export const pauseAll = (clocks: readonly RunningClock[], at: Date): RunningClock[] => clocks.map((c) => pauseClock(c, at));
export const resumeAll = (clocks: readonly RunningClock[], at: Date, settings: OrganizationSettings): RunningClock[] =>
  clocks.map((c) => resumeClock(c, at, clockContext(settings)));

const LABELS = new Map<string, ClockDefinition['label']>([
  ...Object.values(STATUTORY_PROFILES).flatMap((defs) => defs.map((d) => [d.id, d.label] as const)),
  ...SLA_CLOCKS.map((c) => [c.id, c.label] as const),
]);

export function clockLabel(clockId: string, language: Language): string {
  const label = LABELS.get(clockId);
  if (!label) return clockId;
  return language === 'ZH_CN' ? label.zhCN : label.en;
}
