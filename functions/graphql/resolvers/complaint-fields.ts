import { clockStateAt, type RunningClock } from '../../core/clocks/running-clock';
import type { AuditAction, CaseEntryKind, Complaint as ComplaintModel } from '../../core/complaint';
import { clockLabel } from '../../core/lifecycle/clock-book';
import { canTake } from '../../core/lifecycle/transitions';
import { staffById } from '../../core/organization/settings';
import { PROVISIONAL_DUE } from '../../core/messages/phrases';
import { cfpbFields } from '../../core/resolution/cfpb-fields';
import type { GraphqlContext, RecordLoader } from '../context';
import type { ClockResolvers, ComplaintResolvers, ComplaintTrackingResolvers } from '../generated/types';

async function recordOf(id: string, records: RecordLoader) {
  const record = await records.load(id);
  if (!record) throw new Error('complaint record disappeared');
  return record;
}

/** Clocks as a reader sees them now, whether or not the workflow has recorded the change yet. */
const clocksNow = (clocks: RunningClock[], ctx: GraphqlContext) => {
  const now = ctx.services.clock.now();
  return clocks.map((c) => ({ ...c, state: clockStateAt(c, now) }));
};

export const Clock: ClockResolvers = {
  label: (c, { language }) => clockLabel(c.id, language ?? 'EN'),
  provisional: (c) => c.provisional === true,
  provisionalNote: (c, { language }) => (c.provisional ? PROVISIONAL_DUE[language ?? 'EN'] : null),
};

/**
 * Staff see the whole record. Anyone else who is shown a Complaint (a partner reading back
 * what it submitted, or a submitter replaying an idempotent submission) sees the public
 * part only: no internal notes or internal steps, no escalation, SLA targets or emails.
 */
const isStaff = (ctx: GraphqlContext) => ctx.caller.kind === 'STAFF';

export const Complaint: ComplaintResolvers = {
  clocks: (c, _, ctx) => clocksNow(isStaff(ctx) ? c.clocks : c.clocks.filter((k) => k.source !== 'SLA'), ctx),
  handler: async (c, _, ctx) => {
    if (!c.handlerId || !isStaff(ctx)) return null;
    const member = staffById(await ctx.settings(), c.handlerId);
    return { id: c.handlerId, name: member?.name ?? c.handlerId };
  },
  escalation: (c, _, ctx) => (isStaff(ctx) ? c.escalation : { level: 'NONE' }),
  teamId: (c, _, ctx) => (isStaff(ctx) ? (c.teamId ?? null) : null),
  cfpb: (c, _, ctx) => cfpbFields(c, ctx.services.clock.now()),
  entries: async (c, _, ctx) => (await recordOf(c.id, ctx.records)).entries.filter((e) => isStaff(ctx) || PUBLIC_ENTRIES.has(e.kind)),
  history: async (c, _, ctx) => (await recordOf(c.id, ctx.records)).history.filter((h) => isStaff(ctx) || PUBLIC_ACTIONS.has(h.action)),
  notifications: async (c, _, ctx) => (isStaff(ctx) ? (await recordOf(c.id, ctx.records)).notifications : []),
};

/** The steps a complainant may see on their timeline. */
const PUBLIC_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'COMPLAINT_RECEIVED', 'ACCEPTED', 'REJECTED', 'HANDLER_ASSIGNED', 'INVESTIGATION_STARTED', 'PUBLIC_REPLY_SENT', 'INFORMATION_REQUESTED',
  'INFORMATION_PROVIDED', 'RESOLVED', 'FEEDBACK_REQUESTED', 'FEEDBACK_RECEIVED', 'CLOSED', 'REOPENED', 'WITHDRAWN',
]);
const PUBLIC_ENTRIES: ReadonlySet<CaseEntryKind> = new Set<CaseEntryKind>(['PUBLIC_REPLY', 'INFORMATION_REQUEST', 'INFORMATION_RESPONSE', 'WITHDRAWAL_REASON']);

export const ComplaintTracking: ComplaintTrackingResolvers = {
  // The statutory deadlines concern the complainant; SLA targets are the organization's own.
  clocks: (c, _, ctx) => clocksNow(c.clocks.filter((k) => k.source !== 'SLA'), ctx),
  timeline: async (c, _, ctx) => {
    const record = await recordOf(c.id, ctx.records);
    const texts = new Map(record.entries.filter((e) => PUBLIC_ENTRIES.has(e.kind)).map((e) => [e.version, e.text]));
    return record.history.filter((h) => PUBLIC_ACTIONS.has(h.action)).map((h) => ({ at: h.at, action: h.action, text: texts.get(h.version) ?? null }));
  },
  canAnswerRequest: (c: ComplaintModel) => canTake('PROVIDE_INFORMATION', c.status),
  canGiveFeedback: (c: ComplaintModel) => canTake('RECEIVE_FEEDBACK', c.status),
  canWithdraw: (c: ComplaintModel) => canTake('WITHDRAW', c.status),
};
