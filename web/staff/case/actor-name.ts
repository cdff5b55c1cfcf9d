import type { MessageKey } from '../i18n';
import type { Workspace } from '../layout/workspace';

/** Who took a step, as staff know them: a colleague by name, others by their kind. */
export function actorName(actor: { kind: string; id?: string | null }, w: Pick<Workspace, 'staffName'>, t: (k: MessageKey, v?: Record<string, string>) => string): string {
  switch (actor.kind) {
    case 'STAFF':
      return w.staffName(actor.id) ?? actor.id ?? t('actor.STAFF');
    case 'PARTNER':
      return t('actor.PARTNER', { id: actor.id ?? '' });
    case 'COMPLAINANT':
      return t('actor.COMPLAINANT');
    default:
      return t('actor.SYSTEM');
  }
}
