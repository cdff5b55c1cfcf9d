import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';

/**
 * A new API key's whole value, shown this once, with a copy button and the warning that it
 * will not be shown again. It takes the focus when a value arrives: it appears above the
 * button that asked for it, where a keyboard or screen-reader user would not find it.
 */
export function SecretOnce({ value, label, onDone }: { value: string; label: string; onDone: () => void }) {
  const { t } = useT();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [value]);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  return (
    <div class="notice secret" role="region" aria-labelledby="secret-title">
      <h3 id="secret-title">{label}</h3>
      <p>
        <strong>{t('admin.keys.onceWarning')}</strong>
      </p>
      <label for="issued-secret">{t('admin.keys.secret')}</label>
      <input ref={field} id="issued-secret" class="mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      <div class="actions">
        <button type="button" class="primary" onClick={() => void copy()}>
          {t('admin.keys.copy')}
        </button>
        <button type="button" onClick={onDone}>
          {t('admin.keys.done')}
        </button>
      </div>
      <p role="status">{copied === 'yes' ? t('admin.keys.copied') : copied === 'no' ? t('admin.keys.copyFailed') : ''}</p>
    </div>
  );
}
