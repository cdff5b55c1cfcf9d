import type { Clock } from '../clock';
import { VersionConflict } from '../errors';
import type { Logger } from '../logger';
import { countChange, type Metrics } from '../metrics';
import { settingsOf } from '../organization/load-settings';
import type { OrganizationSettings, SettingsDefaults } from '../organization/settings';
import type { WebhookStore } from '../partners/ports';
import { addWebhookNotice } from '../partners/webhook-service';
import type { ComplaintStore } from '../ports';
import { nextSystemStep, nextSystemWake } from './advance';

/** `superseded` is always present: a Choice on a missing path fails the execution. */
export interface AdvanceResult {
  /** A person's change started a newer execution; this one stops. */
  superseded: boolean;
  /** RFC 3339 with T and Z, as the Wait state requires. */
  wakeAt?: string;
}

const MAX_STEPS = 20;

/**
 * Applies every system step due now, one version each (the emails they queue go out
 * through the notification outbox, functions/streams/outbox-stream.ts), then says when
 * the next one is due. Idempotent: steps are decided from the stored complaint, so a second run finds
 * nothing left to do.
 */
export async function advanceComplaint(
  deps: { store: ComplaintStore; clock: Clock; logger: Logger; settingsDefaults: SettingsDefaults; webhooks?: WebhookStore; metrics?: Metrics },
  complaintId: string,
  epoch: number,
): Promise<AdvanceResult> {
  let settings: OrganizationSettings | undefined;
  for (let steps = 0; steps < MAX_STEPS; ) {
    const complaint = await deps.store.get(complaintId);
    if (!complaint) return { superseded: false };
    if (complaint.workflowEpoch > epoch) return { superseded: true };
    // The complaint's own organization decides its calendar, escalation contacts and windows.
    settings ??= await settingsOf(deps.store, deps.settingsDefaults, complaint);
    const now = deps.clock.now();
    const step = nextSystemStep(complaint, now, settings);
    if (!step) {
      const wake = nextSystemWake(complaint, now, settings);
      return { superseded: false, ...(wake ? { wakeAt: wake.toISOString() } : {}) };
    }
    try {
      // Feedback requested and closing change the status: a partner's webhook hears of it.
      const change = await addWebhookNotice(deps.webhooks, complaint, step);
      await deps.store.commit(change);
      steps += 1;
      if (deps.metrics) countChange(deps.metrics, complaint, change);
      deps.logger.info('workflow.step', { complaintId, code: change.audit.action });
    } catch (error) {
      // Someone else changed the complaint meanwhile: read it again and decide afresh.
      if (!(error instanceof VersionConflict)) throw error;
    }
  }
  // More steps than any complaint can owe at once: stop here and come back straight away.
  return { superseded: false, wakeAt: deps.clock.now().toISOString() };
}
