import { Link } from 'wouter-preact';
import { Deadlines } from '../deadlines';
import { formatDateTime, formatSize } from '../format';
import type { AuditAction, FinalResponseFieldsFragment, TrackingFieldsFragment } from '../generated/graphql';
import { useT } from '../i18n';

type Tracking = TrackingFieldsFragment;

export function StatusSection({ tracking }: { tracking: Tracking }) {
  const { t, locale } = useT();
  return (
    <section class="card status" aria-labelledby="status-title">
      <h2 id="status-title">{t('track.status')}</h2>
      <p class={`status-name status-${tracking.status.toLowerCase()}`} data-testid="status">{t(`status.${tracking.status}`)}</p>
      <p>{t(`status.${tracking.status}.text`)}</p>
      <p class="hint">
        {t('track.summary', { reference: tracking.reference, category: tracking.category, date: formatDateTime(tracking.receivedAt, locale) })}
      </p>
    </section>
  );
}

export function DeadlinesSection({ tracking }: { tracking: Tracking }) {
  const { t } = useT();
  return (
    <section aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('track.deadlines')}</h2>
      <Deadlines clocks={tracking.clocks} showState />
    </section>
  );
}

export function DecisionSection({ tracking }: { tracking: Tracking }) {
  const { t, locale } = useT();
  const decision = tracking.decision;
  if (!decision) return null;
  return (
    <section aria-labelledby="decision-title">
      <h2 id="decision-title">{t('track.decision')}</h2>
      <p>{t(decision.accepted ? 'decision.accepted' : 'decision.rejected', { date: formatDateTime(decision.at, locale) })}</p>
      {decision.reason && <p>{t('decision.reason', { reason: t(`rejection.${decision.reason}`) })}</p>}
      {decision.explanation && <p class="quoted">{decision.explanation}</p>}
      {decision.duplicateOf && (
        <p>
          {t('decision.duplicateOf')} <Link href={`/track?reference=${encodeURIComponent(decision.duplicateOf)}`}>{decision.duplicateOf}</Link>
        </p>
      )}
    </section>
  );
}

function FinalResponse({ response }: { response: FinalResponseFieldsFragment }) {
  const { t, locale } = useT();
  return (
    <dl class="final-response">
      <dt>{t('response.outcome')}</dt>
      <dd>{t(`outcome.${response.outcome}`)}</dd>
      <dt>{t('response.reasons')}</dt>
      <dd class="quoted">{response.reasons}</dd>
      <dt>{t('response.remedies')}</dt>
      <dd>{response.remedies.length ? response.remedies.map((r) => t(`remedy.${r}`)).join(t('list.separator')) : t('response.noRemedy')}</dd>
      {response.remedyDetails && (
        <>
          <dt>{t('response.remedyDetails')}</dt>
          <dd class="quoted">{response.remedyDetails}</dd>
        </>
      )}
      <dt>{t('response.followUp')}</dt>
      <dd class="quoted">{response.followUpMeasures}</dd>
      <dt>{t('response.recourse')}</dt>
      <dd class="quoted">{response.furtherRecourse}</dd>
      <dt>{t('response.at')}</dt>
      <dd>{formatDateTime(response.at, locale)}</dd>
    </dl>
  );
}

/** Every answer the organization gave, the latest first: a reopened complaint keeps the earlier ones. */
export function FinalResponsesSection({ tracking }: { tracking: Tracking }) {
  const { t } = useT();
  const responses = [...tracking.finalResponses].reverse();
  if (responses.length === 0) return null;
  return (
    <section aria-labelledby="responses-title">
      <h2 id="responses-title">{t('track.finalResponse')}</h2>
      <FinalResponse response={responses[0]} />
      {responses.length > 1 && (
        <details>
          <summary>{t('track.earlierResponses', { count: responses.length - 1 })}</summary>
          {responses.slice(1).map((r) => (
            <FinalResponse key={r.at} response={r} />
          ))}
        </details>
      )}
    </section>
  );
}

/** The steps whose text the complainant wrote (an answer, a message by email, a rating's comment), set apart from ours. */
const WRITTEN_BY_YOU: ReadonlySet<AuditAction> = new Set<AuditAction>(['INFORMATION_PROVIDED', 'COMPLAINANT_MESSAGE_RECEIVED', 'FEEDBACK_RECEIVED', 'WITHDRAWN']);

export function TimelineSection({ tracking }: { tracking: Tracking }) {
  const { t, locale } = useT();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('track.timeline')}</h2>
      <ol class="timeline">
        {tracking.timeline.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <p class="timeline-head">
              <span class="timeline-action">{t(`action.${entry.action}`)}</span> <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            </p>
            {entry.feedback && (
              <p>
                {t('timeline.feedback', { rating: entry.feedback.rating })} {t(entry.feedback.resolved ? 'timeline.resolvedYes' : 'timeline.resolvedNo')}
              </p>
            )}
            {entry.text && <p class={WRITTEN_BY_YOU.has(entry.action) ? 'quoted yours' : 'quoted'}>{entry.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function FilesList({ tracking }: { tracking: Tracking }) {
  const { t, locale } = useT();
  if (tracking.files.length === 0) return <p>{t('track.files.none')}</p>;
  return (
    <ul class="file-list">
      {tracking.files.map((file) => (
        <li key={file.id} class="file">
          {file.downloadUrl ? (
            <a href={file.downloadUrl} download={file.name} rel="noreferrer">
              {file.name}
            </a>
          ) : (
            <span class="file-name">{file.name}</span>
          )}{' '}
          <span class="hint">
            {formatSize(file.size, locale)} · {formatDateTime(file.uploadedAt, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
