import type { PlatformConfig } from '../functions/config/environment';
import { DynamoDbReportStore } from '../functions/adapters/dynamodb/report-store';
import { dynamoDbClient } from '../functions/wiring/dynamodb';
import type { SignInOrganization } from './dev-sign-in-page';

/**
 * The organizations the development sign-in offers: every one with stored settings (the
 * table's GSI1 `ORGANIZATIONS` partition, which the report timer walks too) and the stack's
 * default organization, which works on its defaults before anyone saves its settings.
 */
export function signInOrganizations(config: PlatformConfig): () => Promise<SignInOrganization[]> {
  const store = new DynamoDbReportStore(dynamoDbClient(config), config.tableName);
  const defaultId = config.settingsDefaults.organizationId;
  return async () => {
    const stored = (await store.organizations()).map((s) => ({ id: s.organizationId, staff: s.staff.map((m) => ({ id: m.id, name: m.name })) }));
    const all = stored.some((o) => o.id === defaultId) ? stored : [{ id: defaultId, staff: [] }, ...stored];
    return all.sort((a, b) => (a.id === defaultId ? -1 : b.id === defaultId ? 1 : a.id.localeCompare(b.id)));
  };
}
