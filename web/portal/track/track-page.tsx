import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useSearch } from 'wouter-preact';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import { AttachFiles, type Credentials } from '../files/attachments';
import { TextField, useFieldProblems } from '../fields';
import { normalizeReference } from '../format';
import type { TrackingFieldsFragment } from '../generated/graphql';
import { useT, type MessageKey } from '../i18n';
import { checkText, problemOf } from '../issues';
import { TrackQuery } from '../operations';
import { usePageTitle } from '../page-title';
import { AnswerRequest, GiveFeedback, Withdraw } from './complainant-actions';
import { DeadlinesSection, DecisionSection, FilesList, FinalResponsesSection, StatusSection, TimelineSection } from './tracking-view';

const CLOSED_TO_FILES = new Set(['CLOSED', 'REJECTED', 'WITHDRAWN']);

/** The complaint as its complainant sees it, with the steps open to them now. */
function TrackedComplaint({ credentials, initial, onLeave }: { credentials: Credentials; initial: TrackingFieldsFragment; onLeave: () => void }) {
  const { t } = useT();
  const client = useClient();
  const [tracking, setTracking] = useState(initial);
  const [said, setSaid] = useState<MessageKey | undefined>();
  const status = useRef<HTMLDivElement>(null);

  const done = (next: TrackingFieldsFragment, message: MessageKey) => {
    setTracking(next);
    setSaid(message);
    status.current?.focus();
  };
  const reread = async () => {
    const result = await client.query(TrackQuery, credentials, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) setTracking(result.data.trackComplaint);
  };
  const actionProps = { credentials, tracking, onDone: done, onStale: () => void reread() };

  return (
    <>
      <div ref={status} tabIndex={-1} class="status-anchor">
        <p role="status" class={said ? 'notice' : 'visually-hidden'}>{said ? t(said) : ''}</p>
        <StatusSection tracking={tracking} />
      </div>
      {tracking.canAnswerRequest && tracking.pendingRequest && <AnswerRequest {...actionProps} />}
      {tracking.canGiveFeedback && <GiveFeedback {...actionProps} />}
      <DeadlinesSection tracking={tracking} />
      <DecisionSection tracking={tracking} />
      <FinalResponsesSection tracking={tracking} />
      <TimelineSection tracking={tracking} />
      <section aria-labelledby="files-title">
        <h2 id="files-title">{t('track.files')}</h2>
        <FilesList tracking={tracking} />
        {!CLOSED_TO_FILES.has(tracking.status) && (
          <>
            <h3>{t('track.files.add')}</h3>
            <AttachFiles credentials={credentials} onAttached={(next) => setTracking(next)} />
          </>
        )}
      </section>
      {tracking.canWithdraw && <Withdraw {...actionProps} />}
      <p>
        <button type="button" onClick={onLeave}>{t('track.another')}</button>
      </p>
    </>
  );
}

export default function TrackPage() {
  const { t } = useT();
  const client = useClient();
  const search = useSearch();
  const [reference, setReference] = useState(() => new URLSearchParams(search).get('reference') ?? '');
  // The access code lives in this component's memory only: never in a URL, storage or history.
  const [accessCode, setAccessCode] = useState('');
  const { show, clear, error } = useFieldProblems();
  const [failure, setFailure] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ credentials: Credentials; tracking: TrackingFieldsFragment } | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(found ? t('track.titleOf', { reference: found.credentials.reference }) : t('track.title'));

  const lookUp = async (e: Event) => {
    e.preventDefault();
    setFailure(undefined);
    const checked = { reference: checkText(reference, 100, true), accessCode: checkText(accessCode, 100, true) };
    if (checked.reference || checked.accessCode) return show(checked);
    const credentials = { reference: normalizeReference(reference), accessCode: accessCode.trim() };
    setBusy(true);
    const result = await client.query(TrackQuery, credentials, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.data) {
      clear();
      setFound({ credentials, tracking: result.data.trackComplaint });
      // The form is gone: the heading, now naming the complaint, takes the focus.
      setTimeout(() => heading.current?.focus(), 0);
      return;
    }
    const code = errorCode(result.error);
    if (code === 'NOT_FOUND') return show({ accessCode: { key: 'track.error.notFound' } });
    if (code === 'BAD_USER_INPUT') {
      const issues = fieldIssues(result.error);
      return show(Object.fromEntries(Object.entries(issues).map(([path, message]) => [path, problemOf(message)])));
    }
    setFailure(code === 'NETWORK' ? 'action.failed.network' : code === 'RATE_LIMITED' ? 'submit.failed.busy' : 'action.failed.other');
  };

  const leave = () => {
    setFound(undefined);
    setAccessCode('');
    setTimeout(() => heading.current?.focus(), 0);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{found ? t('track.titleOf', { reference: found.credentials.reference }) : t('track.title')}</h1>
      {found ? (
        <TrackedComplaint credentials={found.credentials} initial={found.tracking} onLeave={leave} />
      ) : (
        <>
          <p>{t('track.intro')}</p>
          {failure && <p class="alert" role="alert">{t(failure)}</p>}
          <form noValidate onSubmit={(e) => void lookUp(e)} class="track-form">
            <TextField id="reference" label={t('track.reference')} hint={t('track.reference.hint')} value={reference} onValue={setReference} error={error('reference')} autocomplete="off" />
            <TextField id="accessCode" label={t('track.accessCode')} hint={t('track.accessCode.hint')} value={accessCode} onValue={setAccessCode} error={error('accessCode')} autocomplete="off" />
            <button type="submit" class="primary" disabled={busy}>{busy ? t('track.looking') : t('track.lookUp')}</button>
          </form>
        </>
      )}
    </>
  );
}
