import type { CaseFieldsFragment } from '../../generated/graphql';
import { cssName, dateTimeIn } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { actorName } from './actor-name';
import { EvidenceItem } from './evidence-item';
import { timelineOf, type CaseEntry } from './timeline';

function Entry({ entry }: { entry: CaseEntry }) {
  const { t } = useT();
  const internal = entry.kind === 'INTERNAL_NOTE';
  const fromComplainant = entry.author.kind === 'COMPLAINANT';
  return (
    <div class={`entry entry-${cssName(entry.kind)}`}>
      <p class="entry-label">
        <strong>{t(`entry.${entry.kind}`)}</strong>
        {internal && <span class="badge internal">{t('entry.internalOnly')}</span>}
        {fromComplainant && <span class="badge from-complainant">{t('entry.fromComplainant')}</span>}
      </p>
      {entry.text && <p class="prose">{entry.text}</p>}
      {entry.evidence && <EvidenceItem evidence={entry.evidence} />}
    </div>
  );
}

/**
 * What happened, oldest first: each step with who took it, and what it wrote; internal notes
 * and what the complainant wrote (an answer, a message by email) set apart and labelled.
 */
export function TimelineSection({ complaint }: { complaint: CaseFieldsFragment }) {
  const { t, locale } = useT();
  const workspace = useWorkspace();
  return (
    <section class="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('case.timeline')}</h2>
      <ol class="timeline">
        {timelineOf(complaint).map((item, i) => (
          <li key={i}>
            <p class="timeline-head">
              <time dateTime={item.at}>{dateTimeIn(item.at, workspace.timeZone, locale)}</time>{' '}
              {item.step && (
                <>
                  <strong>{t(`action.${item.step.action}`)}</strong> <span class="muted">{t('timeline.by', { who: actorName(item.step.actor, workspace, t) })}</span>
                </>
              )}
            </p>
            {item.entries.map((entry, j) => (
              <Entry key={j} entry={entry} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
