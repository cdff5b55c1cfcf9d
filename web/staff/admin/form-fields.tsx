import type { ComponentChildren } from 'preact';

/** The id of a field's error message, for aria-describedby. */
const errorId = (id: string) => `${id}-error`;

/** The attributes that tie a control to its error message, when it has one. */
export function describedBy(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true as const, 'aria-describedby': errorId(id) } : {};
}

/** A field's error, announced with the control it belongs to. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p class="field-error" id={errorId(id)}>
      {error}
    </p>
  );
}

/** A labelled text, number, date or email input with its error underneath. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
  type?: 'text' | 'email' | 'number' | 'date' | 'time' | 'url' | 'password';
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  min?: number;
  max?: number;
  step?: string;
}) {
  const { id, label, value, onInput, error, type = 'text', hint, required, autoComplete = 'off', min, max, step } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [error ? errorId(id) : undefined, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled select with its error underneath. */
export function SelectField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; children: ComponentChildren }) {
  const { id, label, value, onChange, error, children } = props;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} {...describedBy(id, error)} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** One line per item, blank lines dropped. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
