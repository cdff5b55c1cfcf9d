import type { ComplaintRowFieldsFragment } from '../../generated/graphql';
import { useT } from '../i18n';

/** The lists' glance at triage: the suggested priority when it is above normal, and the suggested category. */
export function TriageBadge({ complaint }: { complaint: Pick<ComplaintRowFieldsFragment, 'suggestedPriority' | 'suggestedCategory'> }) {
  const { t } = useT();
  const { suggestedPriority: priority, suggestedCategory: category } = complaint;
  if (!priority && !category) return <span class="muted">—</span>;
  return (
    <span title={t('triage.title')}>
      {priority && <span class={`badge triage-${priority.toLowerCase()}`}>{t(`priority.${priority}`)}</span>} {category && <span class="muted">{category}</span>}
    </span>
  );
}
