import { useClient } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatSize } from '../format';
import type { TrackingFieldsFragment } from '../generated/graphql';
import { useT, type MessageKey } from '../i18n';
import { ACCEPT, refusalOf, type FileRefusal } from './file-rules';
import { UploadError, uploadAttachment, type UploadStage } from './upload-file';

export interface Credentials {
  reference: string;
  accessCode: string;
}

interface Item {
  key: number;
  file: File;
  refusal?: FileRefusal;
  state: 'waiting' | UploadStage | 'done' | 'failed';
  progress: number;
  error?: string;
}

let nextKey = 0;
const itemOf = (file: File): Item => ({ key: (nextKey += 1), file, refusal: refusalOf(file), state: 'waiting', progress: 0 });
const sendable = (i: Item) => !i.refusal && (i.state === 'waiting' || i.state === 'failed');

const REFUSAL: Record<FileRefusal, MessageKey> = { type: 'files.refused.type', size: 'files.refused.size', empty: 'files.refused.empty', name: 'files.refused.name' };
const FAILURE: Record<string, MessageKey> = {
  NOT_CONFIGURED: 'files.failed.notConfigured',
  STORAGE: 'files.failed.storage',
  NETWORK: 'files.failed.network',
  INVALID_TRANSITION: 'files.failed.closed',
  BAD_USER_INPUT: 'files.failed.refused',
};

/** The chosen files, each with its size, its state and, while it uploads, its progress. */
function FileList({ items, onRemove }: { items: Item[]; onRemove?: (key: number) => void }) {
  const { t, locale } = useT();
  if (items.length === 0) return null;
  return (
    <ul class="file-list">
      {items.map((item) => (
        <li key={item.key} class={item.refusal || item.state === 'failed' ? 'file invalid' : 'file'}>
          <span class="file-name">{item.file.name}</span> <span class="hint">{formatSize(item.file.size, locale)}</span>
          {item.refusal ? (
            <p class="field-error">{t(REFUSAL[item.refusal])}</p>
          ) : item.state === 'failed' ? (
            <p class="field-error">{t(FAILURE[item.error ?? ''] ?? 'files.failed.other')}</p>
          ) : (
            <p class="hint">{t(`files.state.${item.state}`, { percent: Math.round(item.progress * 100) })}</p>
          )}
          {item.state === 'uploading' && <progress max={1} value={item.progress} aria-label={t('files.progress', { name: item.file.name })} />}
          {onRemove && (item.state === 'waiting' || item.refusal) && (
            <button type="button" class="link-button" onClick={() => onRemove(item.key)} aria-label={t('files.remove', { name: item.file.name })}>
              {t('files.removeShort')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The file input with the limits said before anything is chosen. */
function FileInput({ id, onFiles, disabled }: { id: string; onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useT();
  return (
    <div class="field">
      <label for={id}>{t('files.choose')}</label>
      <p class="hint" id={`${id}-hint`}>{t('files.limits')}</p>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const input = e.currentTarget;
          onFiles(Array.from(input.files ?? []));
          input.value = '';
        }}
      />
    </div>
  );
}

/** On the complaint form: files chosen now, uploaded once the complaint has its reference. */
export function FileChooser({ files, onFiles }: { files: File[]; onFiles: (files: File[]) => void }) {
  const [items, setItems] = useState<Item[]>(() => files.map(itemOf));
  const change = (next: Item[]) => {
    setItems(next);
    onFiles(next.filter((i) => !i.refusal).map((i) => i.file));
  };
  return (
    <>
      <FileInput id="attachments" onFiles={(chosen) => change([...items, ...chosen.map(itemOf)])} />
      <FileList items={items} onRemove={(key) => change(items.filter((i) => i.key !== key))} />
    </>
  );
}

/**
 * Uploads files to a complaint one after the other, each checked, hashed, PUT and attached
 * (files/upload-file.ts). With `initial`, those start at once (the files chosen on the form).
 */
export function AttachFiles({ credentials, initial, onAttached }: { credentials: Credentials; initial?: File[]; onAttached?: (tracking: TrackingFieldsFragment) => void }) {
  const { t } = useT();
  const client = useClient();
  const [items, setItems] = useState<Item[]>(() => (initial ?? []).map(itemOf));
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState('');
  const itemsNow = useRef(items);
  itemsNow.current = items;

  const update = (key: number, patch: Partial<Item>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const send = async () => {
    setBusy(true);
    setSummary('');
    let attached = 0;
    let failed = 0;
    for (const item of itemsNow.current.filter(sendable)) {
      try {
        const tracking = await uploadAttachment(client, credentials, item.file, description.trim() || undefined, (stage, progress) => update(item.key, { state: stage, progress }));
        update(item.key, { state: 'done', progress: 1 });
        attached += 1;
        onAttached?.(tracking);
      } catch (error) {
        update(item.key, { state: 'failed', error: error instanceof UploadError ? error.code : 'NETWORK' });
        failed += 1;
      }
    }
    setBusy(false);
    setSummary(t('files.summary', { attached, failed }));
  };

  useEffect(() => {
    if (initial?.length) void send();
  }, []);

  return (
    <>
      <FileInput id="attach-files" disabled={busy} onFiles={(chosen) => setItems([...items.filter((i) => i.state !== 'done'), ...chosen.map(itemOf)])} />
      <FileList items={items} onRemove={busy ? undefined : (key) => setItems(items.filter((i) => i.key !== key))} />
      <div class="field">
        <label for="attach-description">{t('field.labelOptional', { label: t('files.description') })}</label>
        <input id="attach-description" value={description} disabled={busy} onInput={(e) => setDescription(e.currentTarget.value)} />
      </div>
      <button type="button" class="primary" disabled={busy || !items.some(sendable)} onClick={() => void send()}>
        {busy ? t('files.sending') : t('files.send')}
      </button>
      <p role="status" class="hint">{summary}</p>
    </>
  );
}
