import { useEffect, useRef } from 'preact/hooks';
import { useWorkspace } from '../layout/workspace';
import { dateTimeIn } from '../layout/format';
import { useT } from '../i18n';
import { actorName } from './actor-name';
import type { Conflict } from './use-steps';

/** Someone changed the complaint first: what they did since the version this tab showed, and Retry or Discard. */
export function ConflictNotice({ conflict }: { conflict: Conflict }) {
  const { t, locale } = useT();
  const workspace = useWorkspace();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflict]);
  const { changes } = conflict;
  return (
    <section class="conflict alert" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1} ref={heading}>
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.explain')}</p>
      <ul>
        {changes.status && <li>{t('conflict.status', { from: t(`status.${changes.status.from}`), to: t(`status.${changes.status.to}`) })}</li>}
        {changes.handler && <li>{t('conflict.handler', { from: changes.handler.from ?? t('case.none'), to: changes.handler.to ?? t('case.none') })}</li>}
        {changes.steps.map((s, i) => (
          <li key={i}>{t('conflict.step', { action: t(`action.${s.action}`), who: actorName(s.actor, workspace, t), time: dateTimeIn(s.at, workspace.timeZone, locale) })}</li>
        ))}
      </ul>
      <p>{t('conflict.draftKept')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={conflict.retry}>
          {t('conflict.retry')}
        </button>
        <button type="button" onClick={conflict.discard}>
          {t('conflict.discard')}
        </button>
      </div>
    </section>
  );
}
