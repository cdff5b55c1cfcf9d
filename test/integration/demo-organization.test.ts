import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../functions/core/clock';
import { DEMO_STAFF, demoOrganizationWanted } from '../../local/demo-organization';
import { ADMIN, graphql, startTestStack } from '../harness/local-stack';

const SETTINGS = `query { organizationSettings {
  version timeZone calendarId jurisdictions managerId categories
  staff { id name email }
  teams { id name memberIds supervisorId }
  routingRules { category teamId }
  slaTargets { category priority resolution { amount unit } }
} }`;

// Each stack of this file builds its own handlers (a clock given): the exported ones are loaded once per file, bound to the first stack's ports.
const clock = systemClock;

const RENAME_TEAM = `mutation($input: OrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { version } }`;

describe('the demo organization of a first npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-demo-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is set up in the default organization on an empty data folder, and a later start keeps what an admin changed', async () => {
    const first = await startTestStack({ clock, dataDir, demoOrganization: true });
    const settings = (await graphql(first, SETTINGS, {}, ADMIN)).data!.organizationSettings;
    // ADMIN signs in to the organization anonymous submissions go to.
    expect(first.config.settingsDefaults.organizationId).toBe('default');
    expect(first.demoOrganization?.created).toBe(true);
    expect(settings).toMatchObject({ version: 1, timeZone: 'Asia/Shanghai', calendarId: 'CN', jurisdictions: ['CN'], managerId: 'demo-manager' });
    // Every member is marked as demo and has a reserved address; the roles a token can carry are all represented.
    expect(settings.staff).toHaveLength(8);
    for (const member of settings.staff) {
      expect(member.name).toContain('演示');
      expect(member.name).toContain('Demo');
      expect(member.email).toMatch(/@example\.org$/);
    }
    expect(new Set(DEMO_STAFF.map((m) => m.role))).toEqual(new Set(['ADMIN', 'SUPERVISOR', 'HANDLER', 'ANALYST']));
    expect(DEMO_STAFF.filter((m) => m.role === 'HANDLER')).toHaveLength(3);
    expect(settings.teams).toEqual([
      expect.objectContaining({ id: 'demo-billing', supervisorId: 'demo-supervisor-1', memberIds: ['demo-handler-1', 'demo-handler-2'] }),
      expect.objectContaining({ id: 'demo-service', supervisorId: 'demo-supervisor-2' }),
    ]);
    expect(settings.routingRules).toContainEqual({ category: '账单与扣费', teamId: 'demo-billing' });
    expect(settings.routingRules).toContainEqual({ category: 'Service quality', teamId: 'demo-service' });
    expect(settings.categories).toEqual(expect.arrayContaining(['账单与扣费', 'Billing and charges', '服务质量', 'Service quality']));
    expect(settings.slaTargets.map((t: { priority: string }) => t.priority)).toEqual(expect.arrayContaining(['URGENT', 'HIGH', 'NORMAL', 'LOW']));

    const renamed = await graphql(first, RENAME_TEAM, { input: { expectedVersion: 1, teams: [{ id: 'billing', name: 'Billing', memberIds: ['demo-handler-1'], supervisorId: 'demo-admin' }], routingRules: [] } }, ADMIN);
    expect(renamed.data?.updateOrganizationSettings.version).toBe(2);
    await first.stop();

    const second = await startTestStack({ clock, dataDir, demoOrganization: true });
    expect(second.demoOrganization).toEqual({ created: false, reason: 'settings-exist' });
    const keptAnswer = await graphql(second, SETTINGS, {}, ADMIN);
    expect(keptAnswer.errors).toBeUndefined();
    const kept = keptAnswer.data!.organizationSettings;
    expect(kept).toMatchObject({ version: 2, teams: [{ id: 'billing', name: 'Billing' }], routingRules: [] });
    await second.stop();
  }, 120_000);

  it('is left out with DEMO=off: the organization starts with no staff, teams or rules', async () => {
    expect(demoOrganizationWanted({ DEMO: 'off' })).toBe(false);
    expect(demoOrganizationWanted({})).toBe(true);
    const stack = await startTestStack({ clock, demoOrganization: demoOrganizationWanted({ DEMO: 'off' }) });
    const settings = (await graphql(stack, SETTINGS, {}, ADMIN)).data!.organizationSettings;
    expect(stack.demoOrganization).toBeUndefined();
    expect(settings).toMatchObject({ version: 0, staff: [], teams: [], routingRules: [], slaTargets: [] });
  });
});
