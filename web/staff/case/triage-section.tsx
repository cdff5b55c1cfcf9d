import { useState } from 'preact/hooks';
import type { CaseFieldsFragment, TriageKind } from '../../generated/graphql';
import { useWorkspace } from '../layout/workspace';
import { later } from '../layout/later';
import { useT, type MessageKey } from '../i18n';
import zhCN from '../messages/zh-CN.json';
import { mayReviewTriage } from './available-steps';
import { AcceptTriageStep, CorrectTriageStep } from './case.graphql';
import { StepError } from './steps/step-panel';
import type { SendStep, StepOutcome } from './use-steps';

type Suggestion = CaseFieldsFragment['triageSuggestions'][number];

/** A suggested value as staff read it: enum values through the catalog, a learned category as the model names it. */
function useTriageValue(): (kind: TriageKind, value: string) => string {
  const { t } = useT();
  return (kind, value) => {
    const key = `triageValue.${kind}.${value}`;
    return key in zhCN ? t(key as MessageKey) : value;
  };
}

/** What the model suggests at intake; each accepted or corrected by staff (recorded in the history), never applied on its own. */
export function TriageSection({ complaint, send }: { complaint: CaseFieldsFragment; send: SendStep }) {
  const { t } = useT();
  const { viewer } = useWorkspace();
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [correcting, setCorrecting] = useState<Suggestion>();
  const [correction, setCorrection] = useState('');
  const shown = useTriageValue();
  const may = mayReviewTriage({ status: complaint.status, handlerId: complaint.handler?.id }, viewer);
  if (complaint.triageSuggestions.length === 0) return null;
  const target = (s: Suggestion) => ({ kind: s.kind, value: s.value });
  return (
    <section class="card" aria-labelledby="case-triage">
      <h2 id="case-triage">{t('triage.title')}</h2>
      <p class="muted">{t('triage.note')}</p>
      <ul class="triage">
        {complaint.triageSuggestions.map((s) => (
          <li key={`${s.kind}:${s.value}`}>
            <span>{t('triage.kindLabel', { kind: t(`triageKind.${s.kind}`) })}</span> <strong>{shown(s.kind, s.value)}</strong>{' '}
            <span class="muted">{t('triage.confidence', { percent: Math.round(s.confidence * 100) })}</span> <span class="badge">{t(`triageStatus.${s.status}`)}</span>
            {s.correctedTo && <span> → {shown(s.kind, s.correctedTo)}</span>}
            {s.status === 'OPEN' && may && (
              <span class="actions">
                {/* Named with their suggestion: the case's own steps have buttons called Accept too. */}
                <button
                  type="button"
                  aria-label={t('triage.acceptLabel', { kind: t(`triageKind.${s.kind}`) })}
                  onClick={later(async () => setOutcome(await send(AcceptTriageStep, target(s), (r) => r.acceptTriageSuggestion)))}
                >
                  {t('triage.accept')}
                </button>
                <button type="button" aria-label={t('triage.correctLabel', { kind: t(`triageKind.${s.kind}`) })} onClick={() => (setCorrecting(s), setCorrection(''))}>
                  {t('triage.correct')}
                </button>
              </span>
            )}
            {correcting === s && (
              <form
                class="triage-correction"
                onSubmit={later(async (e: Event) => {
                  e.preventDefault();
                  const sent = await send(CorrectTriageStep, { ...target(s), correctedTo: correction.trim() }, (r) => r.correctTriageSuggestion);
                  setOutcome(sent);
                  setCorrecting(undefined);
                })}
              >
                <label>
                  {t('triage.correctTo', { kind: t(`triageKind.${s.kind}`) })}{' '}
                  <input value={correction} required maxLength={100} onInput={(e) => setCorrection(e.currentTarget.value)} />
                </label>{' '}
                <button type="submit">{t('triage.save')}</button>{' '}
                <button type="button" onClick={() => setCorrecting(undefined)}>
                  {t('triage.cancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <StepError outcome={outcome} />
    </section>
  );
}
