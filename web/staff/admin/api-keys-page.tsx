import { useMutation, useQuery } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { useT } from '../i18n';
import { TextField } from './form-fields';
import { CreatePartnerApiKeyMutation, PartnerApiKeysQuery, RevokePartnerApiKeyMutation, RotatePartnerApiKeyMutation } from './partners.graphql';
import { useSecretMutation } from './secret-mutation';
import { SecretOnce } from './secret-once';
import { useDateTime } from './format';

/** Partner API keys: the list (never a secret), create, rotate and revoke. */
export function ApiKeysPage() {
  const { t } = useT();
  const when = useDateTime();
  const [list, refresh] = useQuery({ query: PartnerApiKeysQuery, requestPolicy: 'network-only' });
  const [create, createKey] = useSecretMutation(CreatePartnerApiKeyMutation);
  const [, rotateKey] = useSecretMutation(RotatePartnerApiKeyMutation);
  const [, revokeKey] = useMutation(RevokePartnerApiKeyMutation);
  const [partnerId, setPartnerId] = useState('');
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<{ apiKey: string; label: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const errors = fieldIssues(create.error);
  const title = useRef<HTMLHeadingElement>(null);
  const reload = () => refresh({ requestPolicy: 'network-only' });

  const onCreate = async (event: Event) => {
    event.preventDefault();
    const result = await createKey({ partnerId: partnerId.trim(), name: name.trim() });
    if (!result.data) return;
    setIssued({ apiKey: result.data.createPartnerApiKey.apiKey, label: t('admin.keys.created', { id: result.data.createPartnerApiKey.key.id }) });
    setPartnerId('');
    setName('');
    reload();
  };

  const rotate = async (id: string) => {
    const result = await rotateKey({ id });
    setFailure(result.error ? errorCode(result.error) : undefined);
    if (result.data) setIssued({ apiKey: result.data.rotatePartnerApiKey.apiKey, label: t('admin.keys.rotated', { id }) });
    reload();
  };

  const revoke = async (id: string) => {
    const result = await revokeKey({ id });
    setFailure(result.error ? errorCode(result.error) : undefined);
    setConfirming(undefined);
    reload();
  };

  const keys = list.data?.partnerApiKeys ?? [];
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title" ref={title} tabIndex={-1}>
        {t('admin.keys.title')}
      </h2>
      <p class="hint">{t('admin.keys.intro')}</p>
      {issued && (
        <SecretOnce
          value={issued.apiKey}
          label={issued.label}
          onDone={() => {
            setIssued(undefined);
            // The focus was on the button that goes with the secret: back to the top of the section.
            title.current?.focus();
          }}
        />
      )}
      {failure && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: failure })}
        </p>
      )}
      {list.error && (
        <p class="alert" role="alert">
          {t('admin.loadFailed', { code: errorCode(list.error) ?? '' })}
        </p>
      )}
      <div class="table-wrap">
        <table>
          <caption>{t('admin.keys.listCaption', { count: keys.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.keys.id')}</th>
              <th scope="col">{t('admin.keys.partner')}</th>
              <th scope="col">{t('admin.keys.name')}</th>
              <th scope="col">{t('admin.keys.status')}</th>
              <th scope="col">{t('admin.keys.createdAt')}</th>
              <th scope="col">{t('admin.keys.rotatedAt')}</th>
              <th scope="col">{t('admin.keys.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td class="mono">{k.id}</td>
                <td>{k.partnerId}</td>
                <td>{k.name}</td>
                <td>{k.status === 'ACTIVE' ? t('admin.keys.active') : t('admin.keys.revoked', { at: when(k.revokedAt) })}</td>
                <td>{when(k.createdAt)}</td>
                <td>{when(k.rotatedAt)}</td>
                <td class="actions">
                  {k.status === 'ACTIVE' && confirming !== k.id && (
                    <>
                      <button type="button" onClick={() => void rotate(k.id)}>
                        {t('admin.keys.rotate')}
                        <span class="visually-hidden"> {k.name}</span>
                      </button>
                      <button type="button" class="danger" onClick={() => setConfirming(k.id)}>
                        {t('admin.keys.revoke')}
                        <span class="visually-hidden"> {k.name}</span>
                      </button>
                    </>
                  )}
                  {confirming === k.id && (
                    <span role="group" aria-label={t('admin.keys.confirmRevoke', { name: k.name })}>
                      <span>{t('admin.keys.confirmRevoke', { name: k.name })}</span>{' '}
                      <button type="button" class="danger" onClick={() => void revoke(k.id)}>
                        {t('admin.keys.confirmRevokeButton')}
                      </button>
                      <button type="button" onClick={() => setConfirming(undefined)}>
                        {t('admin.cancel')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form class="card" onSubmit={(e) => void onCreate(e)} noValidate aria-labelledby="new-key-title">
        <h3 id="new-key-title">{t('admin.keys.new')}</h3>
        <TextField id="key-partner" label={t('admin.keys.partner')} value={partnerId} onInput={setPartnerId} error={errors.partnerId} required />
        <TextField id="key-name" label={t('admin.keys.name')} value={name} onInput={setName} error={errors.name} required />
        {create.error && !Object.keys(errors).length && (
          <p class="alert" role="alert">
            {t('admin.actionFailed', { code: errorCode(create.error) ?? '' })}
          </p>
        )}
        <button type="submit" class="primary" disabled={create.fetching}>
          {t('admin.keys.create')}
        </button>
      </form>
    </section>
  );
}
