import type { ImprovementActionStore, StoredImprovementAction } from '../../functions/core/analytics/improvement-action';
import { VersionConflict } from '../../functions/core/errors';

/** A fake improvement action store for unit tests; integration tests use DynamoDB Local. */
export class InMemoryImprovementActionStore implements ImprovementActionStore {
  readonly actions = new Map<string, StoredImprovementAction>();

  async getImprovementAction(organizationId: string, id: string): Promise<StoredImprovementAction | null> {
    return this.actions.get(`${organizationId}/${id}`) ?? null;
  }

  async listImprovementActions(organizationId: string): Promise<StoredImprovementAction[]> {
    return [...this.actions.values()].filter((a) => a.organizationId === organizationId);
  }

  async saveImprovementAction(action: StoredImprovementAction): Promise<void> {
    const id = `${action.organizationId}/${action.id}`;
    if ((this.actions.get(id)?.version ?? 0) !== action.version - 1) throw new VersionConflict('improvement action');
    this.actions.set(id, action);
  }
}
