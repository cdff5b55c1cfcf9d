import { useClient, useMutation } from '@urql/preact';
import { useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { useT } from '../i18n';
import { downloadText } from './download';
import { TextField } from './form-fields';
import { EraseComplainantDataMutation, ExportComplainantDataQuery } from './data.graphql';

/**
 * A complainant's rights: a copy of everything kept about them (a JSON file) and erasure
 * of their personal data. The email goes in the request body only, never in a URL or a file name.
 */
export function DataProtectionPage() {
  return (
    <>
      <ExportData />
      <EraseData />
    </>
  );
}

function ExportData() {
  const { t } = useT();
  const client = useClient();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setStatus(undefined);
    const result = await client.query(ExportComplainantDataQuery, { email: email.trim() }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setErrors(fieldIssues(result.error));
    setFailure(result.error && !Object.keys(fieldIssues(result.error)).length ? errorCode(result.error) : undefined);
    if (!result.data) return;
    const data = result.data.exportComplainantData;
    downloadText(`complainant-data-${data.exportedAt.slice(0, 10)}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
    setStatus(t('admin.data.exported', { count: data.complaints.length }));
  };

  return (
    <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="export-data-title">
      <h2 id="export-data-title">{t('admin.data.exportTitle')}</h2>
      <p class="hint">{t('admin.data.exportIntro')}</p>
      <TextField id="export-email" type="email" label={t('admin.data.email')} value={email} onInput={setEmail} error={errors.email} required />
      {failure && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: failure })}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !email.trim()}>
        {t('admin.data.export')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}

function EraseData() {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [erase, eraseData] = useMutation(EraseComplainantDataMutation);
  const [status, setStatus] = useState<string>();
  const errors = fieldIssues(erase.error);
  const confirmed = email.trim() !== '' && confirmation.trim() === email.trim();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    const result = await eraseData({ email: email.trim() });
    if (!result.data) return;
    setStatus(t('admin.data.erased', { count: result.data.eraseComplainantData.erasedComplaints }));
    setEmail('');
    setConfirmation('');
  };

  return (
    <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="erase-title">
      <h2 id="erase-title">{t('admin.data.eraseTitle')}</h2>
      <p class="alert">{t('admin.data.eraseWarning')}</p>
      <TextField id="erase-email" type="email" label={t('admin.data.email')} value={email} onInput={setEmail} error={errors.email} required />
      <TextField id="erase-confirm" type="email" label={t('admin.data.confirmEmail')} hint={t('admin.data.confirmHint')} value={confirmation} onInput={setConfirmation} required />
      {erase.error && !Object.keys(errors).length && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: errorCode(erase.error) ?? '' })}
        </p>
      )}
      <button type="submit" class="danger" disabled={!confirmed || erase.fetching}>
        {t('admin.data.erase')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
