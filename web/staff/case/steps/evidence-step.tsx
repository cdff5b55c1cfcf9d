import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { errorCode } from '../../../shared/api-errors';
import { useT } from '../../i18n';
import { EvidenceStep, EvidenceUploadRequest } from '../case.graphql';
import type { SendStep, StepOutcome } from '../use-steps';
import { FieldError, StepError } from './step-panel';
import { later } from '../../layout/later';

/** SHA-256 of a file, hex, computed in the browser: the store refuses bytes that do not match it. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Evidence: what it is and where it came from, optionally a file. The file goes first, to
 * the upload link the API hands out (PUT with exactly its headers), then the evidence entry
 * names it by fileId.
 */
export function EvidenceForm({ complaintId, send, onDone }: { complaintId: string; send: SendStep; onDone: () => void }) {
  const { t } = useT();
  const client = useClient();
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File>();
  const [shared, setShared] = useState(false);
  const [outcome, setOutcome] = useState<StepOutcome>();
  const [busy, setBusy] = useState(false);
  const issues = outcome?.kind === 'failed' ? outcome.issues : {};

  async function upload(f: File): Promise<string | StepOutcome> {
    const sha256 = await sha256Hex(f);
    const requested = await client.mutation(EvidenceUploadRequest, { id: complaintId, file: { name: f.name, contentType: f.type || 'application/octet-stream', size: f.size, sha256 } }).toPromise();
    const target = requested.data?.requestEvidenceUpload;
    if (!target) return { kind: 'failed', code: errorCode(requested.error) ?? 'OTHER', issues: {} };
    const put = await fetch(target.url, { method: 'PUT', headers: Object.fromEntries(target.headers.map((h) => [h.name, h.value])), body: f });
    if (!put.ok) return { kind: 'failed', code: 'UPLOAD', issues: {} };
    return target.fileId;
  }

  return (
    <form
      onSubmit={later(async (e) => {
        e.preventDefault();
        setBusy(true);
        const uploaded = file ? await upload(file) : undefined;
        const result =
          typeof uploaded === 'object'
            ? uploaded
            : await send(EvidenceStep, { evidence: { description, source, fileId: uploaded, sharedWithComplainant: shared } }, (d) => d.addEvidence);
        setBusy(false);
        setOutcome(result);
        if (result.kind !== 'failed') onDone();
      })}
    >
      <label for="evidence-description">{t('step.evidence.description')}</label>
      <textarea id="evidence-description" required value={description} aria-describedby={issues['evidence.description'] ? 'evidence-description-error' : undefined} onInput={(e) => setDescription(e.currentTarget.value)} />
      <FieldError id="evidence-description-error" message={issues['evidence.description'] && t('check.invalid', { problem: issues['evidence.description'] })} />
      <label for="evidence-source">{t('step.evidence.source')}</label>
      <p class="hint" id="evidence-source-hint">
        {t('step.evidence.sourceHint')}
      </p>
      <input id="evidence-source" required value={source} aria-describedby="evidence-source-hint" onInput={(e) => setSource(e.currentTarget.value)} />
      <label for="evidence-file">{t('step.evidence.file')}</label>
      <p class="hint" id="evidence-file-hint">
        {t('step.evidence.fileHint')}
      </p>
      <input id="evidence-file" type="file" aria-describedby="evidence-file-hint" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
      <label class="checkbox">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} /> {t('step.evidence.shared')}
      </label>
      {outcome?.kind === 'failed' && outcome.code === 'UPLOAD' ? (
        <p class="alert" role="alert">
          {t('step.evidence.uploadFailed')}
        </p>
      ) : (
        <StepError outcome={outcome} />
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('step.evidence.submit')}
      </button>
    </form>
  );
}
