import type { OperationResult } from '@urql/core';
import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { AdminComplaintExportQuery, ExportFormat } from '../../generated/graphql';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { useT } from '../i18n';
import { downloadText } from './download';
import { SelectField, TextField } from './form-fields';
import { ComplaintExportQuery } from './data.graphql';

/** The API's largest page. */
const PAGE = 1000;

/** Complaints received in a period as one CSV file, read a page at a time and joined in the browser. */
export function ExportPage() {
  const { t } = useT();
  const client = useClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [format, setFormat] = useState<ExportFormat>('FULL');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    setErrors({});
    const parts: string[] = [];
    let rows = 0;
    let after: string | null = null;
    do {
      setStatus(t('admin.export.progress', { rows }));
      const result: OperationResult<AdminComplaintExportQuery> = await client.query(ComplaintExportQuery, { period: { from, to }, format, first: PAGE, after }, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) {
        setBusy(false);
        setStatus(undefined);
        setErrors(fieldIssues(result.error));
        setFailure(errorCode(result.error));
        return;
      }
      const page = result.data.complaintExport;
      parts.push(page.csv);
      rows += page.rows;
      after = page.nextCursor ?? null;
    } while (after);
    // Each page is whole CSV records; the header comes on the first page only.
    downloadText(`complaints-${from}-${to}-${format.toLowerCase()}.csv`, 'text/csv;charset=utf-8', parts.map((p) => (p.endsWith('\n') || p === '' ? p : `${p}\r\n`)).join(''));
    setBusy(false);
    setStatus(t('admin.export.done', { rows }));
  };

  return (
    <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="export-title">
      <h2 id="export-title">{t('admin.export.title')}</h2>
      <p class="hint">{t('admin.export.intro')}</p>
      <div class="grid">
        <TextField id="export-from" type="date" label={t('admin.export.from')} value={from} onInput={setFrom} error={errors['period.from'] ?? errors.period} required />
        <TextField id="export-to" type="date" label={t('admin.export.to')} value={to} onInput={setTo} error={errors['period.to']} required />
        <SelectField id="export-format" label={t('admin.export.format')} value={format} onChange={(f) => setFormat(f as ExportFormat)}>
          <option value="FULL">{t('admin.export.FULL')}</option>
          <option value="OPEN_DATA">{t('admin.export.OPEN_DATA')}</option>
        </SelectField>
      </div>
      {failure && !Object.keys(errors).length && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: failure })}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy || !from || !to}>
        {t('admin.export.download')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
