import type { CaseFieldsFragment } from '../../generated/graphql';
import { dateIn, dateTimeIn } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';

/** The complaint itself: what happened, against whom, who complains and how to reach them. */
export function CaseDetails({ complaint: c }: { complaint: CaseFieldsFragment }) {
  const { t, locale } = useT();
  const { timeZone } = useWorkspace();
  const unknown = <span class="muted">{t('case.none')}</span>;
  return (
    <>
      <section class="card" aria-labelledby="case-about">
        <h2 id="case-about">{t('case.about')}</h2>
        <dl class="facts-grid">
          <dt>{t('case.category')}</dt>
          <dd>{c.category}</dd>
          <dt>{t('case.product')}</dt>
          <dd>{c.product ?? unknown}</dd>
          <dt>{t('case.region')}</dt>
          <dd>{c.region ?? unknown}</dd>
          <dt>{t('case.priority')}</dt>
          <dd>{t(`priority.${c.priority}`)}</dd>
          <dt>{t('case.channel')}</dt>
          <dd>{t(`channel.${c.channel}`)}</dd>
          <dt>{t('case.received')}</dt>
          <dd>{dateTimeIn(c.receivedAt, timeZone, locale)}</dd>
          <dt>{t('case.occurredOn')}</dt>
          <dd>{c.occurredOn ? dateIn(`${c.occurredOn}T12:00:00Z`, 'UTC', locale) : unknown}</dd>
          <dt>{t('case.handler')}</dt>
          <dd>{c.handler?.name ?? unknown}</dd>
        </dl>
        <h3>{t('case.facts')}</h3>
        <p class="prose">{c.facts}</p>
        <h3>{t('case.remedyRequested')}</h3>
        <p class="prose">{c.remedyRequested}</p>
      </section>
      <div class="two-columns">
        <section class="card" aria-labelledby="case-respondent">
          <h2 id="case-respondent">{t('case.respondent')}</h2>
          <dl>
            <dt>{t('case.respondentName')}</dt>
            <dd>{c.respondent.name}</dd>
            <dt>{t('case.address')}</dt>
            <dd>{c.respondent.address ?? unknown}</dd>
          </dl>
        </section>
        <section class="card" aria-labelledby="case-contact">
          <h2 id="case-contact">{t('case.contact')}</h2>
          {c.complainantEmailUndeliverable && (
            <p class="alert">
              {t('case.emailUndeliverable')}
            </p>
          )}
          <dl>
            <dt>{t('case.name')}</dt>
            <dd>{c.complainant.name}</dd>
            <dt>{t('case.email')}</dt>
            <dd>{c.complainant.email ?? unknown}</dd>
            <dt>{t('case.phone')}</dt>
            <dd>{c.complainant.phone ?? unknown}</dd>
            <dt>{t('case.address')}</dt>
            <dd>{c.complainant.postalAddress ?? unknown}</dd>
            <dt>{t('case.language')}</dt>
            <dd>{t(`language.${c.complainant.preferredLanguage}`)}</dd>
          </dl>
        </section>
      </div>
    </>
  );
}
