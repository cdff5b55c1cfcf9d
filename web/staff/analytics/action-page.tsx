import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { ImprovementActionStatus } from '../../generated/graphql';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { SelectField, TextField } from '../admin/form-fields';
import { useT, type MessageKey } from '../i18n';
import { EffectSummary } from './action-effect';
import { STATUSES, scopeText } from './actions-page';
import { ImprovementActionQuery, UpdateImprovementActionMutation } from './analytics.graphql';

/** One improvement action: its scope and measured effect, and its status and effective day to update. */
export function ActionPage({ params }: { params: { id: string } }) {
  const { t } = useT();
  const [{ data, error }, refresh] = useQuery({ query: ImprovementActionQuery, variables: { id: params.id }, requestPolicy: 'network-only' });
  const action = data?.improvementAction;
  const [status, setStatus] = useState<ImprovementActionStatus>('PLANNED');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [update, updateAction] = useMutation(UpdateImprovementActionMutation);
  const [notice, setNotice] = useState<string>();
  // Kept apart from update.error, which stays until the next save: the warning goes once the action is reloaded.
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (!action) return;
    setStatus(action.status);
    setEffectiveOn(action.effectiveOn ?? '');
  }, [action?.version]);

  if (error) return <p class="alert" role="alert">{t('analytics.loadFailed', { code: errorCode(error) ?? '' })}</p>;
  if (!data) return <p role="status">{t('admin.loading')}</p>;
  if (!action) return <p class="alert" role="alert">{t('analytics.actions.notFound')}</p>;

  const errors = fieldIssues(update.error);
  const refused = update.error && errorCode(update.error) !== 'CONFLICT';
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setNotice(undefined);
    const result = await updateAction({ input: { id: action.id, expectedVersion: action.version, status, effectiveOn: effectiveOn || null } });
    setConflict(errorCode(result.error) === 'CONFLICT');
    if (result.data) setNotice(t('analytics.actions.updated', { version: result.data.updateImprovementAction.version }));
  };

  return (
    <section aria-labelledby="action-title">
      <p>
        <Link href="/actions">{t('analytics.actions.back')}</Link>
      </p>
      <h2 id="action-title">{action.title}</h2>
      {action.description && <p>{action.description}</p>}
      <dl class="facts">
        <dt>{t('analytics.actions.scope')}</dt>
        <dd>{scopeText(t, action)}</dd>
        <dt>{t('analytics.actions.dueOn')}</dt>
        <dd>{action.dueOn}</dd>
        <dt>{t('analytics.actions.status')}</dt>
        <dd>{t(`analytics.status.${action.status}` as MessageKey)}</dd>
        <dt>{t('analytics.actions.effectiveOn')}</dt>
        <dd>{action.effectiveOn ?? '–'}</dd>
        <dt>{t('analytics.actions.effect')}</dt>
        <dd>
          <EffectSummary effect={action.effect} />
        </dd>
        <dt>{t('analytics.actions.complaintIds')}</dt>
        <dd>{action.complaintIds.length ? action.complaintIds.join(', ') : '–'}</dd>
      </dl>

      <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="update-action-title">
        <h3 id="update-action-title">{t('analytics.actions.update')}</h3>
        {conflict && (
          <div class="alert" role="alert">
            <p>{t('analytics.actions.conflict')}</p>
            <button
              type="button"
              onClick={() => {
                // The button goes with the warning: the focus moves on to the form it is about.
                document.getElementById('update-status')?.focus();
                setConflict(false);
                refresh({ requestPolicy: 'network-only' });
              }}
            >
              {t('analytics.actions.reload')}
            </button>
          </div>
        )}
        <div class="grid">
          <SelectField id="update-status" label={t('analytics.actions.status')} value={status} onChange={(s) => setStatus(s as ImprovementActionStatus)} error={errors['input.status']}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`analytics.status.${s}` as MessageKey)}
              </option>
            ))}
          </SelectField>
          <TextField id="update-effective" type="date" label={t('analytics.actions.effectiveOn')} hint={t('analytics.actions.effectiveHint')} value={effectiveOn} onInput={setEffectiveOn} error={errors['input.effectiveOn']} />
        </div>
        {refused && !Object.keys(errors).length && (
          <p class="alert" role="alert">
            {t('admin.actionFailed', { code: errorCode(update.error) ?? '' })}
          </p>
        )}
        <button type="submit" class="primary" disabled={update.fetching}>
          {t('analytics.actions.save')}
        </button>
        <p role="status">{notice}</p>
      </form>
    </section>
  );
}
