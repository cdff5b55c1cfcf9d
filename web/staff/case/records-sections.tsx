import type { CaseFieldsFragment } from '../../generated/graphql';
import { cssName, dateTimeIn } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { EvidenceItem } from './evidence-item';

/** Every piece of evidence on the complaint, with its file. */
export function EvidenceSection({ complaint }: { complaint: CaseFieldsFragment }) {
  const { t } = useT();
  const evidence = complaint.entries.flatMap((e) => (e.evidence ? [e.evidence] : []));
  return (
    <section class="card" aria-labelledby="case-evidence">
      <h2 id="case-evidence">{t('case.evidence')}</h2>
      {evidence.length === 0 ? <p>{t('case.noEvidence')}</p> : evidence.map((e, i) => <EvidenceItem key={i} evidence={e} />)}
    </section>
  );
}

/** The emails (and partner webhooks) the complaint caused, and whether each went out. */
export function NotificationsSection({ complaint }: { complaint: CaseFieldsFragment }) {
  const { t, locale } = useT();
  const workspace = useWorkspace();
  return (
    <section class="card" aria-labelledby="case-notifications">
      <h2 id="case-notifications">{t('case.notifications')}</h2>
      {complaint.notifications.length === 0 ? (
        <p>{t('case.noNotifications')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('notification.kind')}</th>
              <th scope="col">{t('notification.recipient')}</th>
              <th scope="col">{t('notification.state')}</th>
              <th scope="col">{t('notification.attempts')}</th>
              <th scope="col">{t('notification.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {complaint.notifications.map((n, i) => (
              <tr key={i}>
                <td>{t(`notificationKind.${n.kind}`)}</td>
                <td>{n.recipient === 'COMPLAINANT' ? t('actor.COMPLAINANT') : (workspace.staffName(n.recipient) ?? n.recipient)}</td>
                <td>
                  <span class={`badge delivery-${cssName(n.state)}`}>{t(`delivery.${n.state}`)}</span>
                </td>
                <td>{n.attempts}</td>
                <td>{dateTimeIn(n.updatedAt, workspace.timeZone, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Where the complaint stands beyond its status: escalation, the acceptance decision, every final response and feedback. */
export function OutcomeSection({ complaint: c }: { complaint: CaseFieldsFragment }) {
  const { t, locale } = useT();
  const { timeZone } = useWorkspace();
  return (
    <section class="card" aria-labelledby="case-outcome">
      <h2 id="case-outcome">{t('case.outcome')}</h2>
      <h3>{t('case.escalation')}</h3>
      <p>
        {c.escalation.level === 'NONE'
          ? t('escalation.none')
          : t('escalation.at', { level: t(`escalationLevel.${c.escalation.level}`), time: c.escalation.at ? dateTimeIn(c.escalation.at, timeZone, locale) : '' })}
      </p>
      {c.escalation.reason && <p class="prose">{t('escalation.reason', { reason: c.escalation.reason })}</p>}
      <h3>{t('case.decision')}</h3>
      {c.decision ? (
        <>
          <p>
            {t(c.decision.accepted ? 'decision.accepted' : 'decision.rejected', { time: dateTimeIn(c.decision.at, timeZone, locale) })}
            {c.decision.reason && ` ${t(`rejection.${c.decision.reason}`)}`}
          </p>
          {c.decision.explanation && <p class="prose">{c.decision.explanation}</p>}
          {c.decision.duplicateOf && <p>{t('decision.duplicateOf', { reference: c.decision.duplicateOf })}</p>}
        </>
      ) : (
        <p>{t('decision.none')}</p>
      )}
      {c.pendingRequest && (
        <>
          <h3>{t('case.pendingRequest')}</h3>
          <p class="prose">{c.pendingRequest}</p>
        </>
      )}
      {c.finalResponses.map((r, i) => (
        <div key={i} class="final-response">
          <h3>{t('case.finalResponse', { time: dateTimeIn(r.at, timeZone, locale) })}</h3>
          <dl>
            <dt>{t('composer.outcome')}</dt>
            <dd>{t(`outcome.${r.outcome}`)}</dd>
            <dt>{t('composer.reasons')}</dt>
            <dd class="prose">{r.reasons}</dd>
            <dt>{t('composer.remedies')}</dt>
            <dd>{r.remedies.length ? r.remedies.map((m) => t(`remedy.${m}`)).join(t('admin.listSeparator')) : t('case.none')}</dd>
            {r.remedyDetails && (
              <>
                <dt>{t('composer.remedyDetails')}</dt>
                <dd class="prose">{r.remedyDetails}</dd>
              </>
            )}
            <dt>{t('composer.followUp')}</dt>
            <dd class="prose">{r.followUpMeasures}</dd>
            <dt>{t('composer.rootCause')}</dt>
            <dd>{t(`rootCause.${r.rootCause}`)}</dd>
          </dl>
        </div>
      ))}
      {c.feedbackHistory.map((f, i) => (
        <div key={i} class="feedback">
          <p>{t('case.feedback', { rating: f.rating, resolved: t(f.resolved ? 'common.yes' : 'common.no'), time: dateTimeIn(f.at, timeZone, locale) })}</p>
          {f.comment && <blockquote class="prose">{f.comment}</blockquote>}
        </div>
      ))}
    </section>
  );
}
