import { useMutation, useQuery } from '@urql/preact';
import { Link } from 'wouter-preact';
import { errorCode } from '../../shared/api-errors';
import { readFailureKey, StepError } from '../case/steps/step-panel';
import { dateTimeIn, fileSize } from '../layout/format';
import { useWorkspace } from '../layout/workspace';
import { useT } from '../i18n';
import { InboundEmailQuery, ReprocessInboundEmail } from './inbox.graphql';
import { AuthenticationBadge, ReasonText, StateBadge, VerdictsTable } from './inbox-parts';
import { mayReprocess } from './inbox-rules';

/**
 * One received email at /inbox/:id: what became of it and why, its verdicts, and its text as
 * plain text (Preact escapes it; the page never renders the message's HTML or its attachments).
 */
export function InboundEmailPage({ params }: { params: { id: string } }) {
  const { t, locale } = useT();
  const { timeZone } = useWorkspace();
  const [{ data, error, fetching }] = useQuery({ query: InboundEmailQuery, variables: { id: params.id }, requestPolicy: 'network-only' });
  const [reprocessed, reprocess] = useMutation(ReprocessInboundEmail);
  const email = reprocessed.data?.reprocessInboundEmail ?? data?.inboundEmail;
  const back = (
    <p class="breadcrumb">
      <Link href="/inbox">{t('inbox.back')}</Link>
    </p>
  );

  if (!email) {
    if (fetching) return <p role="status">{t('common.loading')}</p>;
    return (
      <>
        {back}
        <h1>{t('inbox.notFound')}</h1>
        <p class="alert">{t(error ? readFailureKey(error) : 'inbox.notFoundExplain')}</p>
      </>
    );
  }

  return (
    <>
      {back}
      <h1>
        {email.subject || t('inbox.noSubject')} <AuthenticationBadge email={email} />
      </h1>
      <section class="card" aria-labelledby="email-facts">
        <h2 id="email-facts">{t('inbox.facts')}</h2>
        <dl>
          <dt>{t('inbox.col.received')}</dt>
          <dd>
            {dateTimeIn(email.receivedAt, timeZone, locale)} <span class="muted">{t('list.zone', { zone: timeZone })}</span>
          </dd>
          <dt>{t('inbox.col.from')}</dt>
          <dd>{email.from ?? <span class="muted">{t('inbox.noSender')}</span>}</dd>
          <dt>{t('inbox.col.state')}</dt>
          <dd>
            <StateBadge state={email.state} />
          </dd>
          <dt>{t('inbox.col.reason')}</dt>
          <dd>
            <ReasonText reason={email.reason} />
          </dd>
          <dt>{t('inbox.col.complaint')}</dt>
          <dd>{email.complaint ? <Link href={`/complaints/${email.complaint.id}`}>{email.complaint.reference}</Link> : t('case.none')}</dd>
          <dt>{t('inbox.size')}</dt>
          <dd>{fileSize(email.size)}</dd>
          <dt>{t('inbox.attempts')}</dt>
          <dd>{email.attempts}</dd>
        </dl>
        {mayReprocess(email.state) && (
          <div class="reprocess">
            <p class="hint">{t('inbox.reprocess.hint')}</p>
            <button type="button" class="primary" disabled={reprocessed.fetching} onClick={() => void reprocess({ id: email.id })}>
              {t('inbox.reprocess')}
            </button>
          </div>
        )}
        <p role="status">{reprocessed.data && t('inbox.reprocess.done', { state: t(`inbox.state.${reprocessed.data.reprocessInboundEmail.state}`) })}</p>
        {reprocessed.error && <StepError outcome={{ kind: 'failed', code: errorCode(reprocessed.error) ?? 'OTHER', issues: {} }} />}
      </section>
      <section class="card" aria-labelledby="email-authentication">
        <h2 id="email-authentication">{t('inbox.authentication')}</h2>
        {email.authenticationFailed && <p class="alert">{t('inbox.authFailed.explain')}</p>}
        <VerdictsTable verdicts={email.verdicts} />
      </section>
      <section class="card" aria-labelledby="email-text">
        <h2 id="email-text">{t('inbox.text')}</h2>
        <p class="hint">{t('inbox.text.hint')}</p>
        {email.text == null ? <p class="notice">{t('inbox.text.none')}</p> : <pre class="email-text">{email.text}</pre>}
      </section>
    </>
  );
}
