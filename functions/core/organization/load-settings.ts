import type { ComplaintStore } from '../ports';
import { defaultSettings, type OrganizationSettings, type SettingsDefaults } from './settings';

/** The organization's saved settings, or its defaults before an admin has saved any. */
export async function loadSettings(store: ComplaintStore, defaults: SettingsDefaults): Promise<OrganizationSettings> {
  return (await store.getSettings(defaults.organizationId)) ?? defaultSettings(defaults);
}
