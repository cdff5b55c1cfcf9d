import { useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { CaseFieldsFragment } from '../../generated/graphql';
import { useT } from '../i18n';
import { CaseDetails } from './case-details';
import { CaseSteps } from './case-steps';
import { CaseQuery } from './case.graphql';
import { ClocksTable } from './clocks-table';
import { ConflictNotice } from './conflict-notice';
import { DuplicatesSection } from './duplicates-section';
import { TriageSection } from './triage-section';
import { HistoryCheck } from './history-check';
import { EvidenceSection, NotificationsSection, OutcomeSection } from './records-sections';
import { TimelineSection } from './timeline-section';
import { useSteps } from './use-steps';
import { readFailureKey } from './steps/step-panel';

function CaseView({ complaint, show }: { complaint: CaseFieldsFragment; show: (c: CaseFieldsFragment) => void }) {
  const { t } = useT();
  const { send, conflict } = useSteps(complaint, show);
  return (
    <>
      <p class="breadcrumb">
        <Link href="/">{t('case.back')}</Link>
      </p>
      <h1>
        {t('case.title', { reference: complaint.reference })} <span class={`badge status status-${complaint.status.toLowerCase()}`}>{t(`status.${complaint.status}`)}</span>
      </h1>
      {/* Announced when a step's answer (or a conflict's reread) brings a new version. */}
      <p class="muted" aria-live="polite">
        {t('case.version', { version: complaint.version })}
      </p>
      {conflict && <ConflictNotice conflict={conflict} />}
      <div class="case-layout">
        <div class="case-main">
          <ClocksTable clocks={complaint.clocks} />
          <CaseDetails complaint={complaint} />
          <OutcomeSection complaint={complaint} />
          <TriageSection complaint={complaint} send={send} />
          <DuplicatesSection complaint={complaint} send={send} />
          <TimelineSection complaint={complaint} />
          <EvidenceSection complaint={complaint} />
          <NotificationsSection complaint={complaint} />
          <HistoryCheck complaintId={complaint.id} />
        </div>
        <aside class="case-side" aria-label={t('case.steps')}>
          <CaseSteps complaint={complaint} send={send} />
        </aside>
      </div>
    </>
  );
}

/**
 * One complaint at /complaints/:id. The page shows the version it was read at until a step
 * answers with a newer one; it never reloads behind the user's back, so a step sent on an
 * outdated view meets the API's CONFLICT and the user sees what changed.
 */
export function CasePage({ params }: { params: { id: string } }) {
  const { t } = useT();
  const [{ data, error, fetching }] = useQuery({ query: CaseQuery, variables: { id: params.id }, requestPolicy: 'network-only' });
  const [shown, setShown] = useState<CaseFieldsFragment>();
  const loaded = data?.complaint;
  useEffect(() => {
    if (loaded && (!shown || shown.id !== loaded.id)) setShown(loaded);
  }, [loaded]);

  if (shown && shown.id === params.id) return <CaseView key={shown.id} complaint={shown} show={setShown} />;
  if (fetching) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('case.notFound')}</h1>
      <p class="alert">{t(error ? readFailureKey(error) : 'case.notFoundExplain')}</p>
      <Link href="/">{t('case.back')}</Link>
    </>
  );
}
