import type { RunningClock } from '../clocks/running-clock';
import type { Complaint, EscalationLevel } from '../complaint';
import { teamById, type OrganizationSettings } from '../organization/settings';
import { routeToTeam } from './routing';
import { ESCALATION_LEVELS, ESCALATION_RANK } from './queues';

/**
 * Who hears of an escalation: the handler, the team's supervisor, the manager, each
 * falling back upwards. Before a team is set, the team the routing rules would choose
 * stands in, so an unaccepted complaint reaches its supervisor.
 */
export function escalationRecipient(c: Complaint, level: EscalationLevel, settings: OrganizationSettings): string {
  const supervisor = (teamById(settings, c.teamId) ?? routeToTeam(c, settings))?.supervisorId;
  const chain: Record<EscalationLevel, Array<string | undefined>> = {
    NONE: [],
    HANDLER: [c.handlerId, supervisor, settings.managerId],
    SUPERVISOR: [supervisor, settings.managerId],
    MANAGER: [settings.managerId, supervisor],
  };
  return chain[level].find((id) => id !== undefined) ?? 'UNASSIGNED';
}

/** A quarter of a clock's span after it was breached, it goes to the manager. */
const MANAGER_SHARE = 0.25;

export function managerEscalationAt(clock: RunningClock): Date {
  const due = new Date(clock.dueAt).getTime();
  return new Date(due + Math.ceil((due - new Date(clock.startedAt).getTime()) * MANAGER_SHARE));
}

const running = (c: Complaint) => c.clocks.filter((k) => !k.stoppedAt && !k.pausedAt);

/**
 * The level the recorded clock states call for: at risk → the handler, breached → the
 * supervisor, breached for a quarter of its span again → the manager.
 */
export function escalationCalledFor(c: Complaint, now: Date): { level: EscalationLevel; reason?: string } {
  let best: { level: EscalationLevel; reason?: string } = { level: 'NONE' };
  for (const clock of running(c)) {
    const level: EscalationLevel =
      clock.state === 'BREACHED' ? (now >= managerEscalationAt(clock) ? 'MANAGER' : 'SUPERVISOR') : clock.state === 'AT_RISK' ? 'HANDLER' : 'NONE';
    if (ESCALATION_RANK[level] > ESCALATION_RANK[best.level]) best = { level, reason: clock.id };
  }
  return best;
}

/** The next level to escalate to now, one at a time so every level is emailed and recorded; undefined when none is due. */
export function escalationDue(c: Complaint, now: Date): { level: EscalationLevel; reason: string } | undefined {
  const called = escalationCalledFor(c, now);
  const current = ESCALATION_RANK[c.escalation.level];
  if (ESCALATION_RANK[called.level] <= current) return undefined;
  return { level: ESCALATION_LEVELS[current + 1], reason: called.reason ?? 'CLOCK' };
}

/** When a breached clock will call for the manager, if the complaint is not there yet. */
export function nextManagerEscalation(c: Complaint, now: Date): Date | undefined {
  if (ESCALATION_RANK[c.escalation.level] >= ESCALATION_RANK.MANAGER) return undefined;
  const times = running(c)
    .filter((k) => k.state === 'BREACHED')
    .map(managerEscalationAt)
    .filter((t) => t > now);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : undefined;
}
