import { useMemo, useState } from 'preact/hooks';
import { finalResponseText } from '../../../../functions/core/messages/final-response-text';
import { furtherRecourse } from '../../../../functions/core/resolution/final-response';
import type { CaseFieldsFragment, FinalResponseInput, Outcome, Remedy, RootCause } from '../../../generated/graphql';
import { useWorkspace } from '../../layout/workspace';
import { useT } from '../../i18n';
import { ResolveStep } from '../case.graphql';
import { FieldError, StepError } from '../steps/step-panel';
import type { SendStep, StepOutcome } from '../use-steps';
import { composerChecks, type ComposerField } from './composer-checks';
import { later } from '../../layout/later';

const OUTCOMES: Outcome[] = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'];
const REMEDIES: Remedy[] = ['REFUND', 'REPLACEMENT', 'REPAIR', 'COMPENSATION', 'APOLOGY', 'EXPLANATION', 'OTHER'];
const ROOT_CAUSES: RootCause[] = ['PRODUCT_QUALITY', 'SERVICE_QUALITY', 'STAFF_CONDUCT', 'BILLING', 'DELIVERY', 'COMMUNICATION', 'POLICY', 'SYSTEM_FAILURE', 'THIRD_PARTY', 'NONE_FOUND', 'OTHER'];
const FIELDS: ComposerField[] = ['reasons', 'remedies', 'remedyDetails', 'followUpMeasures'];

/**
 * The final response: the domain's own checks shown next to each field while it is written
 * (a missing text only once the field was left or a send was tried), the API's answer
 * mapped to the same places after sending, and the text the complainant will read.
 */
export function FinalResponseComposer({ complaint, send, onDone }: { complaint: CaseFieldsFragment; send: SendStep; onDone: () => void }) {
  const { t } = useT();
  const { timeZone } = useWorkspace();
  const [draft, setDraft] = useState<FinalResponseInput>({ outcome: 'UPHELD', reasons: '', remedies: [], remedyDetails: '', followUpMeasures: '', rootCause: 'PRODUCT_QUALITY' });
  const [touched, setTouched] = useState<Set<ComposerField>>(new Set());
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  const checks = composerChecks(draft);
  const apiIssues = outcome?.kind === 'failed' ? outcome.issues : {};

  const shown = (field: ComposerField): string | undefined => {
    const fromApi = apiIssues[`response.${field}`];
    if (fromApi) return t('check.invalid', { problem: fromApi });
    const check = checks[field];
    if (!check || (check.message === 'check.required' && !touched.has(field))) return undefined;
    return t(check.message, check.values);
  };
  const touch = (field: ComposerField) => () => setTouched(new Set([...touched, field]));
  const described = (field: ComposerField, hint = false) => [hint && `composer-${field}-hint`, shown(field) && `composer-${field}-check`].filter(Boolean).join(' ') || undefined;

  const preview = useMemo(() => {
    const language = complaint.complainant.preferredLanguage;
    return finalResponseText(
      { ...draft, remedyDetails: draft.remedyDetails?.trim() || undefined, furtherRecourse: furtherRecourse(complaint.jurisdictions, language, new Date(), timeZone) },
      language,
    );
  }, [draft, complaint.complainant.preferredLanguage, complaint.jurisdictions, timeZone]);

  const toggleRemedy = (remedy: Remedy, on: boolean) => {
    setDraft({ ...draft, remedies: on ? [...draft.remedies, remedy] : draft.remedies.filter((r) => r !== remedy) });
    touch('remedies')();
  };

  return (
    <form
      class="composer"
      noValidate
      onSubmit={later(async (e) => {
        e.preventDefault();
        setTouched(new Set(FIELDS));
        const first = FIELDS.find((f) => checks[f]);
        if (first) {
          document.getElementById(`composer-${first}`)?.focus();
          return;
        }
        setBusy(true);
        const response: FinalResponseInput = { ...draft, remedyDetails: draft.remedyDetails?.trim() || undefined };
        const result = await send(ResolveStep, { response }, (d) => d.resolveComplaint);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <fieldset>
        <legend>{t('composer.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <label class="choice" key={o}>
            <input type="radio" name="composer-outcome" value={o} checked={draft.outcome === o} onChange={() => setDraft({ ...draft, outcome: o })} /> {t(`outcome.${o}`)}
          </label>
        ))}
      </fieldset>

      <label for="composer-reasons">{t('composer.reasons')}</label>
      <p class="hint" id="composer-reasons-hint">
        {t('composer.reasonsHint')}
      </p>
      <textarea id="composer-reasons" value={draft.reasons} aria-invalid={shown('reasons') ? true : undefined} aria-describedby={described('reasons', true)} onInput={(e) => setDraft({ ...draft, reasons: e.currentTarget.value })} onBlur={touch('reasons')} />
      <FieldError id="composer-reasons-check" message={shown('reasons')} />

      <fieldset id="composer-remedies" tabIndex={-1} aria-describedby={described('remedies')}>
        <legend>{t('composer.remedies')}</legend>
        {REMEDIES.map((r) => (
          <label class="choice" key={r}>
            <input type="checkbox" checked={draft.remedies.includes(r)} onChange={(e) => toggleRemedy(r, e.currentTarget.checked)} /> {t(`remedy.${r}`)}
          </label>
        ))}
      </fieldset>
      <FieldError id="composer-remedies-check" message={shown('remedies')} />

      <label for="composer-remedyDetails">{t('composer.remedyDetails')}</label>
      <p class="hint" id="composer-remedyDetails-hint">
        {t('composer.remedyDetailsHint')}
      </p>
      <textarea
        id="composer-remedyDetails"
        value={draft.remedyDetails ?? ''}
        aria-invalid={shown('remedyDetails') ? true : undefined}
        aria-describedby={described('remedyDetails', true)}
        onInput={(e) => setDraft({ ...draft, remedyDetails: e.currentTarget.value })}
        onBlur={touch('remedyDetails')}
      />
      <FieldError id="composer-remedyDetails-check" message={shown('remedyDetails')} />

      <label for="composer-followUpMeasures">{t('composer.followUp')}</label>
      <p class="hint" id="composer-followUpMeasures-hint">
        {t('composer.followUpHint')}
      </p>
      <textarea
        id="composer-followUpMeasures"
        value={draft.followUpMeasures}
        aria-invalid={shown('followUpMeasures') ? true : undefined}
        aria-describedby={described('followUpMeasures', true)}
        onInput={(e) => setDraft({ ...draft, followUpMeasures: e.currentTarget.value })}
        onBlur={touch('followUpMeasures')}
      />
      <FieldError id="composer-followUpMeasures-check" message={shown('followUpMeasures')} />

      <label for="composer-rootCause">{t('composer.rootCause')}</label>
      <select id="composer-rootCause" value={draft.rootCause} onChange={(e) => setDraft({ ...draft, rootCause: e.currentTarget.value as RootCause })}>
        {ROOT_CAUSES.map((c) => (
          <option value={c}>{t(`rootCause.${c}`)}</option>
        ))}
      </select>

      <section class="preview" aria-labelledby="composer-preview-title">
        <h4 id="composer-preview-title">{t('composer.preview')}</h4>
        <p class="hint">{t('composer.previewHint')}</p>
        <div class="preview-text" lang={complaint.complainant.preferredLanguage === 'ZH_CN' ? 'zh-CN' : 'en'}>
          {preview.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </section>

      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t('composer.submit')}
      </button>
    </form>
  );
}
