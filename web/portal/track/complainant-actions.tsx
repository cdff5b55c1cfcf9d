import type { OperationResult } from '@urql/core';
import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import { errorCode, fieldIssues } from '../../shared/api-errors';
import type { Credentials } from '../files/attachments';
import { describedBy, TextField, useFieldProblems } from '../fields';
import type { TrackingFieldsFragment } from '../generated/graphql';
import { useT, type MessageKey } from '../i18n';
import { checkText, problemOf, type Problem } from '../issues';
import { AnswerRequestMutation, FeedbackMutation, WithdrawMutation } from '../operations';

export interface ActionProps {
  credentials: Credentials;
  tracking: TrackingFieldsFragment;
  /** The complaint as the step left it, and what to tell the complainant. */
  onDone: (tracking: TrackingFieldsFragment, said: MessageKey) => void;
  /** The step was refused because the complaint moved on: read it again. */
  onStale: () => void;
}

type Problems = Record<string, Problem | undefined>;

/**
 * Sends a complainant's step and sorts its answer: the complaint as it now stands, the
 * problems per field (by the API's argument path), or a message for the whole form.
 */
function useStep(props: ActionProps, fieldOf: Record<string, string>) {
  const { show, clear, error } = useFieldProblems();
  const [failure, setFailure] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async <T,>(send: () => Promise<OperationResult<T>>, pick: (data: T) => TrackingFieldsFragment, said: MessageKey) => {
    setBusy(true);
    setFailure(undefined);
    const result = await send();
    setBusy(false);
    if (result.data) {
      clear();
      props.onDone(pick(result.data), said);
      return;
    }
    const code = errorCode(result.error);
    if (code === 'BAD_USER_INPUT') {
      const found: Problems = {};
      for (const [path, message] of Object.entries(fieldIssues(result.error))) found[fieldOf[path] ?? path] = problemOf(message);
      return show(found);
    }
    if (code === 'INVALID_TRANSITION') {
      setFailure('action.failed.moved');
      props.onStale();
      return;
    }
    setFailure(code === 'NETWORK' ? 'action.failed.network' : code === 'NOT_FOUND' ? 'action.failed.notFound' : 'action.failed.other');
  };

  return { run, show, error, failure, busy };
}

function Failure({ failure }: { failure?: MessageKey }) {
  const { t } = useT();
  return failure ? <p class="alert" role="alert">{t(failure)}</p> : null;
}

/** The organization's question, and the complainant's answer to it. */
export function AnswerRequest(props: ActionProps) {
  const { t } = useT();
  const client = useClient();
  const [answer, setAnswer] = useState('');
  const step = useStep(props, { answer: 'answer' });
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = checkText(answer, 5000, true);
    if (problem) return step.show({ answer: problem });
    void step.run(() => client.mutation(AnswerRequestMutation, { ...props.credentials, answer: answer.trim() }).toPromise(), (d) => d.answerInformationRequest, 'action.answered');
  };
  return (
    <section class="card action" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('answer.title')}</h2>
      <p>{t('answer.intro')}</p>
      <blockquote class="quoted" data-testid="pending-request">{props.tracking.pendingRequest}</blockquote>
      <Failure failure={step.failure} />
      <form noValidate onSubmit={submit}>
        <TextField id="answer" multiline label={t('answer.label')} hint={t('answer.hint')} value={answer} onValue={setAnswer} error={step.error('answer')} />
        <button type="submit" class="primary" disabled={step.busy}>{t('answer.send')}</button>
      </form>
    </section>
  );
}

/** A radio group in a fieldset whose error is linked to the group. */
function Choices<V extends string | number>({ id, legend, options, value, onValue, error }: { id: string; legend: string; options: Array<[V, string]>; value: V | undefined; onValue: (v: V) => void; error?: string }) {
  return (
    <fieldset class={error ? 'choices invalid' : 'choices'} aria-describedby={describedBy({ id, label: legend, error })}>
      <legend>{legend}</legend>
      {options.map(([option, label], i) => (
        <label key={option} class="choice">
          <input type="radio" id={i === 0 ? id : undefined} name={id} value={String(option)} checked={value === option} onChange={() => onValue(option)} />
          {label}
        </label>
      ))}
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}

/** The rating (1 to 5), whether the problem is resolved, and a comment. */
export function GiveFeedback(props: ActionProps) {
  const { t } = useT();
  const client = useClient();
  const [rating, setRating] = useState<number | undefined>();
  const [resolved, setResolved] = useState<'yes' | 'no' | undefined>();
  const [comment, setComment] = useState('');
  const step = useStep(props, { 'feedback.rating': 'rating', 'feedback.resolved': 'resolved', 'feedback.comment': 'comment' });
  const submit = (e: Event) => {
    e.preventDefault();
    const found: Problems = {
      rating: rating === undefined ? { key: 'feedback.rating.required' } : undefined,
      resolved: resolved === undefined ? { key: 'feedback.resolved.required' } : undefined,
      comment: checkText(comment, 2000, false),
    };
    if (Object.values(found).some(Boolean)) return step.show(found);
    const feedback = { rating: rating!, resolved: resolved === 'yes', comment: comment.trim() || undefined };
    void step.run(() => client.mutation(FeedbackMutation, { ...props.credentials, feedback }).toPromise(), (d) => d.submitFeedback, 'action.feedbackGiven');
  };
  const ratings: Array<[number, string]> = [1, 2, 3, 4, 5].map((n) => [n, t(`feedback.rating.${n}` as MessageKey)]);
  return (
    <section class="card action" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      <p>{t('feedback.intro')}</p>
      <Failure failure={step.failure} />
      <form noValidate onSubmit={submit}>
        <Choices id="rating" legend={t('feedback.rating')} options={ratings} value={rating} onValue={setRating} error={step.error('rating')} />
        <Choices
          id="resolved"
          legend={t('feedback.resolved')}
          options={[['yes', t('feedback.resolved.yes')], ['no', t('feedback.resolved.no')]]}
          value={resolved}
          onValue={setResolved}
          error={step.error('resolved')}
        />
        <TextField id="comment" multiline optional label={t('feedback.comment')} value={comment} onValue={setComment} error={step.error('comment')} />
        <button type="submit" class="primary" disabled={step.busy}>{t('feedback.send')}</button>
      </form>
    </section>
  );
}

/** Withdrawing, with a reason and a second step to confirm: it cannot be undone. */
export function Withdraw(props: ActionProps) {
  const { t } = useT();
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const step = useStep(props, { reason: 'reason' });
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = checkText(reason, 1000, false);
    if (problem) return step.show({ reason: problem });
    void step.run(() => client.mutation(WithdrawMutation, { ...props.credentials, reason: reason.trim() || undefined }).toPromise(), (d) => d.withdrawComplaint, 'action.withdrawn');
  };
  return (
    <section class="action withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('withdraw.title')}</h2>
      <p>{t('withdraw.intro')}</p>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>{t('withdraw.start')}</button>
      ) : (
        <form noValidate onSubmit={submit}>
          <Failure failure={step.failure} />
          <TextField id="reason" multiline optional label={t('withdraw.reason')} value={reason} onValue={setReason} error={step.error('reason')} />
          <p class="alert-inline" id="withdraw-warning">{t('withdraw.warning')}</p>
          <div class="button-row">
            <button type="submit" class="danger" disabled={step.busy} aria-describedby="withdraw-warning">{t('withdraw.confirm')}</button>
            <button type="button" onClick={() => setOpen(false)}>{t('withdraw.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
