import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { VerifyHistoryQuery } from '../../generated/graphql';
import { useT } from '../i18n';
import { VerifyHistory } from './case.graphql';
import { later } from '../layout/later';

/** Checks the complaint's history against its hash chain and the signed daily digests, on demand. */
export function HistoryCheck({ complaintId }: { complaintId: string }) {
  const { t } = useT();
  const client = useClient();
  const [result, setResult] = useState<VerifyHistoryQuery['verifyComplaintHistory'] | 'failed'>();
  const [busy, setBusy] = useState(false);
  return (
    <section class="card" aria-labelledby="case-verify">
      <h2 id="case-verify">{t('verify.title')}</h2>
      <p class="hint">{t('verify.explain')}</p>
      <button
        type="button"
        disabled={busy}
        onClick={later(async () => {
          setBusy(true);
          const r = await client.query(VerifyHistory, { id: complaintId }, { requestPolicy: 'network-only' }).toPromise();
          setBusy(false);
          setResult(r.data?.verifyComplaintHistory ?? 'failed');
        })}
      >
        {t('verify.run')}
      </button>
      <div aria-live="polite">
        {result === 'failed' && <p class="alert">{t('stepError.OTHER')}</p>}
        {result && result !== 'failed' && (
          <p class={result.verified ? 'notice' : 'alert'}>
            {result.verified
              ? t('verify.ok', { entries: result.entries })
              : t('verify.problem', { code: result.problem?.code ?? '', version: result.problem?.version ?? '' })}
          </p>
        )}
      </div>
    </section>
  );
}
