import { useClient, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { FileChooser } from '../files/attachments';
import { focusFirst, SelectField, TextField } from '../fields';
import { languageOf, today } from '../format';
import type { Language } from '../generated/graphql';
import { useT, type MessageKey } from '../i18n';
import { wordProblem } from '../issues';
import { CategoriesQuery, SubmitComplaintMutation } from '../operations';
import { usePageTitle } from '../page-title';
import { API_PATH, apiProblems, checkForm, emptyForm, toInput, type ComplaintForm, type FormField, type FormProblems } from './complaint-form';
import { handOverFiles, type Submitted } from './handoff';

const FIELD_ORDER = Object.keys(API_PATH) as FormField[];
/** Each control's label, for the list of problems at the top of the form. */
const LABELS: Record<FormField, MessageKey> = {
  name: 'field.name',
  email: 'field.email',
  phone: 'field.phone',
  postalAddress: 'field.postalAddress',
  respondentName: 'field.respondentName',
  respondentAddress: 'field.respondentAddress',
  category: 'field.category',
  product: 'field.product',
  occurredOn: 'field.occurredOn',
  region: 'field.region',
  facts: 'field.facts',
  remedyRequested: 'field.remedyRequested',
};

/** A key for this filling of the form: a retry after a lost answer returns the complaint already made. */
const newIdempotencyKey = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export default function SubmitPage() {
  const { t, locale } = useT();
  const client = useClient();
  const [, navigate] = useLocation();
  const [{ data: categoriesData }] = useQuery({ query: CategoriesQuery });
  const categories = categoriesData?.complaintCategories ?? [];
  const [form, setForm] = useState<ComplaintForm>(() => emptyForm(locale));
  const [languageChosen, setLanguageChosen] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<FormProblems>({});
  const [otherIssues, setOtherIssues] = useState<string[]>([]);
  const [failure, setFailure] = useState<MessageKey | undefined>();
  const [sending, setSending] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  usePageTitle(t('submit.title'));

  // Until the complainant picks one, the language of their emails is the page's.
  useEffect(() => {
    if (!languageChosen) setForm((f) => ({ ...f, preferredLanguage: languageOf(locale) }));
  }, [locale, languageChosen]);

  const set = (field: keyof ComplaintForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const error = (field: FormField) => (problems[field] ? wordProblem(problems[field], t) : undefined);

  const showProblems = (found: FormProblems, other: string[] = []) => {
    setProblems(found);
    setOtherIssues(other);
    const invalid = FIELD_ORDER.filter((f) => found[f]);
    // After the render that shows the messages, so the field is announced with its error.
    setTimeout(() => focusFirst(invalid), 0);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (sending) return;
    setFailure(undefined);
    const found = checkForm(form);
    if (Object.keys(found).length > 0) return showProblems(found);
    setSending(true);
    const result = await client.mutation(SubmitComplaintMutation, { input: toInput(form), idempotencyKey }).toPromise();
    setSending(false);
    const payload = result.data?.submitComplaint;
    if (payload) {
      handOverFiles(files);
      const submitted: Submitted = {
        reference: payload.reference,
        accessCode: payload.accessCode,
        receivedAt: payload.complaint.receivedAt,
        clocks: payload.complaint.clocks,
        emailGiven: form.email.trim() !== '',
      };
      navigate('/submitted', { state: submitted });
      return;
    }
    const code = errorCode(result.error);
    if (code === 'BAD_USER_INPUT') {
      const { problems: fromApi, other } = apiProblems(fieldIssues(result.error));
      return showProblems(fromApi, other);
    }
    setProblems({});
    setFailure(code === 'NETWORK' ? 'submit.failed.network' : code === 'CONFLICT' ? 'submit.failed.conflict' : code === 'RATE_LIMITED' ? 'submit.failed.busy' : 'submit.failed.other');
  };

  const problemCount = Object.keys(problems).length + otherIssues.length;
  return (
    <>
      <h1>{t('submit.title')}</h1>
      <p>{t('submit.intro')}</p>
      <section class="notice" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacy.title')}</h2>
        <p>{t('privacy.use')}</p>
        <p>{t('privacy.rights')}</p>
      </section>
      {problemCount > 0 && (
        <div class="alert" role="alert">
          <p>{t('submit.problems', { count: problemCount })}</p>
          <ul>
            {FIELD_ORDER.filter((f) => problems[f]).map((f) => (
              <li key={f}>
                <a
                  href={`#${f}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(f)?.focus();
                  }}
                >
                  {t(LABELS[f])}
                </a>
              </li>
            ))}
            {otherIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && (
        <p class="alert" role="alert">
          {t(failure)}
        </p>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} class="complaint-form">
        <fieldset>
          <legend>{t('submit.section.you')}</legend>
          <TextField id="name" label={t('field.name')} value={form.name} onValue={set('name')} error={error('name')} autocomplete="name" />
          <TextField id="email" type="email" inputMode="email" label={t('field.email')} hint={t('field.email.hint')} optional value={form.email} onValue={set('email')} error={error('email')} autocomplete="email" />
          <TextField id="phone" type="tel" inputMode="tel" label={t('field.phone')} hint={t('field.phone.hint')} optional value={form.phone} onValue={set('phone')} error={error('phone')} autocomplete="tel" />
          <TextField id="postalAddress" multiline short label={t('field.postalAddress')} optional value={form.postalAddress} onValue={set('postalAddress')} error={error('postalAddress')} autocomplete="street-address" />
          <fieldset class="choices">
            <legend>{t('field.language')}</legend>
            {(['ZH_CN', 'EN'] as Language[]).map((language) => (
              <label key={language} class="choice" lang={language === 'EN' ? 'en' : 'zh-CN'}>
                <input
                  type="radio"
                  name="preferredLanguage"
                  value={language}
                  checked={form.preferredLanguage === language}
                  onChange={() => {
                    setLanguageChosen(true);
                    setForm((f) => ({ ...f, preferredLanguage: language }));
                  }}
                />
                {language === 'EN' ? 'English' : '中文'}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>{t('submit.section.respondent')}</legend>
          <TextField id="respondentName" label={t('field.respondentName')} hint={t('field.respondentName.hint')} value={form.respondentName} onValue={set('respondentName')} error={error('respondentName')} />
          <TextField id="respondentAddress" multiline short label={t('field.respondentAddress')} optional value={form.respondentAddress} onValue={set('respondentAddress')} error={error('respondentAddress')} />
        </fieldset>
        <fieldset>
          <legend>{t('submit.section.complaint')}</legend>
          {categories.length > 0 ? (
            <SelectField id="category" label={t('field.category')} placeholder={t('field.category.choose')} options={categories} value={form.category} onValue={set('category')} error={error('category')} />
          ) : (
            <TextField id="category" label={t('field.category')} hint={t('field.category.hint')} value={form.category} onValue={set('category')} error={error('category')} />
          )}
          <TextField id="product" label={t('field.product')} optional value={form.product} onValue={set('product')} error={error('product')} />
          <TextField id="occurredOn" type="date" label={t('field.occurredOn')} optional max={today()} value={form.occurredOn} onValue={set('occurredOn')} error={error('occurredOn')} />
          <TextField id="region" label={t('field.region')} hint={t('field.region.hint')} optional value={form.region} onValue={set('region')} error={error('region')} autocomplete="address-level1" />
          <TextField id="facts" multiline label={t('field.facts')} hint={t('field.facts.hint')} value={form.facts} onValue={set('facts')} error={error('facts')} />
          <TextField id="remedyRequested" multiline label={t('field.remedyRequested')} hint={t('field.remedyRequested.hint')} value={form.remedyRequested} onValue={set('remedyRequested')} error={error('remedyRequested')} />
        </fieldset>
        <fieldset>
          <legend>{t('submit.section.files')}</legend>
          <FileChooser files={files} onFiles={setFiles} />
        </fieldset>
        <fieldset>
          <legend>{t('submit.section.publish')}</legend>
          <p class="hint" id="consent-text">{t('consent.text')}</p>
          <label class="choice">
            <input
              type="checkbox"
              name="consentToPublishNarrative"
              checked={form.consentToPublishNarrative}
              aria-describedby="consent-text"
              onChange={(e) => setForm((f) => ({ ...f, consentToPublishNarrative: e.currentTarget.checked }))}
            />
            {t('consent.label')}
          </label>
        </fieldset>
        <button type="submit" class="primary submit" disabled={sending}>
          {sending ? t('submit.sending') : t('submit.send')}
        </button>
      </form>
    </>
  );
}
