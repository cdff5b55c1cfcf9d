import type { ComplaintStore } from '../ports';
import { verifyComplaintHistory, verifyDigests, type DigestCheck, type VerificationDependencies } from './verify-complaint';
import type { HistoryVerification } from './verify-history';

export interface AuditCheckOptions {
  organizationId: string;
  /** Only these complaints (by id or reference); otherwise every complaint the checked digests name. */
  complaintIds?: string[];
  references?: string[];
  /** Only this day's digest (and the complaints it names). */
  day?: string;
}

export interface ComplaintCheck {
  complaintId: string;
  reference?: string;
  /** Absent when a digest names a complaint the table no longer has. */
  result?: HistoryVerification;
}

export interface AuditReport {
  digests: DigestCheck[];
  complaints: ComplaintCheck[];
  ok: boolean;
}

/**
 * What an operator runs (npm run verify-audit): every stored digest of the organization
 * (or one day's) for signature, place and chain, then each complaint asked for, or each
 * the digests name, against its chain and those digests.
 */
export async function verifyAudit(deps: VerificationDependencies & { store: ComplaintStore }, options: AuditCheckOptions): Promise<AuditReport> {
  const digests = await verifyDigests(deps, options.organizationId, options.day);
  const daysNaming = new Map<string, string[]>();
  for (const d of digests) for (const h of d.heads) daysNaming.set(h.complaintId, [...(daysNaming.get(h.complaintId) ?? []), d.day]);
  const chosen = Boolean(options.complaintIds?.length || options.references?.length);
  const records = chosen
    ? [
        ...(await Promise.all((options.complaintIds ?? []).map(async (id) => ({ id, record: await deps.store.getRecord(id) })))),
        ...(await Promise.all((options.references ?? []).map(async (ref) => ({ id: ref, record: await deps.store.getRecordByReference(ref) })))),
      ]
    : await Promise.all([...daysNaming.keys()].sort().map(async (id) => ({ id, record: await deps.store.getRecord(id) })));
  const complaints: ComplaintCheck[] = [];
  for (const { id, record } of records) {
    if (!record || record.complaint.organizationId !== options.organizationId) {
      complaints.push({ complaintId: id });
      continue;
    }
    const result = await verifyComplaintHistory(deps, record, daysNaming.get(record.complaint.id));
    complaints.push({ complaintId: record.complaint.id, reference: record.complaint.reference, result });
  }
  return { digests, complaints, ok: digests.every((d) => !d.problem) && complaints.every((c) => c.result?.verified === true) };
}

/** The report as lines for a terminal: one per digest and per complaint, each failure naming its first bad entry. */
export function auditReportLines(report: AuditReport, organizationId: string): string[] {
  const lines = report.digests.map((d) => `digest ${organizationId}/${d.day}: ${d.problem ?? `ok (${d.heads.length} complaint${d.heads.length === 1 ? '' : 's'})`}`);
  for (const c of report.complaints) {
    const name = c.reference ? `${c.complaintId} (${c.reference})` : c.complaintId;
    const r = c.result;
    if (!r) lines.push(`complaint ${name}: NOT_FOUND`);
    else if (r.verified) lines.push(`complaint ${name}: verified, ${r.entries} entries${r.sealedFromVersion && r.sealedFromVersion > 1 ? ` (sealed from version ${r.sealedFromVersion})` : ''}${r.digestDays.length ? `, signed on ${r.digestDays.join(', ')}` : ''}`);
    else {
      const p = r.problem!;
      const what = [p.action, p.at, p.day && `digest of ${p.day}`].filter(Boolean).join(', ');
      lines.push(`complaint ${name}: ${p.code} at version ${p.version}${what ? ` (${what})` : ''}`);
    }
  }
  lines.push(report.ok ? 'Audit verified.' : 'Audit NOT verified: see the first failing entry above.');
  return lines;
}
