import { transitionsDue, nextWakeAt } from '../clocks/running-clock';
import { nextVersion, SYSTEM, type Complaint, type ComplaintChange } from '../complaint';
import type { OrganizationSettings } from '../organization/settings';
import { escalationDue, nextManagerEscalation } from './escalation';
import { escalate, notice, type StepContext } from './steps';
import { requireStep } from './transitions';
import { stopAll } from './clock-book';

const DAY = 86_400_000;

/** The end of the feedback window, counted from when the survey went out. */
export function feedbackDueAt(c: Complaint, settings: OrganizationSettings): Date | undefined {
  return c.feedbackRequestedAt ? new Date(new Date(c.feedbackRequestedAt).getTime() + settings.feedbackWindowDays * DAY) : undefined;
}

/**
 * The first step the system owes a complaint at `now`, or null when none is due. The
 * workflow applies these one at a time (each is a version with its audit entry) until
 * none is left, then waits for nextSystemWake. Every step is decided from the stored
 * state, so running this twice does nothing twice.
 */
export function nextSystemStep(c: Complaint, now: Date, settings: OrganizationSettings): ComplaintChange | null {
  const ctx: StepContext = { actor: SYSTEM, now, settings };
  if (c.status === 'RESOLVED') {
    requireStep('REQUEST_FEEDBACK', c.status);
    const change = nextVersion(c, { status: 'FEEDBACK_PENDING', feedbackRequestedAt: now.toISOString() }, 'FEEDBACK_REQUESTED', SYSTEM, now);
    const due = feedbackDueAt(change.complaint, settings)!;
    return { ...change, notifications: [notice(change.complaint, 'FEEDBACK_SURVEY', now, 'COMPLAINANT', { feedbackDueAt: due.toISOString() })] };
  }
  const windowEnd = feedbackDueAt(c, settings);
  if (c.status === 'FEEDBACK_PENDING' && windowEnd && now > windowEnd) {
    requireStep('CLOSE_WITHOUT_FEEDBACK', c.status);
    const change = nextVersion(c, { status: 'CLOSED', clocks: stopAll(c.clocks, now) }, 'CLOSED', SYSTEM, now);
    return { ...change, notifications: [notice(change.complaint, 'CLOSED', now)] };
  }
  for (const clock of c.clocks) {
    const [first] = transitionsDue(clock, now);
    if (first) {
      const clocks = c.clocks.map((k) => (k.id === clock.id ? { ...k, state: first.to } : k));
      return nextVersion(c, { clocks }, first.to === 'AT_RISK' ? 'CLOCK_AT_RISK' : 'CLOCK_BREACHED', SYSTEM, now);
    }
  }
  const due = escalationDue(c, now);
  if (due) {
    const change = escalate(c, due.level, due.reason, ctx);
    // A system escalation continues the running execution rather than starting another.
    change.complaint.workflowEpoch = c.workflowEpoch;
    return change;
  }
  return null;
}

/** When the system next owes the complaint a step: a clock's change, a manager escalation, or the end of the feedback window. */
export function nextSystemWake(c: Complaint, now: Date, settings: OrganizationSettings): Date | undefined {
  const windowEnd = c.status === 'FEEDBACK_PENDING' ? feedbackDueAt(c, settings) : undefined;
  const times = [nextWakeAt(c.clocks, now), nextManagerEscalation(c, now), windowEnd && new Date(windowEnd.getTime() + 1)].filter(
    (t): t is Date => t !== undefined && t > now,
  );
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : undefined;
}

/**
 * When the complaint's workflow must next look at it: now when a system step is due,
 * else its next system wake; undefined when nothing is left to wait for.
 */
export function workflowWake(c: Complaint, now: Date, settings: OrganizationSettings): Date | undefined {
  return nextSystemStep(c, now, settings) ? now : nextSystemWake(c, now, settings);
}
