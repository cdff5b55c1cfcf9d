import { clockStateAt, type RunningClock } from '../../core/clocks/running-clock';
import { feedbackHistoryOf, finalResponsesOf, type Complaint as ComplaintModel } from '../../core/complaint';
import { clockLabel } from '../../core/lifecycle/clock-book';
import { canTake } from '../../core/lifecycle/transitions';
import { staffById } from '../../core/organization/settings';
import { PROVISIONAL_DUE } from '../../core/messages/phrases';
import { PUBLIC_ACTIONS, PUBLIC_ENTRIES, publicTimeline } from '../../core/public-timeline';
import { cfpbFields } from '../../core/resolution/cfpb-fields';
import { fileView } from '../../core/files/file-service';
import type { GraphqlContext, RecordLoader } from '../context';
import type { ClockResolvers, ComplaintResolvers, ComplaintTrackingResolvers, EvidenceResolvers, Priority, TriageKind } from '../generated/types';
import { fileDependencies } from './files';
import { complainantKey } from '../../core/data-protection';

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

/** The value of the complaint's open suggestion of a kind (the lists' glance at triage). */
const openSuggestion = (c: ComplaintModel, kind: TriageKind): string | null => c.triageSuggestions?.find((s) => s.kind === kind && s.status === 'OPEN')?.value ?? null;
const ABOVE_NORMAL: ReadonlySet<string> = new Set<Priority>(['URGENT', 'HIGH']);

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
  // Suggestions name other complaints: staff only.
  duplicateSuggestions: (c, _, ctx) => (isStaff(ctx) ? (c.duplicateSuggestions ?? []) : []),
  // Working notes for staff, like the SLA clocks: never shown to the complainant or a partner.
  triageSuggestions: (c, _, ctx) => (isStaff(ctx) ? (c.triageSuggestions ?? []) : []),
  suggestedPriority: (c, _, ctx) => {
    const priority = isStaff(ctx) ? openSuggestion(c, 'PRIORITY') : null;
    return priority && ABOVE_NORMAL.has(priority) ? (priority as Priority) : null;
  },
  suggestedCategory: (c, _, ctx) => (isStaff(ctx) ? openSuggestion(c, 'CATEGORY') : null),
  entries: async (c, _, ctx) =>
    (await recordOf(c.id, ctx.records)).entries
      .filter((e) => isStaff(ctx) || PUBLIC_ENTRIES.has(e.kind))
      // Evidence carries its complaint, so its file is found in the record.
      .map((e) => ({ ...e, evidence: e.evidence && { ...e.evidence, complaintId: e.complaintId } })),
  history: async (c, _, ctx) => (await recordOf(c.id, ctx.records)).history.filter((h) => isStaff(ctx) || PUBLIC_ACTIONS.has(h.action)),
  notifications: async (c, _, ctx) => (isStaff(ctx) ? (await recordOf(c.id, ctx.records)).notifications : []),
  // The organization's suppression of the address (a hard bounce or a spam complaint, on any of its complaints).
  complainantEmailUndeliverable: async (c, _, ctx) =>
    isStaff(ctx) && c.complainant.email !== undefined && ctx.services.suppressions !== undefined
      ? ctx.services.suppressions.isSuppressed(c.organizationId, complainantKey(c.complainant.email))
      : false,
  finalResponses: (c) => finalResponsesOf(c),
  feedbackHistory: (c) => feedbackHistoryOf(c),
};

export const ComplaintTracking: ComplaintTrackingResolvers = {
  // The statutory deadlines concern the complainant; SLA targets are the organization's own.
  clocks: (c, _, ctx) => clocksNow(c.clocks.filter((k) => k.source !== 'SLA'), ctx),
  timeline: async (c, _, ctx) => publicTimeline(await recordOf(c.id, ctx.records)),
  finalResponses: (c) => finalResponsesOf(c),
  feedbackHistory: (c) => feedbackHistoryOf(c),
  // Only what is shared with them: their own attachments and the evidence staff chose to share.
  files: async (c, _, ctx) => {
    const { files } = await recordOf(c.id, ctx.records);
    const shared = (files ?? []).filter((f) => f.state === 'ATTACHED' && f.sharedWithComplainant === true).sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
    return shared.length ? Promise.all(shared.map((f) => fileView(fileDependencies(ctx).files, f))) : [];
  },
  canAnswerRequest: (c: ComplaintModel) => canTake('PROVIDE_INFORMATION', c.status),
  canGiveFeedback: (c: ComplaintModel) => canTake('RECEIVE_FEEDBACK', c.status),
  canWithdraw: (c: ComplaintModel) => canTake('WITHDRAW', c.status),
};

export const Evidence: EvidenceResolvers = {
  sharedWithComplainant: (e) => e.sharedWithComplainant === true,
  file: async (e, _, ctx) => {
    if (e.fileId === undefined) return null;
    const file = (await recordOf(e.complaintId, ctx.records)).files?.find((f) => f.id === e.fileId);
    return file ? fileView(fileDependencies(ctx).files, file) : null;
  },
};
