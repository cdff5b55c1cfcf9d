import type { SubmitComplaintInput } from '../../functions/graphql/generated/types';
import type { LocalStack } from '../../local/stack';
import { ADMIN, asStaff, graphql, SUBMIT } from './local-stack';
import { sampleSubmission } from './sample';

/** The people of the workspace tests: two handlers of one team, their supervisor, and an organization in New York time. */
export const PEOPLE = {
  handler: { staffId: 'h-li', name: '李娜', role: 'HANDLER' as const },
  otherHandler: { staffId: 'h-chen', name: '陈刚', role: 'HANDLER' as const },
  supervisor: { staffId: 's-zhao', name: '赵敏', role: 'SUPERVISOR' as const },
};
export const TEAM = { id: 'consumer-team', name: '消费者服务组' };
/** Unlike the browser's and the machine's zone (UTC), so a page that ignored it would show other times. */
export const ORGANIZATION_TIME_ZONE = 'America/New_York';

/**
 * Sets up the default organization as its administrator would: staff, a team, a routing
 * rule sending every complaint to it, and the time zone. Through the API, as the README says.
 */
export async function setUpWorkspaceOrganization(stack: LocalStack): Promise<void> {
  const current = await graphql(stack, '{ organizationSettings { version } }', {}, ADMIN);
  const staff = Object.values(PEOPLE).map((p) => ({ id: p.staffId, name: p.name, email: `${p.staffId}@example.org` }));
  const result = await graphql(
    stack,
    'mutation Set($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }',
    {
      input: {
        expectedVersion: current.data!.organizationSettings.version,
        timeZone: ORGANIZATION_TIME_ZONE,
        staff,
        teams: [{ id: TEAM.id, name: TEAM.name, memberIds: [PEOPLE.handler.staffId, PEOPLE.otherHandler.staffId], supervisorId: PEOPLE.supervisor.staffId }],
        routingRules: [{ teamId: TEAM.id }],
        managerId: PEOPLE.supervisor.staffId,
      },
    },
    ADMIN,
  );
  if (result.errors) throw new Error(`updateOrganizationSettings: ${JSON.stringify(result.errors)}`);
}

/** A complaint as a complainant submits it on the web (or as staff record it, with channel and priority). */
export async function submitted(stack: LocalStack, overrides: Partial<SubmitComplaintInput> = {}, byStaff = false) {
  const result = await graphql(stack, SUBMIT, { input: sampleSubmission(overrides) }, byStaff ? asStaff(PEOPLE.supervisor.staffId, 'SUPERVISOR') : {});
  if (result.errors) throw new Error(`submitComplaint: ${JSON.stringify(result.errors)}`);
  const payload = result.data!.submitComplaint;
  return { id: payload.complaint.id as string, reference: payload.reference as string, accessCode: payload.accessCode as string, clocks: payload.complaint.clocks as Array<{ id: string; dueAt: string }> };
}
