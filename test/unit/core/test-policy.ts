import type { Logger } from '../../../functions/core/logger';
import { defaultSettings, type OrganizationSettings, type SettingsDefaults } from '../../../functions/core/organization/settings';

export const DEFAULTS: SettingsDefaults = { organizationId: 'acme', timeZone: 'Asia/Shanghai', calendarId: 'CN', jurisdictions: ['CN'] };

/** An organization with a team of two handlers, a supervisor and a manager. */
export const SETTINGS: OrganizationSettings = {
  ...defaultSettings(DEFAULTS),
  staff: [
    { id: 'h1', name: 'Han Mei', email: 'han@example.org' },
    { id: 'h2', name: 'Hu Jun', email: 'hu@example.org' },
    { id: 'sup', name: 'Su Li', email: 'su@example.org' },
    { id: 'mgr', name: 'Ma Lin', email: 'ma@example.org' },
  ],
  teams: [{ id: 'mobile', name: 'Mobile', memberIds: ['h1', 'h2'], supervisorId: 'sup' }],
  routingRules: [{ category: 'Mobile network', teamId: 'mobile' }],
  managerId: 'mgr',
  version: 1,
};

/** Keeps log lines so tests can read them. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (event: string, fields?: object) => lines.push(JSON.stringify({ level, event, ...fields }));
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}
