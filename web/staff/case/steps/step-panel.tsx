import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { errorCode } from '../../../shared/api-errors';
import type { StepOutcome } from '../use-steps';

/** A step's form behind a button, so the page lists every step the user may take without a wall of forms. */
export function StepPanel({ id, title, children }: { id: string; title: string; children: (close: () => void) => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <section class={`step${open ? ' open' : ''}`} aria-labelledby={`${id}-toggle`}>
      <h3>
        <button type="button" id={`${id}-toggle`} aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
          {title}
        </button>
      </h3>
      <div id={`${id}-panel`} hidden={!open}>
        {open && children(() => setOpen(false))}
      </div>
    </section>
  );
}

/** Why a step was refused, in words the user can act on; the API's code picks the words. */
export function StepError({ outcome }: { outcome?: StepOutcome }) {
  const { t } = useT();
  if (!outcome || outcome.kind !== 'failed') return null;
  const known = ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'FORBIDDEN', 'NOT_CONFIGURED', 'NOT_FOUND', 'NETWORK', 'UNAUTHENTICATED'] as const;
  const code = (known as readonly string[]).includes(outcome.code) ? (outcome.code as (typeof known)[number]) : 'OTHER';
  return (
    <p class="alert" role="alert">
      {t(`stepError.${code}`)}
    </p>
  );
}

/** Why a page could not be read: not allowed, or anything else (try again). */
export const readFailureKey = (error: CombinedError) => (errorCode(error) === 'FORBIDDEN' ? 'stepError.FORBIDDEN' : 'stepError.OTHER');

/** A form control's error next to it, linked by aria-describedby through `id`. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="field-error" id={id}>
      {message}
    </p>
  );
}
