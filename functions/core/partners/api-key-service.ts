import type { Clock } from '../clock';
import { notFound } from '../errors';
import type { ApiKeyVerifier } from '../identity';
import { authenticatedPartner, issueApiKey, parseApiKey, revokeApiKey, rotateApiKey, validateNewKey, type StoredApiKey } from './api-keys';
import type { ApiKeyStore } from './ports';

/** An administrator's request, already scoped to their organization. */
export interface AdminScope {
  organizationId: string;
  staffId: string;
}

export async function createPartnerApiKey(deps: { keys: ApiKeyStore; clock: Clock }, admin: AdminScope, partnerId: string, name: string) {
  const valid = validateNewKey(partnerId, name);
  const issued = issueApiKey({ organizationId: admin.organizationId, ...valid, by: admin.staffId }, deps.clock.now());
  await deps.keys.saveApiKey(issued.key);
  return issued;
}

/** A key of the admin's organization; another organization's is NOT_FOUND, as if it did not exist. */
async function ownKey(keys: ApiKeyStore, admin: AdminScope, id: string): Promise<StoredApiKey> {
  const key = await keys.getApiKey(id);
  if (!key || key.organizationId !== admin.organizationId) throw notFound('id', 'API key');
  return key;
}

export async function rotatePartnerApiKey(deps: { keys: ApiKeyStore; clock: Clock }, admin: AdminScope, id: string) {
  const rotated = rotateApiKey(await ownKey(deps.keys, admin, id), deps.clock.now(), admin.staffId);
  await deps.keys.saveApiKey(rotated.key);
  return rotated;
}

export async function revokePartnerApiKey(deps: { keys: ApiKeyStore; clock: Clock }, admin: AdminScope, id: string): Promise<StoredApiKey> {
  const key = await ownKey(deps.keys, admin, id);
  const revoked = revokeApiKey(key, deps.clock.now(), admin.staffId);
  if (!revoked) return key;
  await deps.keys.saveApiKey(revoked);
  return revoked;
}

export const listPartnerApiKeys = (keys: ApiKeyStore, admin: AdminScope): Promise<StoredApiKey[]> => keys.listApiKeys(admin.organizationId);

/** The ApiKeyVerifier the API authenticates partners with: one consistent GetItem by the key's id. */
export function apiKeyVerifier(keys: ApiKeyStore): ApiKeyVerifier {
  return {
    async verify(apiKey) {
      const parsed = parseApiKey(apiKey);
      if (!parsed) return null;
      return authenticatedPartner(await keys.getApiKey(parsed.id), parsed.secret);
    },
  };
}
