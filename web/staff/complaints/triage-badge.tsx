import type { ComplaintRowFieldsFragment } from '../../generated/graphql';
import { useT } from '../i18n';
import { useTriageValue } from '../case/triage-section';

/** The queue's glance at triage: the suggested priority when it is above normal, and the suggested category. */
export function TriageBadge({ suggestions }: { suggestions: ComplaintRowFieldsFragment['triageSuggestions'] }) {
  const { t } = useT();
  const shown = useTriageValue();
  const open = suggestions.filter((s) => s.status === 'OPEN');
  const priority = open.find((s) => s.kind === 'PRIORITY' && s.value !== 'NORMAL');
  const category = open.find((s) => s.kind === 'CATEGORY');
  if (!priority && !category) return <span class="muted">—</span>;
  return (
    <span title={t('triage.title')}>
      {priority && <span class={`badge triage-${priority.value.toLowerCase()}`}>{shown('PRIORITY', priority.value)}</span>} {category && <span class="muted">{category.value}</span>}
    </span>
  );
}
