import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { useT } from '../i18n';
import { useDateTime } from './format';
import { TextField } from './form-fields';
import { DeleteWebhookMutation, RegisterWebhookMutation, WebhooksQuery } from './partners.graphql';
import { useSecretMutation } from './secret-mutation';

/** The partners' webhooks: listed without their secrets, registered for a partner, deleted. */
export function WebhooksPage() {
  const { t } = useT();
  const when = useDateTime();
  const [list, refresh] = useQuery({ query: WebhooksQuery, requestPolicy: 'network-only' });
  const [register, registerWebhook] = useSecretMutation(RegisterWebhookMutation);
  const [remove, deleteWebhook] = useMutation(DeleteWebhookMutation);
  const [partnerId, setPartnerId] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [confirming, setConfirming] = useState<string>();
  const [status, setStatus] = useState<string>();
  const errors = fieldIssues(register.error);
  const reload = () => refresh({ requestPolicy: 'network-only' });

  const onRegister = async (event: Event) => {
    event.preventDefault();
    const result = await registerWebhook({ partnerId: partnerId.trim(), url: url.trim(), secret });
    if (!result.data) return;
    setStatus(t('admin.webhooks.registered', { partner: result.data.registerWebhook.partnerId }));
    setPartnerId('');
    setUrl('');
    setSecret('');
    reload();
  };

  const onDelete = async (partner: string) => {
    const result = await deleteWebhook({ partnerId: partner });
    setConfirming(undefined);
    if (result.data) setStatus(t('admin.webhooks.deleted', { partner }));
    reload();
  };

  const webhooks = list.data?.webhooks ?? [];
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('admin.webhooks.title')}</h2>
      <p class="hint">{t('admin.webhooks.intro')}</p>
      <p role="status">{status}</p>
      {(list.error || remove.error) && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: errorCode(list.error ?? remove.error) ?? '' })}
        </p>
      )}
      <div class="table-wrap">
        <table>
          <caption>{t('admin.webhooks.listCaption', { count: webhooks.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.webhooks.partner')}</th>
              <th scope="col">{t('admin.webhooks.url')}</th>
              <th scope="col">{t('admin.webhooks.createdAt')}</th>
              <th scope="col">{t('admin.keys.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((w) => (
              <tr key={w.partnerId}>
                <td>{w.partnerId}</td>
                <td class="mono">{w.url}</td>
                <td>{when(w.createdAt)}</td>
                <td class="actions">
                  {confirming === w.partnerId ? (
                    <span role="group" aria-label={t('admin.webhooks.confirmDelete', { partner: w.partnerId })}>
                      <span>{t('admin.webhooks.confirmDelete', { partner: w.partnerId })}</span>{' '}
                      <button type="button" class="danger" onClick={() => void onDelete(w.partnerId)}>
                        {t('admin.webhooks.confirmDeleteButton')}
                      </button>
                      <button type="button" onClick={() => setConfirming(undefined)}>
                        {t('admin.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" class="danger" onClick={() => setConfirming(w.partnerId)}>
                      {t('admin.webhooks.delete')}
                      <span class="visually-hidden"> {w.partnerId}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form class="card" onSubmit={(e) => void onRegister(e)} noValidate aria-labelledby="new-webhook-title">
        <h3 id="new-webhook-title">{t('admin.webhooks.new')}</h3>
        <p class="hint">{t('admin.webhooks.replaceHint')}</p>
        <TextField id="webhook-partner" label={t('admin.webhooks.partner')} value={partnerId} onInput={setPartnerId} error={errors.partnerId} required />
        <TextField id="webhook-url" type="url" label={t('admin.webhooks.url')} hint={t('admin.webhooks.urlHint')} value={url} onInput={setUrl} error={errors.url} required />
        <TextField id="webhook-secret" type="password" label={t('admin.webhooks.secret')} hint={t('admin.webhooks.secretHint')} value={secret} onInput={setSecret} error={errors.secret} autoComplete="new-password" required />
        {register.error && !Object.keys(errors).length && (
          <p class="alert" role="alert">
            {t('admin.actionFailed', { code: errorCode(register.error) ?? '' })}
          </p>
        )}
        <button type="submit" class="primary" disabled={register.fetching}>
          {t('admin.webhooks.register')}
        </button>
      </form>
    </section>
  );
}
