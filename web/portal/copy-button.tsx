import { useState } from 'preact/hooks';
import { useT } from './i18n';

/** Copies a value to the clipboard and says so; where the browser refuses, asks to copy by hand. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useT();
  const [said, setSaid] = useState('');
  const copy = () =>
    // No clipboard outside a secure context: the promise chain turns that into a refusal too.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(value))
      .then(
      () => setSaid(t('copy.done')),
      () => setSaid(t('copy.failed')),
    );
  return (
    <>
      <button type="button" onClick={() => void copy()}>{label}</button>
      <span role="status" class="copy-status">{said}</span>
    </>
  );
}
