import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { CaseFieldsFragment } from '../../generated/graphql';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { duplicateActions } from './available-steps';
import { DismissDuplicateStep, MergeDuplicateStep } from './case.graphql';
import { StepError } from './steps/step-panel';
import type { SendStep, StepOutcome } from './use-steps';
import { later } from '../layout/later';

/** Earlier complaints this one may repeat: open the other, merge into it (a rejection as duplicate) or dismiss. */
export function DuplicatesSection({ complaint, send }: { complaint: CaseFieldsFragment; send: SendStep }) {
  const { t } = useT();
  const { viewer } = useWorkspace();
  const [outcome, setOutcome] = useState<StepOutcome>();
  const may = duplicateActions({ status: complaint.status, handlerId: complaint.handler?.id }, viewer);
  if (complaint.duplicateSuggestions.length === 0) return null;
  return (
    <section class="card" aria-labelledby="case-duplicates">
      <h2 id="case-duplicates">{t('duplicates.title')}</h2>
      <ul class="duplicates">
        {complaint.duplicateSuggestions.map((d) => (
          <li key={d.complaintId}>
            <Link href={`/complaints/${d.complaintId}`}>{d.reference}</Link>{' '}
            <span>{t('duplicates.score', { percent: Math.round(d.score * 100) })}</span>{' '}
            <span class="muted">{d.reasons.map((r) => t(`duplicateReason.${r}`)).join(' · ')}</span> <span class="badge">{t(`duplicateStatus.${d.status}`)}</span>
            {d.status === 'OPEN' && (
              <span class="actions">
                {may.merge && (
                  <button type="button" onClick={later(async () => setOutcome(await send(MergeDuplicateStep, { intoId: d.complaintId }, (r) => r.mergeDuplicate)))}>
                    {t('duplicates.merge', { reference: d.reference })}
                  </button>
                )}
                {may.dismiss && (
                  <button type="button" onClick={later(async () => setOutcome(await send(DismissDuplicateStep, { candidateId: d.complaintId }, (r) => r.dismissDuplicate)))}>
                    {t('duplicates.dismiss', { reference: d.reference })}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      <StepError outcome={outcome} />
    </section>
  );
}
