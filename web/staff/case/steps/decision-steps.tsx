import { useState } from 'preact/hooks';
import type { RejectionReason } from '../../../generated/graphql';
import { useT } from '../../i18n';
import { AcceptStep, RejectStep } from '../case.graphql';
import type { SendStep, StepOutcome } from '../use-steps';
import { FieldError, StepError } from './step-panel';
import { later } from '../../layout/later';

const REASONS: RejectionReason[] = ['OUT_OF_SCOPE', 'DUPLICATE', 'INSUFFICIENT_INFORMATION', 'TIME_BARRED', 'BEFORE_COURT_OR_MEDIATOR', 'OTHER'];

/** Accepting, with an optional note kept as an internal note. */
export function AcceptForm({ send, onDone }: { send: SendStep; onDone: () => void }) {
  const { t } = useT();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await send(AcceptStep, { note: note.trim() || undefined }, (d) => d.acceptComplaint);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <label for="accept-note">{t('step.accept.note')}</label>
      <textarea id="accept-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t('step.accept.submit')}
      </button>
    </form>
  );
}

/** Rejecting: a reason from the list and an explanation the complainant will read. */
export function RejectForm({ send, onDone }: { send: SendStep; onDone: () => void }) {
  const { t } = useT();
  const [reason, setReason] = useState<RejectionReason>('OUT_OF_SCOPE');
  const [explanation, setExplanation] = useState('');
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  const issue = outcome?.kind === 'failed' ? outcome.issues.explanation : undefined;
  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await send(RejectStep, { reason, explanation }, (d) => d.rejectComplaint);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <label for="reject-reason">{t('step.reject.reason')}</label>
      <select id="reject-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value as RejectionReason)}>
        {REASONS.map((r) => (
          <option value={r}>{t(`rejection.${r}`)}</option>
        ))}
      </select>
      <label for="reject-explanation">{t('step.reject.explanation')}</label>
      <p class="hint" id="reject-explanation-hint">
        {t('step.reject.explanationHint')}
      </p>
      <textarea
        id="reject-explanation"
        required
       
        value={explanation}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? 'reject-explanation-hint reject-explanation-error' : 'reject-explanation-hint'}
        onInput={(e) => setExplanation(e.currentTarget.value)}
      />
      <FieldError id="reject-explanation-error" message={issue && t('check.invalid', { problem: issue })} />
      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t('step.reject.submit')}
      </button>
    </form>
  );
}
