import { useState } from 'preact/hooks';
import { useT, type MessageKey } from '../../i18n';
import type { StepOutcome } from '../use-steps';
import { FieldError, StepError } from './step-panel';
import { later } from '../../layout/later';

/**
 * A step that takes one text: a note, a reply, a question, a reason for escalating. The
 * text stays while the step is refused or held by a conflict, and clears once it is sent.
 */
export function TextStepForm(props: { id: string; label: MessageKey; hint?: MessageKey; submit: MessageKey; field: string; send: (text: string) => Promise<StepOutcome>; onDone: () => void }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<StepOutcome>();
  const fieldId = `${props.id}-text`;
  const issue = outcome?.kind === 'failed' ? outcome.issues[props.field] : undefined;
  const describedBy = [props.hint && `${fieldId}-hint`, issue && `${fieldId}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const result = await props.send(text);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') {
          setText('');
          props.onDone();
        }
      })}
    >
      <label for={fieldId}>{t(props.label)}</label>
      {props.hint && (
        <p class="hint" id={`${fieldId}-hint`}>
          {t(props.hint)}
        </p>
      )}
      <textarea id={fieldId} required value={text} aria-invalid={issue ? true : undefined} aria-describedby={describedBy} onInput={(e) => setText(e.currentTarget.value)} />
      <FieldError id={`${fieldId}-error`} message={issue && t('check.invalid', { problem: issue })} />
      <StepError outcome={outcome} />
      <button type="submit" class="primary" disabled={busy}>
        {t(props.submit)}
      </button>
    </form>
  );
}
