import type { InboundEmailFieldsFragment } from '../../generated/graphql';
import { useT } from '../i18n';
import { CHECKS, failedAuthentication, reasonWording } from './inbox-rules';
import { cssName } from '../layout/format';

type Email = InboundEmailFieldsFragment;

/** The email's state in words. */
export function StateBadge({ state }: { state: Email['state'] }) {
  const { t } = useT();
  return <span class={`badge inbox-${cssName(state)}`}>{t(`inbox.state.${state}`)}</span>;
}

/** Why the email is in its state: the catalog's words, or the code itself when the workspace has none for it. */
export function ReasonText({ reason }: { reason: string | null | undefined }) {
  const { t } = useT();
  if (!reason) return <span class="muted">—</span>;
  const wording = reasonWording(reason);
  return 'key' in wording ? <>{t(wording.key)}</> : <code>{wording.code}</code>;
}

/** A warning that the sender could not be authenticated, naming the checks that failed: the email is flagged, not dropped. */
export function AuthenticationBadge({ email }: { email: Pick<Email, 'authenticationFailed' | 'verdicts'> }) {
  const { t } = useT();
  if (!email.authenticationFailed) return null;
  const failed = failedAuthentication(email.verdicts).map((check) => t(`inbox.check.${check}`));
  return (
    <span class="badge auth-failed">
      {failed.length ? t('inbox.authFailed.checks', { checks: failed.join(t('admin.listSeparator')) }) : t('inbox.authFailed')}
    </span>
  );
}

/** Every verdict the receiving side gave, a failure marked. */
export function VerdictsTable({ verdicts }: { verdicts: Email['verdicts'] }) {
  const { t } = useT();
  if (!verdicts) return <p>{t('inbox.verdicts.none')}</p>;
  return (
    <table class="verdicts">
      <caption>{t('inbox.verdicts')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inbox.verdicts.check')}</th>
          <th scope="col">{t('inbox.verdicts.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {CHECKS.map((check) => {
          const verdict = verdicts[check];
          return (
            <tr key={check}>
              <th scope="row">{t(`inbox.check.${check}`)}</th>
              <td>{verdict ? <span class={`badge verdict-${cssName(verdict)}`}>{t(`inbox.verdict.${verdict}`)}</span> : <span class="muted">{t('inbox.verdict.unknown')}</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
