import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from './i18n';
import { wordProblem, type Problem } from './issues';

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/** The ids a control names in aria-describedby: its hint and, when shown, its error. */
export const describedBy = ({ id, hint, error }: FieldFrame): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A label, the control, its hint and its error, the last two linked to the control by aria-describedby. */
function Frame({ id, label, hint, error, optional, children }: FieldFrame & { children: ComponentChildren }) {
  const { t } = useT();
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{optional ? t('field.labelOptional', { label }) : label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {children}
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

interface TextProps extends FieldFrame {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  multiline?: boolean;
  /** A textarea for a few lines (an address) rather than a story. */
  short?: boolean;
  autocomplete?: string;
  max?: string;
  inputMode?: 'text' | 'email' | 'tel';
}

/** A text input or textarea in its frame. */
export function TextField(props: TextProps) {
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    'aria-describedby': describedBy(props),
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-required': props.optional ? undefined : ('true' as const),
    onInput: (e: Event) => props.onValue((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <Frame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.short ? 3 : 6} class={props.short ? 'short' : undefined} />
      ) : (
        <input {...common} type={props.type ?? 'text'} autocomplete={props.autocomplete} max={props.max} inputMode={props.inputMode} />
      )}
    </Frame>
  );
}

/** A choice from a list, with a first option that asks to choose. */
export function SelectField(props: FieldFrame & { value: string; onValue: (value: string) => void; options: string[]; placeholder: string }) {
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-required={props.optional ? undefined : 'true'}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>{o}</option>
        ))}
      </select>
    </Frame>
  );
}

/** Moves focus to the first control (in page order) whose id is among `ids`, and brings it into view. */
export function focusFirst(ids: string[]): void {
  const wanted = new Set(ids);
  const controls = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'));
  const first = controls.find((c) => wanted.has(c.id) || (c.getAttribute('name') !== null && wanted.has(c.getAttribute('name')!)));
  first?.focus();
}

/** A form's problems per field: worded next to their fields, the first problem's field taking the focus. */
export function useFieldProblems() {
  const { t } = useT();
  const [problems, setProblems] = useState<Record<string, Problem | undefined>>({});
  const show = (found: Record<string, Problem | undefined>) => {
    setProblems(found);
    setTimeout(() => focusFirst(Object.keys(found).filter((k) => found[k])), 0);
  };
  const error = (field: string) => (problems[field] ? wordProblem(problems[field], t) : undefined);
  return { show, clear: () => setProblems({}), error };
}
