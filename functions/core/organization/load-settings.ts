import type { ComplaintStore } from '../ports';
import { defaultSettings, type OrganizationSettings, type SettingsDefaults } from './settings';

/** The settings of the organization a complaint belongs to, whoever is acting on it. */
export const settingsOf = (store: ComplaintStore, defaults: SettingsDefaults, complaint: { organizationId: string }): Promise<OrganizationSettings> =>
  loadSettings(store, { ...defaults, organizationId: complaint.organizationId });

/** The organization's saved settings, or its defaults before an admin has saved any. */
export async function loadSettings(store: ComplaintStore, defaults: SettingsDefaults): Promise<OrganizationSettings> {
  const saved = await store.getSettings(defaults.organizationId);
  // Settings saved before a field existed take its default.
  return saved ? { ...defaultSettings(defaults), ...saved } : defaultSettings(defaults);
}
