import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import type { Channel, Language, Priority, SubmitComplaintInput } from '../../generated/graphql';
import { useWorkspace } from '../layout/workspace';
import { useT, type MessageKey } from '../i18n';
import { SubmitByStaff } from './lists.graphql';
import { later } from '../layout/later';

/** The channels staff record complaints from; WEB and PARTNER_API arrive by themselves. */
const STAFF_CHANNELS: Channel[] = ['PHONE', 'LETTER', 'IN_PERSON', 'EMAIL', 'CHAT', 'SOCIAL_MEDIA'];
const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

type Field = 'complainant.name' | 'complainant.email' | 'complainant.phone' | 'complainant.postalAddress' | 'respondent.name' | 'respondent.address' | 'category' | 'product' | 'region' | 'facts' | 'remedyRequested' | 'occurredOn';

const blank = { name: '', email: '', phone: '', postalAddress: '', language: 'ZH_CN' as Language, respondent: '', respondentAddress: '', category: '', product: '', region: '', facts: '', remedyRequested: '', occurredOn: '', channel: 'PHONE' as Channel, priority: 'NORMAL' as Priority };

/** A complaint received by phone, letter or in person, recorded by staff, who also set its channel and priority. */
export function NewComplaintPage() {
  const { t } = useT();
  const client = useClient();
  const { categories } = useWorkspace();
  const [form, setForm] = useState(blank);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<{ id: string; reference: string; accessCode: string }>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof blank) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const optional = (v: string) => v.trim() || undefined;

  if (done) {
    return (
      <>
        <h1>{t('new.done.title')}</h1>
        <div class="notice" role="status">
          <p>{t('new.done.reference', { reference: done.reference })}</p>
          <p>
            {t('new.done.accessCode')} <code class="access-code">{done.accessCode}</code>
          </p>
          <p>{t('new.done.tell')}</p>
        </div>
        <p>
          <Link href={`/complaints/${done.id}`}>{t('new.done.open')}</Link>
        </p>
        <button type="button" onClick={() => (setForm(blank), setDone(undefined))}>
          {t('new.done.another')}
        </button>
      </>
    );
  }

  const field = (name: Field, key: keyof typeof blank, label: MessageKey, opts: { required?: boolean; multiline?: boolean; type?: string; list?: string } = {}) => {
    const id = `new-${name.replace('.', '-')}`;
    const issue = issues[`input.${name}`];
    const props = { id, value: form[key], required: opts.required, 'aria-invalid': issue ? true : undefined, 'aria-describedby': issue ? `${id}-error` : undefined, onInput: set(key) };
    return (
      <div class="field">
        <label for={id}>
          {t(label)}
          {!opts.required && <span class="muted"> {t('new.optional')}</span>}
        </label>
        {opts.multiline ? <textarea {...props} /> : <input {...props} type={opts.type ?? 'text'} list={opts.list} />}
        {issue && (
          <p class="field-error" id={`${id}-error`}>
            {t('check.invalid', { problem: issue })}
          </p>
        )}
      </div>
    );
  };

  return (
    <>
      <h1>{t('new.title')}</h1>
      <p class="hint">{t('new.intro')}</p>
      <form
        noValidate
        onSubmit={later(async (e) => {
          e.preventDefault();
          setBusy(true);
          const input: SubmitComplaintInput = {
            channel: form.channel,
            priority: form.priority,
            complainant: { name: form.name, email: optional(form.email), phone: optional(form.phone), postalAddress: optional(form.postalAddress), preferredLanguage: form.language },
            respondent: { name: form.respondent, address: optional(form.respondentAddress) },
            category: form.category,
            product: optional(form.product),
            region: optional(form.region),
            facts: form.facts,
            remedyRequested: form.remedyRequested,
            occurredOn: optional(form.occurredOn),
          };
          const result = await client.mutation(SubmitByStaff, { input }).toPromise();
          setBusy(false);
          const submitted = result.data?.submitComplaint;
          if (submitted) {
            setDone({ id: submitted.complaint.id, reference: submitted.reference, accessCode: submitted.accessCode });
            return;
          }
          setIssues(fieldIssues(result.error));
          setFailure(errorCode(result.error));
        })}
      >
        <fieldset>
          <legend>{t('new.how')}</legend>
          <label for="new-channel">{t('case.channel')}</label>
          <select id="new-channel" value={form.channel} onChange={set('channel')}>
            {STAFF_CHANNELS.map((c) => (
              <option value={c}>{t(`channel.${c}`)}</option>
            ))}
          </select>
          <label for="new-priority">{t('case.priority')}</label>
          <select id="new-priority" value={form.priority} onChange={set('priority')}>
            {PRIORITIES.map((p) => (
              <option value={p}>{t(`priority.${p}`)}</option>
            ))}
          </select>
        </fieldset>
        <fieldset>
          <legend>{t('case.contact')}</legend>
          {field('complainant.name', 'name', 'case.name', { required: true })}
          {field('complainant.email', 'email', 'case.email', { type: 'email' })}
          {field('complainant.phone', 'phone', 'case.phone', { type: 'tel' })}
          {field('complainant.postalAddress', 'postalAddress', 'case.address')}
          <label for="new-language">{t('case.language')}</label>
          <select id="new-language" value={form.language} onChange={set('language')}>
            <option value="ZH_CN">{t('language.ZH_CN')}</option>
            <option value="EN">{t('language.EN')}</option>
          </select>
        </fieldset>
        <fieldset>
          <legend>{t('case.respondent')}</legend>
          {field('respondent.name', 'respondent', 'case.respondentName', { required: true })}
          {field('respondent.address', 'respondentAddress', 'case.address')}
        </fieldset>
        <fieldset>
          <legend>{t('case.about')}</legend>
          {field('category', 'category', 'case.category', { required: true, list: 'new-categories' })}
          <datalist id="new-categories">
            {categories.map((c) => (
              <option value={c} />
            ))}
          </datalist>
          {field('product', 'product', 'case.product')}
          {field('region', 'region', 'case.region')}
          {field('occurredOn', 'occurredOn', 'case.occurredOn', { type: 'date' })}
          {field('facts', 'facts', 'case.facts', { required: true, multiline: true })}
          {field('remedyRequested', 'remedyRequested', 'case.remedyRequested', { required: true, multiline: true })}
        </fieldset>
        {failure && (
          <p class="alert" role="alert">
            {t(failure === 'BAD_USER_INPUT' ? 'new.fix' : 'stepError.OTHER')}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t('new.submit')}
        </button>
      </form>
    </>
  );
}
