import type { Complaint } from '../complaint';
import type { OrganizationSettings, Team } from '../organization/settings';

const same = (a: string | undefined, b: string | undefined) => a?.trim().toLowerCase() === b?.trim().toLowerCase();

/** The team of the first routing rule whose every given field matches the complaint. */
export function routeToTeam(complaint: Complaint, settings: OrganizationSettings): Team | undefined {
  const rule = settings.routingRules.find(
    (r) =>
      (r.category === undefined || same(r.category, complaint.category)) &&
      (r.respondent === undefined || same(r.respondent, complaint.respondent.name)) &&
      (r.region === undefined || same(r.region, complaint.region)),
  );
  return settings.teams.find((t) => t.id === rule?.teamId);
}

/** The member with the fewest open complaints; ties go to the one listed first. */
export function leastLoaded(team: Team, openComplaints: ReadonlyMap<string, number>): string {
  return team.memberIds.reduce((best, id) => ((openComplaints.get(id) ?? 0) < (openComplaints.get(best) ?? 0) ? id : best));
}
