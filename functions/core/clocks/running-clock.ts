import type { ClockState } from '../../graphql/generated/types';
import type { ClockDefinition, ClockEvent, ClockSource } from './clock-definitions';
import { estimatedYears } from './calendars';
import { contextFor, type OrgClockContext } from './clock-context';
import { addDuration, elapsed, type DurationContext, type DurationUnit } from './durations';
import { localDate } from './time-zone';

export type { ClockState };

/** One clock on one complaint; plain JSON so it can be stored with the complaint. */
export interface RunningClock {
  id: string;
  source: ClockSource;
  stopsOn: ClockEvent;
  unit: DurationUnit;
  pausable: boolean;
  calendarId?: string;
  /** ISO 8601 UTC. */
  startedAt: string;
  /** The last instant that still meets the clock; it is breached from the next millisecond. */
  dueAt: string;
  atRiskAt: string;
  pausedAt?: string;
  stoppedAt?: string;
  /** As last recorded. */
  state: ClockState;
  /**
   * The due instant was counted on estimated days: a year between start and due has no
   * published holiday data (e.g. next year's 调休 not yet announced). Kept as computed.
   */
  provisional?: true;
}

/** A recorded-state change a caller should write (and audit) once. */
export interface ClockTransition {
  clockId: string;
  from: 'ON_TRACK' | 'AT_RISK';
  to: 'AT_RISK' | 'BREACHED';
  /** When the change happened, ISO 8601 UTC. */
  at: string;
}

const AT_RISK_SHARE = 0.75;
const ms = (iso: string) => new Date(iso).getTime();

/** The first instant at which the clock is breached. */
function breachesAt(clock: RunningClock): number {
  return ms(clock.dueAt) + 1;
}

/** The state from the due and at-risk instants alone, ignoring pauses and stops. */
function runningState(clock: RunningClock, at: number): 'ON_TRACK' | 'AT_RISK' | 'BREACHED' {
  if (at >= breachesAt(clock)) return 'BREACHED';
  return at >= ms(clock.atRiskAt) ? 'AT_RISK' : 'ON_TRACK';
}

/** Whether counting `unit` from `from` to `to` used days the calendar only estimates; elapsed units use no calendar. */
function countedOnEstimates(unit: DurationUnit, from: Date, to: Date, ctx: DurationContext): boolean {
  if (unit !== 'WORKING_DAYS' && unit !== 'BUSINESS_HOURS') return false;
  return estimatedYears(ctx.calendar, localDate(from, ctx.timeZone), localDate(to, ctx.timeZone)).length > 0;
}

/** Starts `def` at `at`; it is at risk once 75% of the wall-clock time to its due instant has gone. */
export function startClock(def: ClockDefinition, at: Date, org: OrgClockContext): RunningClock {
  const ctx = contextFor(def, org);
  const due = addDuration(at, def.amount, def.unit, ctx);
  const atRisk = at.getTime() + Math.floor((due.getTime() - at.getTime()) * AT_RISK_SHARE);
  return {
    id: def.id,
    source: def.source,
    stopsOn: def.stopsOn,
    unit: def.unit,
    pausable: def.pausable,
    ...(def.calendarId === undefined ? {} : { calendarId: def.calendarId }),
    startedAt: at.toISOString(),
    dueAt: due.toISOString(),
    atRiskAt: new Date(atRisk).toISOString(),
    state: 'ON_TRACK',
    ...(countedOnEstimates(def.unit, at, due, ctx) ? { provisional: true as const } : {}),
  };
}

/**
 * Pauses a pausable clock that is running and not yet breached; any other clock comes
 * back unchanged (a pause cannot hide a breach). Record transitionsDue(clock, at) first:
 * a paused clock reports none.
 */
export function pauseClock(clock: RunningClock, at: Date): RunningClock {
  if (!clock.pausable || clock.stoppedAt || clock.pausedAt || runningState(clock, at.getTime()) === 'BREACHED') return clock;
  return { ...clock, pausedAt: at.toISOString(), state: 'PAUSED' };
}

/**
 * Resumes a paused clock. The due instant moves later by the pause's length in the
 * clock's own unit (two working days of pause, two working days later); the at-risk
 * instant keeps its lead over the due instant, because a working-day shift of it would
 * land on a day's end. The recorded state goes back to what it was when paused.
 */
export function resumeClock(clock: RunningClock, at: Date, org: OrgClockContext): RunningClock {
  if (!clock.pausedAt) return clock;
  const { pausedAt, ...running } = clock;
  const ctx = contextFor(clock, org);
  const pause = elapsed(new Date(pausedAt), at, clock.unit, ctx);
  const due = addDuration(new Date(clock.dueAt), pause, clock.unit, ctx).getTime();
  const shift = due - ms(clock.dueAt);
  const provisional = clock.provisional || countedOnEstimates(clock.unit, new Date(clock.dueAt), new Date(due), ctx);
  return {
    ...running,
    ...(provisional ? { provisional: true as const } : {}),
    dueAt: new Date(due).toISOString(),
    atRiskAt: new Date(ms(clock.atRiskAt) + shift).toISOString(),
    state: runningState(clock, ms(pausedAt)),
  };
}

/**
 * Stops a clock on its event: MET if stopped by its due instant, else BREACHED. A paused
 * clock is met, as it was not breached when paused and the pause does not count.
 * Record transitionsDue(clock, at) first: a stopped clock reports none.
 */
export function stopClock(clock: RunningClock, at: Date): RunningClock {
  if (clock.stoppedAt) return clock;
  const { pausedAt, ...running } = clock;
  const countedUntil = pausedAt ? ms(pausedAt) : at.getTime();
  return { ...running, stoppedAt: at.toISOString(), state: countedUntil <= ms(clock.dueAt) ? 'MET' : 'BREACHED' };
}

/** The state a reader should see at `now`, whether or not the workflow has recorded it yet. */
export function clockStateAt(clock: RunningClock, now: Date): ClockState {
  if (clock.stoppedAt) return clock.state;
  if (clock.pausedAt) return 'PAUSED';
  return runningState(clock, now.getTime());
}

/**
 * The changes from the recorded state to the state at `now`, in order, each with the
 * instant it happened: ON_TRACK→AT_RISK, AT_RISK→BREACHED, or both. Apply them by setting
 * state to the last one's `to`; a clock already recorded reports nothing again.
 */
export function transitionsDue(clock: RunningClock, now: Date): ClockTransition[] {
  const state = clockStateAt(clock, now);
  const transitions: ClockTransition[] = [];
  if (clock.state === 'ON_TRACK' && (state === 'AT_RISK' || state === 'BREACHED')) {
    transitions.push({ clockId: clock.id, from: 'ON_TRACK', to: 'AT_RISK', at: clock.atRiskAt });
  }
  if ((clock.state === 'ON_TRACK' || clock.state === 'AT_RISK') && state === 'BREACHED') {
    transitions.push({ clockId: clock.id, from: 'AT_RISK', to: 'BREACHED', at: new Date(breachesAt(clock)).toISOString() });
  }
  return transitions;
}

/**
 * The earliest instant after `now` at which a running, unpaused clock changes state:
 * its at-risk instant, or else the millisecond after its due instant. Undefined when no
 * clock will change without an event.
 */
export function nextWakeAt(clocks: readonly RunningClock[], now: Date): Date | undefined {
  const t = now.getTime();
  const next = clocks
    .filter((c) => !c.stoppedAt && !c.pausedAt)
    .map((c) => (t < ms(c.atRiskAt) ? ms(c.atRiskAt) : breachesAt(c)))
    .filter((wake) => wake > t);
  return next.length ? new Date(Math.min(...next)) : undefined;
}
