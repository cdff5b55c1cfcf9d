import type { OrganizationSettingsInput } from '../functions/graphql/generated/types';
import type { Role } from '../functions/core/identity';
import { loadSettings } from '../functions/core/organization/load-settings';
import { updateSettings, type OrganizationSettings, type SettingsDefaults } from '../functions/core/organization/settings';
import type { ComplaintStore } from '../functions/core/ports';

/**
 * The demo organization a first `npm start` sets up, so that the workspace, the README's
 * staff path and `npm run token` have people, teams and routing rules to work with. Every
 * name says 演示 / Demo and every address is on example.org (reserved, never delivered).
 * Roles live in sign-in tokens, not in the settings: DEMO_STAFF_BY_ROLE is who each role
 * signs in as by default.
 */
export const DEMO_STAFF = [
  { id: 'demo-admin', name: '演示管理员 / Demo admin', email: 'demo.admin@example.org', role: 'ADMIN' },
  { id: 'demo-manager', name: '演示经理 / Demo manager', email: 'demo.manager@example.org', role: 'SUPERVISOR' },
  { id: 'demo-supervisor-1', name: '演示主管一 / Demo supervisor 1', email: 'demo.supervisor1@example.org', role: 'SUPERVISOR' },
  { id: 'demo-supervisor-2', name: '演示主管二 / Demo supervisor 2', email: 'demo.supervisor2@example.org', role: 'SUPERVISOR' },
  { id: 'demo-handler-1', name: '演示处理人一 / Demo handler 1', email: 'demo.handler1@example.org', role: 'HANDLER' },
  { id: 'demo-handler-2', name: '演示处理人二 / Demo handler 2', email: 'demo.handler2@example.org', role: 'HANDLER' },
  { id: 'demo-handler-3', name: '演示处理人三 / Demo handler 3', email: 'demo.handler3@example.org', role: 'HANDLER' },
  { id: 'demo-analyst', name: '演示分析员 / Demo analyst', email: 'demo.analyst@example.org', role: 'ANALYST' },
] as const satisfies ReadonlyArray<{ id: string; name: string; email: string; role: Role }>;

/** Who `npm run -s token -- --role <role>` signs in as when no --staff is given. */
export const DEMO_STAFF_BY_ROLE: Record<Role, string> = {
  ADMIN: 'demo-admin',
  SUPERVISOR: 'demo-supervisor-1',
  HANDLER: 'demo-handler-1',
  ANALYST: 'demo-analyst',
};

const BILLING = ['账单与扣费', 'Billing and charges', '合同与退订', 'Contracts and cancellation'];
const SERVICE = ['服务质量', 'Service quality', '网络与信号', 'Network and signal'];

const days = (amount: number) => ({ amount, unit: 'WORKING_DAYS' as const });
const businessHours = (amount: number) => ({ amount, unit: 'BUSINESS_HOURS' as const });

/** The demo's settings, as an admin would send them to updateOrganizationSettings. */
export const DEMO_SETTINGS: Omit<OrganizationSettingsInput, 'expectedVersion'> = {
  timeZone: 'Asia/Shanghai',
  calendarId: 'CN',
  jurisdictions: ['CN'],
  staff: DEMO_STAFF.map(({ id, name, email }) => ({ id, name, email })),
  teams: [
    { id: 'demo-billing', name: '演示账务组 / Demo billing team', memberIds: ['demo-handler-1', 'demo-handler-2'], supervisorId: 'demo-supervisor-1' },
    { id: 'demo-service', name: '演示服务组 / Demo service team', memberIds: ['demo-handler-3', 'demo-handler-2'], supervisorId: 'demo-supervisor-2' },
  ],
  categories: [...BILLING, ...SERVICE],
  // By category, then a rule without conditions so that every complaint finds a team.
  routingRules: [...BILLING.map((category) => ({ category, teamId: 'demo-billing' })), ...SERVICE.map((category) => ({ category, teamId: 'demo-service' })), { teamId: 'demo-service' }],
  slaTargets: [
    { priority: 'URGENT', firstResponse: businessHours(1), acceptanceDecision: businessHours(2), resolution: businessHours(8) },
    { priority: 'HIGH', firstResponse: businessHours(4), acceptanceDecision: days(1), resolution: days(5) },
    { category: '账单与扣费', priority: 'NORMAL', firstResponse: days(1), acceptanceDecision: days(2), resolution: days(10) },
    { category: 'Billing and charges', priority: 'NORMAL', firstResponse: days(1), acceptanceDecision: days(2), resolution: days(10) },
    { priority: 'NORMAL', firstResponse: days(1), acceptanceDecision: days(3), resolution: days(15) },
    { priority: 'LOW', firstResponse: days(2), acceptanceDecision: days(5), resolution: days(30) },
  ],
  managerId: 'demo-manager',
  feedbackWindowDays: 14,
};

/** `npm start` sets up the demo unless DEMO=off. */
export const demoOrganizationWanted = (env: NodeJS.ProcessEnv): boolean => env.DEMO?.trim().toLowerCase() !== 'off';

export type DemoOutcome = { created: true; settings: OrganizationSettings } | { created: false; reason: 'settings-exist' };

/**
 * Gives the deployment's default organization the demo settings, through the same rules
 * as updateOrganizationSettings (updateSettings checks them, saveSettings writes only if
 * nothing was saved meanwhile), and only when it has no saved settings: an admin's are
 * never overwritten.
 */
export async function setUpDemoOrganization(store: ComplaintStore, defaults: SettingsDefaults): Promise<DemoOutcome> {
  if (await store.getSettings(defaults.organizationId)) return { created: false, reason: 'settings-exist' };
  const current = await loadSettings(store, defaults);
  const settings = updateSettings(current, { ...DEMO_SETTINGS, expectedVersion: current.version });
  await store.saveSettings(settings);
  return { created: true, settings };
}

/** What `npm start` prints after setting up the demo: who is there and how to sign in as them. */
export function describeDemoOrganization(settings: OrganizationSettings, urls: { staff: string }): string {
  const role = (id: string) => DEMO_STAFF.find((m) => m.id === id)?.role.toLowerCase() ?? '';
  const staff = settings.staff.map((m) => `    ${m.id.padEnd(18)} ${role(m.id).padEnd(10)} ${m.name}`).join('\n');
  const teams = settings.teams.map((t) => `${t.name} (supervisor ${t.supervisorId})`).join(', ');
  return `Demo organization set up in "${settings.organizationId}" (演示 / Demo; DEMO=off on a new data folder skips it):
  Staff (id, role to sign in with, name); ${settings.managerId} is the manager:
${staff}
  Teams: ${teams}
  Routing by category (${settings.categories.join(', ')}), any other category to the service team; SLA targets per priority; time zone ${settings.timeZone}, jurisdiction ${settings.jurisdictions.join(', ')}.
  Sign in: ${urls.staff} (development sign-in: pick a member and a role), or a token for the API:
    TOKEN=$(npm run -s token -- --role supervisor)   # as ${DEMO_STAFF_BY_ROLE.SUPERVISOR}; --role admin|handler|analyst, --staff <id>
`;
}
