import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { AnalyticsDimension, ImprovementActionFieldsFragment, ImprovementActionStatus } from '../../generated/graphql';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { FieldError, SelectField, TextField, describedBy, lines } from '../admin/form-fields';
import { useT, type MessageKey } from '../i18n';
import { CreateImprovementActionMutation, ImprovementActionsQuery } from './analytics.graphql';
import { DIMENSIONS } from './dashboard-page';
import { EffectSummary } from './action-effect';

export const STATUSES: readonly ImprovementActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** Improvement actions: what the organization changes because of its complaints, and whether complaints fell after. */
export function ActionsPage() {
  const { t } = useT();
  const [status, setStatus] = useState<ImprovementActionStatus | ''>('');
  const [list, refresh] = useQuery({ query: ImprovementActionsQuery, variables: { status: status || null }, requestPolicy: 'network-only' });
  const actions = list.data?.improvementActions ?? [];
  const staff = list.data?.organizationSettings.staff ?? [];
  const ownerName = (id: string) => staff.find((m) => m.id === id)?.name ?? id;
  return (
    <>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('analytics.actions.title')}</h2>
        <p class="hint">{t('analytics.actions.intro')}</p>
        <SelectField id="actions-status" label={t('analytics.actions.filter')} value={status} onChange={(s) => setStatus(s as ImprovementActionStatus | '')}>
          <option value="">{t('analytics.actions.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`analytics.status.${s}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        {list.error && (
          <p class="alert" role="alert">
            {t('analytics.loadFailed', { code: errorCode(list.error) ?? '' })}
          </p>
        )}
        <div class="table-wrap">
          <table>
            <caption>{t('analytics.actions.caption', { count: actions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analytics.actions.titleField')}</th>
                <th scope="col">{t('analytics.actions.scope')}</th>
                <th scope="col">{t('analytics.actions.owner')}</th>
                <th scope="col">{t('analytics.actions.dueOn')}</th>
                <th scope="col">{t('analytics.actions.status')}</th>
                <th scope="col">{t('analytics.actions.effectiveOn')}</th>
                <th scope="col">{t('analytics.actions.effect')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/actions/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                  </td>
                  <td>{scopeText(t, a)}</td>
                  <td>{ownerName(a.ownerId)}</td>
                  <td>{a.dueOn}</td>
                  <td>{t(`analytics.status.${a.status}` as MessageKey)}</td>
                  <td>{a.effectiveOn ?? '–'}</td>
                  <td>
                    <EffectSummary effect={a.effect} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <CreateAction staff={staff} onCreated={() => refresh({ requestPolicy: 'network-only' })} />
    </>
  );
}

export const scopeText = (t: (k: MessageKey) => string, a: Pick<ImprovementActionFieldsFragment, 'scope'>) =>
  a.scope.dimension === 'ALL' ? t('analytics.dimension.ALL') : `${t(`analytics.dimension.${a.scope.dimension}` as MessageKey)}: ${a.scope.key}`;

function CreateAction({ staff, onCreated }: { staff: Array<{ id: string; name: string }>; onCreated: () => void }) {
  const { t } = useT();
  const blank = { title: '', description: '', dimension: 'CATEGORY' as AnalyticsDimension, key: '', ownerId: '', dueOn: '', complaintIds: '' };
  const [form, setForm] = useState(blank);
  const [created, setCreated] = useState<string>();
  const [create, createAction] = useMutation(CreateImprovementActionMutation);
  const errors = fieldIssues(create.error);
  const e = (f: string) => errors[`input.${f}`];
  // The API names a refused id by its place in the list sent (input.complaintIds.2): shown by the id itself.
  const sent = create.operation?.variables.input.complaintIds ?? [];
  const idIssues = Object.entries(errors)
    .filter(([field]) => field === 'input.complaintIds' || field.startsWith('input.complaintIds.'))
    .map(([field, message]) => {
      const id = sent[Number(field.slice('input.complaintIds.'.length))];
      return field === 'input.complaintIds' || id === undefined ? message : t('analytics.actions.complaintIdIssue', { id, message });
    });
  const idsError = idIssues.length ? idIssues.join(t('admin.listSeparator')) : undefined;
  const set = (field: keyof typeof blank) => (value: string) => setForm((x) => ({ ...x, [field]: value }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const result = await createAction({
      input: {
        title: form.title.trim(),
        description: form.description.trim() || null,
        dimension: form.dimension,
        key: form.dimension === 'ALL' ? null : form.key.trim(),
        ownerId: form.ownerId,
        dueOn: form.dueOn,
        complaintIds: lines(form.complaintIds),
      },
    });
    if (!result.data) return;
    setCreated(t('analytics.actions.created', { title: form.title.trim() }));
    setForm(blank);
    onCreated();
  };

  return (
    <form class="card" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="new-action-title">
      <h2 id="new-action-title">{t('analytics.actions.new')}</h2>
      <TextField id="action-title" label={t('analytics.actions.titleField')} value={form.title} onInput={set('title')} error={e('title')} required />
      <div class="field">
        <label for="action-description">{t('analytics.actions.description')}</label>
        <textarea id="action-description" value={form.description} {...describedBy('action-description', e('description'))} onInput={(ev) => set('description')(ev.currentTarget.value)} />
        <FieldError id="action-description" error={e('description')} />
      </div>
      <div class="grid">
        <SelectField id="action-dimension" label={t('analytics.actions.dimension')} value={form.dimension} onChange={set('dimension')} error={e('dimension')}>
          {(['ALL', ...DIMENSIONS] as AnalyticsDimension[]).map((d) => (
            <option key={d} value={d}>
              {t(`analytics.dimension.${d}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        {form.dimension !== 'ALL' && <TextField id="action-key" label={t('analytics.actions.key')} hint={t('analytics.actions.keyHint')} value={form.key} onInput={set('key')} error={e('key')} />}
        <SelectField id="action-owner" label={t('analytics.actions.owner')} value={form.ownerId} onChange={set('ownerId')} error={e('ownerId')}>
          <option value="">{t('admin.choose')}</option>
          {staff.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField id="action-due" type="date" label={t('analytics.actions.dueOn')} value={form.dueOn} onInput={set('dueOn')} error={e('dueOn')} required />
      </div>
      <div class="field">
        <label for="action-complaints">{t('analytics.actions.complaintIds')}</label>
        <textarea
          id="action-complaints"
          value={form.complaintIds}
          aria-invalid={idsError ? true : undefined}
          aria-describedby={idsError ? 'action-complaints-hint action-complaints-error' : 'action-complaints-hint'}
          onInput={(ev) => set('complaintIds')(ev.currentTarget.value)}
        />
        <p class="hint" id="action-complaints-hint">
          {t('analytics.actions.complaintIdsHint')}
        </p>
        <FieldError id="action-complaints" error={idsError} />
      </div>
      {create.error && !Object.keys(errors).length && (
        <p class="alert" role="alert">
          {t('admin.actionFailed', { code: errorCode(create.error) ?? '' })}
        </p>
      )}
      <button type="submit" class="primary" disabled={create.fetching}>
        {t('analytics.actions.create')}
      </button>
      <p role="status">{created}</p>
    </form>
  );
}
