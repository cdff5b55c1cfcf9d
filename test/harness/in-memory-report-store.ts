import type { OrganizationSettings } from '../../functions/core/organization/settings';
import type { ReportClaim, ReportStore } from '../../functions/core/reports/ports';

/** A fake report store for unit tests: the same claim rule as the DynamoDB condition. */
export class InMemoryReportStore implements ReportStore {
  readonly settings: OrganizationSettings[] = [];
  readonly claims = new Map<string, { leaseUntil: string; sentAt?: string; emails?: number }>();

  constructor(...settings: OrganizationSettings[]) {
    this.settings.push(...settings);
  }

  async organizations(): Promise<OrganizationSettings[]> {
    return this.settings.map((s) => structuredClone(s));
  }

  async claimReport(claim: ReportClaim, now: string, leaseUntil: string): Promise<boolean> {
    const id = JSON.stringify(claim);
    const held = this.claims.get(id);
    if (held && (held.sentAt !== undefined || held.leaseUntil >= now)) return false;
    this.claims.set(id, { leaseUntil });
    return true;
  }

  async markReportSent(claim: ReportClaim, at: string, emails: number): Promise<void> {
    this.claims.set(JSON.stringify(claim), { leaseUntil: at, sentAt: at, emails });
  }
}
