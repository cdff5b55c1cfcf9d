import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { useT, type MessageKey } from '../i18n';
import { FieldError, SelectField, TextField, describedBy } from './form-fields';
import { OrganizationSettingsQuery, UpdateOrganizationSettingsMutation } from './settings.graphql';
import {
  DURATION_KINDS,
  DURATION_UNITS,
  JURISDICTIONS,
  PRIORITIES,
  REPORT_FREQUENCIES,
  SHIPPED_CALENDARS,
  keepEditsOver,
  toDraft,
  toInput,
  type DraftField,
  type SettingsDraft,
} from './settings-draft';

interface Loaded {
  version: number;
  /** The settings as last read: what the user's edits are measured against. */
  base: SettingsDraft;
}

type Update = (change: (d: SettingsDraft) => SettingsDraft) => void;
type Errors = Record<string, string>;
/** The API names fields from its argument: `input.staff.0.email`. */
const err = (errors: Errors, path: string) => errors[`input.${path}`];

/** Organization settings: one form over every setting, saved as a whole with the version it was read at. */
export function SettingsPage() {
  const { t } = useT();
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>();
  const [draft, setDraft] = useState<SettingsDraft>();
  const [loadError, setLoadError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [save, saveSettings] = useMutation(UpdateOrganizationSettingsMutation);
  const [errors, setErrors] = useState<Errors>({});
  const title = useRef<HTMLHeadingElement>(null);

  const read = async () => {
    const result = await client.query(OrganizationSettingsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) {
      setLoadError(errorCode(result.error));
      return undefined;
    }
    const s = result.data.organizationSettings;
    return { version: s.version, base: toDraft(s) };
  };

  useEffect(() => {
    void read().then((fresh) => {
      if (!fresh) return;
      setLoaded(fresh);
      setDraft(fresh.base);
    });
  }, []);

  if (loadError) return <p class="alert" role="alert">{t('admin.loadFailed', { code: loadError })}</p>;
  if (!loaded || !draft) return <p role="status">{t('admin.loading')}</p>;

  const update: Update = (change) => setDraft((d) => (d ? change(d) : d));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setNotice(undefined);
    const result = await saveSettings({ input: toInput(draft, loaded.version) });
    if (result.data) {
      const version = result.data.updateOrganizationSettings.version;
      setErrors({});
      setConflict(false);
      setLoaded({ version, base: draft });
      setNotice(t('admin.settings.saved', { version }));
      return;
    }
    const code = errorCode(result.error);
    setConflict(code === 'CONFLICT');
    setErrors(fieldIssues(result.error));
  };

  const reloadKeepingEdits = async () => {
    // The button goes with the warning: the focus moves to the top of the form, above the notice of what was loaded and kept.
    title.current?.focus();
    const fresh = await read();
    if (!fresh) return;
    const { draft: merged, kept, overlapping } = keepEditsOver(loaded.base, draft, fresh.base);
    setLoaded(fresh);
    setDraft(merged);
    setConflict(false);
    const names = (fields: DraftField[]) => fields.map((f) => t(`admin.settings.field.${f}` as MessageKey)).join(t('admin.listSeparator'));
    setNotice(
      [
        t('admin.settings.reloaded', { version: fresh.version }),
        kept.length ? t('admin.settings.keptEdits', { fields: names(kept) }) : '',
        overlapping.length ? t('admin.settings.overlapping', { fields: names(overlapping) }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const issues = Object.entries(errors);
  return (
    <form class="settings" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title" ref={title} tabIndex={-1}>
        {t('admin.settings.title')}
      </h2>
      <p class="hint">{t('admin.settings.version', { version: loaded.version })}</p>
      {conflict && (
        <div class="alert" role="alert">
          <p>{t('admin.settings.conflict')}</p>
          <button type="button" onClick={() => void reloadKeepingEdits()}>
            {t('admin.settings.reloadKeep')}
          </button>
        </div>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {issues.length > 0 && (
        <div class="alert" role="alert">
          <p>{t('admin.settings.invalid', { count: issues.length })}</p>
          <ul>
            {issues.map(([field, message]) => (
              <li key={field}>
                <code>{field.replace(/^input\./, '')}</code>: {message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <General draft={draft} update={update} errors={errors} />
      <StaffEditor draft={draft} update={update} errors={errors} />
      <TeamsEditor draft={draft} update={update} errors={errors} />
      <RoutingEditor draft={draft} update={update} errors={errors} />
      <SlaEditor draft={draft} update={update} errors={errors} />
      <CalendarsEditor draft={draft} update={update} errors={errors} />
      <ReportEditor draft={draft} update={update} errors={errors} />

      <div class="actions sticky">
        <button type="submit" class="primary" disabled={save.fetching}>
          {save.fetching ? t('admin.saving') : t('admin.settings.save')}
        </button>
      </div>
    </form>
  );
}

interface EditorProps {
  draft: SettingsDraft;
  update: Update;
  errors: Errors;
}

const replaceAt = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
const removeAt = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);
const moveUp = <T,>(list: T[], i: number) => (i === 0 ? list : [...list.slice(0, i - 1), list[i], list[i - 1], ...list.slice(i + 1)]);

function General({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const set = <K extends DraftField>(field: K) => (value: SettingsDraft[K]) => update((d) => ({ ...d, [field]: value }));
  const calendars = [...SHIPPED_CALENDARS, ...draft.customCalendars.map((c) => c.id).filter(Boolean)];
  return (
    <fieldset>
      <legend>{t('admin.settings.general')}</legend>
      <div class="grid">
        <TextField id="timeZone" label={t('admin.settings.field.timeZone')} hint={t('admin.settings.timeZoneHint')} value={draft.timeZone} onInput={set('timeZone')} error={err(errors, 'timeZone')} />
        <SelectField id="calendarId" label={t('admin.settings.field.calendarId')} value={draft.calendarId} onChange={set('calendarId')} error={err(errors, 'calendarId')}>
          {calendars.map((c) => (
            <option key={c} value={c}>
              {SHIPPED_CALENDARS.includes(c as (typeof SHIPPED_CALENDARS)[number]) ? t(`admin.calendar.${c}` as MessageKey) : c}
            </option>
          ))}
        </SelectField>
        <TextField id="businessHoursStart" type="time" label={t('admin.settings.field.businessHoursStart')} value={draft.businessHoursStart} onInput={set('businessHoursStart')} error={err(errors, 'businessHoursStart')} />
        <TextField id="businessHoursEnd" type="time" label={t('admin.settings.field.businessHoursEnd')} value={draft.businessHoursEnd} onInput={set('businessHoursEnd')} error={err(errors, 'businessHoursEnd')} />
        <TextField id="feedbackWindowDays" type="number" min={1} max={365} label={t('admin.settings.field.feedbackWindowDays')} hint={t('admin.settings.feedbackWindowHint')} value={draft.feedbackWindowDays} onInput={set('feedbackWindowDays')} error={err(errors, 'feedbackWindowDays')} />
        <TextField id="reopenAtOrBelowRating" type="number" min={1} max={5} label={t('admin.settings.field.reopenAtOrBelowRating')} hint={t('admin.settings.reopenHint')} value={draft.reopenAtOrBelowRating} onInput={set('reopenAtOrBelowRating')} error={err(errors, 'reopenAtOrBelowRating')} />
        <SelectField id="managerId" label={t('admin.settings.field.managerId')} value={draft.managerId} onChange={set('managerId')} error={err(errors, 'managerId')}>
          {!draft.managerId && <option value="">{t('admin.none')}</option>}
          {draft.staff.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name || m.id}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset {...describedBy('jurisdictions', err(errors, 'jurisdictions'))}>
        <legend>{t('admin.settings.field.jurisdictions')}</legend>
        {JURISDICTIONS.map((j) => (
          <label key={j} class="check">
            <input
              type="checkbox"
              checked={draft.jurisdictions.includes(j)}
              onChange={(e) => set('jurisdictions')(e.currentTarget.checked ? [...draft.jurisdictions, j] : draft.jurisdictions.filter((x) => x !== j))}
            />
            {t(`admin.jurisdiction.${j}` as MessageKey)}
          </label>
        ))}
        <FieldError id="jurisdictions" error={err(errors, 'jurisdictions')} />
      </fieldset>
      <div class="field">
        <label for="categories">{t('admin.settings.field.categories')}</label>
        <textarea id="categories" value={draft.categories} aria-describedby={`categories-hint${err(errors, 'categories') ? ' categories-error' : ''}`} aria-invalid={err(errors, 'categories') ? true : undefined} onInput={(e) => set('categories')(e.currentTarget.value)} />
        <p class="hint" id="categories-hint">
          {t('admin.settings.categoriesHint')}
        </p>
        <FieldError id="categories" error={err(errors, 'categories') ?? Object.entries(errors).find(([k]) => k.startsWith('input.categories.'))?.[1]} />
      </div>
    </fieldset>
  );
}

function StaffEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const setMember = (i: number, change: Partial<SettingsDraft['staff'][number]>) => update((d) => ({ ...d, staff: replaceAt(d.staff, i, { ...d.staff[i], ...change }) }));
  return (
    <fieldset>
      <legend>{t('admin.settings.field.staff')}</legend>
      <FieldError id="staff" error={err(errors, 'staff')} />
      {draft.staff.map((m, i) => (
        <div class="row" key={i} role="group" aria-label={t('admin.staff.row', { n: i + 1 })}>
          <TextField id={`staff-${i}-id`} label={t('admin.staff.id')} value={m.id} onInput={(id) => setMember(i, { id })} error={err(errors, `staff.${i}.id`)} />
          <TextField id={`staff-${i}-name`} label={t('admin.staff.name')} value={m.name} onInput={(name) => setMember(i, { name })} error={err(errors, `staff.${i}.name`)} />
          <TextField id={`staff-${i}-email`} type="email" label={t('admin.staff.email')} value={m.email} onInput={(email) => setMember(i, { email })} error={err(errors, `staff.${i}.email`)} />
          <SelectField id={`staff-${i}-language`} label={t('admin.staff.language')} value={m.language} onChange={(language) => setMember(i, { language: language as SettingsDraft['staff'][number]['language'] })}>
            <option value="">{t('admin.staff.languageBoth')}</option>
            <option value="ZH_CN">中文</option>
            <option value="EN">English</option>
          </SelectField>
          <button type="button" class="remove" onClick={() => update((d) => ({ ...d, staff: removeAt(d.staff, i) }))}>
            {t('admin.remove')}
            <span class="visually-hidden"> {m.name || m.id}</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((d) => ({ ...d, staff: [...d.staff, { id: '', name: '', email: '', language: '' }] }))}>
        {t('admin.staff.add')}
      </button>
    </fieldset>
  );
}

function TeamsEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const setTeam = (i: number, change: Partial<SettingsDraft['teams'][number]>) => update((d) => ({ ...d, teams: replaceAt(d.teams, i, { ...d.teams[i], ...change }) }));
  const staffIds = draft.staff.map((m) => m.id).filter(Boolean);
  return (
    <fieldset>
      <legend>{t('admin.settings.field.teams')}</legend>
      <FieldError id="teams" error={err(errors, 'teams')} />
      {draft.teams.map((team, i) => {
        const membersError = err(errors, `teams.${i}.memberIds`) ?? Object.entries(errors).find(([k]) => k.startsWith(`input.teams.${i}.memberIds.`))?.[1];
        return (
          <div class="row" key={i} role="group" aria-label={t('admin.teams.row', { n: i + 1 })}>
            <TextField id={`team-${i}-id`} label={t('admin.teams.id')} value={team.id} onInput={(id) => setTeam(i, { id })} />
            <TextField id={`team-${i}-name`} label={t('admin.teams.name')} value={team.name} onInput={(name) => setTeam(i, { name })} />
            <SelectField id={`team-${i}-supervisor`} label={t('admin.teams.supervisor')} value={team.supervisorId} onChange={(supervisorId) => setTeam(i, { supervisorId })} error={err(errors, `teams.${i}.supervisorId`)}>
              <option value="">{t('admin.choose')}</option>
              {staffIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </SelectField>
            <fieldset class="members" {...describedBy(`team-${i}-members`, membersError)}>
              <legend>{t('admin.teams.members')}</legend>
              {staffIds.map((id) => (
                <label key={id} class="check">
                  <input
                    type="checkbox"
                    checked={team.memberIds.includes(id)}
                    onChange={(e) => setTeam(i, { memberIds: e.currentTarget.checked ? [...team.memberIds, id] : team.memberIds.filter((x) => x !== id) })}
                  />
                  {id}
                </label>
              ))}
              <FieldError id={`team-${i}-members`} error={membersError} />
            </fieldset>
            <button type="button" class="remove" onClick={() => update((d) => ({ ...d, teams: removeAt(d.teams, i) }))}>
              {t('admin.remove')}
              <span class="visually-hidden"> {team.name || team.id}</span>
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => update((d) => ({ ...d, teams: [...d.teams, { id: '', name: '', memberIds: [], supervisorId: '' }] }))}>
        {t('admin.teams.add')}
      </button>
    </fieldset>
  );
}

function RoutingEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const setRule = (i: number, change: Partial<SettingsDraft['routingRules'][number]>) => update((d) => ({ ...d, routingRules: replaceAt(d.routingRules, i, { ...d.routingRules[i], ...change }) }));
  return (
    <fieldset>
      <legend>{t('admin.settings.field.routingRules')}</legend>
      <p class="hint">{t('admin.routing.hint')}</p>
      {draft.routingRules.map((rule, i) => (
        <div class="row" key={i} role="group" aria-label={t('admin.routing.row', { n: i + 1 })}>
          <TextField id={`rule-${i}-category`} label={t('admin.routing.category')} value={rule.category} onInput={(category) => setRule(i, { category })} />
          <TextField id={`rule-${i}-respondent`} label={t('admin.routing.respondent')} value={rule.respondent} onInput={(respondent) => setRule(i, { respondent })} />
          <TextField id={`rule-${i}-region`} label={t('admin.routing.region')} value={rule.region} onInput={(region) => setRule(i, { region })} />
          <SelectField id={`rule-${i}-team`} label={t('admin.routing.team')} value={rule.teamId} onChange={(teamId) => setRule(i, { teamId })} error={err(errors, `routingRules.${i}.teamId`)}>
            <option value="">{t('admin.choose')}</option>
            {draft.teams
              .filter((x) => x.id)
              .map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name || x.id}
                </option>
              ))}
          </SelectField>
          <button type="button" disabled={i === 0} onClick={() => update((d) => ({ ...d, routingRules: moveUp(d.routingRules, i) }))}>
            {t('admin.routing.up')}
            <span class="visually-hidden"> {t('admin.routing.row', { n: i + 1 })}</span>
          </button>
          <button type="button" class="remove" onClick={() => update((d) => ({ ...d, routingRules: removeAt(d.routingRules, i) }))}>
            {t('admin.remove')}
            <span class="visually-hidden"> {t('admin.routing.row', { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((d) => ({ ...d, routingRules: [...d.routingRules, { category: '', respondent: '', region: '', teamId: '' }] }))}>
        {t('admin.routing.add')}
      </button>
    </fieldset>
  );
}

function SlaEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  type Target = SettingsDraft['slaTargets'][number];
  const setTarget = (i: number, change: Partial<Target>) => update((d) => ({ ...d, slaTargets: replaceAt(d.slaTargets, i, { ...d.slaTargets[i], ...change }) }));
  const blank = { amount: '', unit: 'WORKING_DAYS' as const };
  return (
    <fieldset>
      <legend>{t('admin.settings.field.slaTargets')}</legend>
      <p class="hint">{t('admin.sla.hint')}</p>
      {draft.slaTargets.map((target, i) => (
        <div class="row" key={i} role="group" aria-label={t('admin.sla.row', { n: i + 1 })}>
          <SelectField id={`sla-${i}-priority`} label={t('admin.sla.priority')} value={target.priority} onChange={(priority) => setTarget(i, { priority: priority as Target['priority'] })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`admin.priority.${p}` as MessageKey)}
              </option>
            ))}
          </SelectField>
          <TextField id={`sla-${i}-category`} label={t('admin.sla.category')} value={target.category} onInput={(category) => setTarget(i, { category })} />
          <div class="durations">
          {DURATION_KINDS.map((kind) => (
            <fieldset class="duration" key={kind}>
              <legend>{t(`admin.sla.${kind}` as MessageKey)}</legend>
              <TextField
                id={`sla-${i}-${kind}-amount`}
                type="number"
                step="any"
                min={0}
                label={t('admin.sla.amount')}
                value={target[kind].amount}
                onInput={(amount) => setTarget(i, { [kind]: { ...target[kind], amount } })}
                error={err(errors, `slaTargets.${i}.${kind}.amount`)}
              />
              <SelectField id={`sla-${i}-${kind}-unit`} label={t('admin.sla.unit')} value={target[kind].unit} onChange={(unit) => setTarget(i, { [kind]: { ...target[kind], unit } })}>
                {DURATION_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {t(`admin.unit.${u}` as MessageKey)}
                  </option>
                ))}
              </SelectField>
            </fieldset>
          ))}
          </div>
          <button type="button" class="remove" onClick={() => update((d) => ({ ...d, slaTargets: removeAt(d.slaTargets, i) }))}>
            {t('admin.remove')}
            <span class="visually-hidden"> {t('admin.sla.row', { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((d) => ({ ...d, slaTargets: [...d.slaTargets, { category: '', priority: 'NORMAL', acceptanceDecision: blank, firstResponse: blank, resolution: blank }] }))}>
        {t('admin.sla.add')}
      </button>
    </fieldset>
  );
}

function CalendarsEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const setCalendar = (i: number, change: Partial<SettingsDraft['customCalendars'][number]>) =>
    update((d) => ({ ...d, customCalendars: replaceAt(d.customCalendars, i, { ...d.customCalendars[i], ...change }) }));
  return (
    <fieldset>
      <legend>{t('admin.settings.field.customCalendars')}</legend>
      <p class="hint">{t('admin.calendars.hint')}</p>
      {draft.customCalendars.map((c, i) => (
        <div class="row" key={i} role="group" aria-label={t('admin.calendars.row', { n: i + 1 })}>
          <TextField id={`calendar-${i}-id`} label={t('admin.calendars.id')} value={c.id} onInput={(id) => setCalendar(i, { id })} error={err(errors, `customCalendars.${i}`)} />
          <div class="field">
            <label for={`calendar-${i}-holidays`}>{t('admin.calendars.holidays')}</label>
            <textarea id={`calendar-${i}-holidays`} value={c.holidays} onInput={(e) => setCalendar(i, { holidays: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for={`calendar-${i}-makeup`}>{t('admin.calendars.makeUp')}</label>
            <textarea id={`calendar-${i}-makeup`} value={c.makeUpWorkingDays} onInput={(e) => setCalendar(i, { makeUpWorkingDays: e.currentTarget.value })} />
          </div>
          <button type="button" class="remove" onClick={() => update((d) => ({ ...d, customCalendars: removeAt(d.customCalendars, i) }))}>
            {t('admin.remove')}
            <span class="visually-hidden"> {c.id}</span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => update((d) => ({ ...d, customCalendars: [...d.customCalendars, { id: '', holidays: '', makeUpWorkingDays: '' }] }))}>
        {t('admin.calendars.add')}
      </button>
    </fieldset>
  );
}

function ReportEditor({ draft, update, errors }: EditorProps) {
  const { t } = useT();
  const report = draft.evaluationReport;
  const setReport = (change: Partial<SettingsDraft['evaluationReport']>) => update((d) => ({ ...d, evaluationReport: { ...d.evaluationReport, ...change } }));
  const recipientsError = err(errors, 'evaluationReport.recipientIds') ?? Object.entries(errors).find(([k]) => k.startsWith('input.evaluationReport.recipientIds.'))?.[1];
  return (
    <fieldset>
      <legend>{t('admin.settings.field.evaluationReport')}</legend>
      <SelectField id="report-frequency" label={t('admin.report.frequency')} value={report.frequency} onChange={(frequency) => setReport({ frequency: frequency as typeof report.frequency })}>
        {REPORT_FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {t(`admin.report.${f}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <fieldset {...describedBy('report-recipients', recipientsError)}>
        <legend>{t('admin.report.recipients')}</legend>
        {draft.staff
          .filter((m) => m.id)
          .map((m) => (
            <label key={m.id} class="check">
              <input
                type="checkbox"
                checked={report.recipientIds.includes(m.id)}
                onChange={(e) => setReport({ recipientIds: e.currentTarget.checked ? [...report.recipientIds, m.id] : report.recipientIds.filter((x) => x !== m.id) })}
              />
              {m.name || m.id}
            </label>
          ))}
        <FieldError id="report-recipients" error={recipientsError} />
      </fieldset>
    </fieldset>
  );
}
