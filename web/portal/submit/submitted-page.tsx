import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { useHistoryState } from 'wouter-preact/use-browser-location';
import { CopyButton } from '../copy-button';
import { Deadlines } from '../deadlines';
import { AttachFiles } from '../files/attachments';
import { formatDateTime } from '../format';
import { useT } from '../i18n';
import { usePageTitle } from '../page-title';
import { takeFiles, type Submitted } from './handoff';

/** A text file with the reference and access code, for the complainant to keep. */
function SaveAsFile({ submitted }: { submitted: Submitted }) {
  const { t } = useT();
  const save = () => {
    const text = `${t('submitted.reference')}: ${submitted.reference}\n${t('submitted.accessCode')}: ${submitted.accessCode}\n${t('submitted.trackAt')}: ${location.origin}/track?reference=${submitted.reference}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    link.download = `${submitted.reference}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return (
    <button type="button" onClick={save}>
      {t('submitted.save')}
    </button>
  );
}

export default function SubmittedPage() {
  const { t, locale } = useT();
  const submitted = useHistoryState<Submitted | null>();
  const [files] = useState(takeFiles);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  usePageTitle(t('submitted.title'));

  if (!submitted?.accessCode) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>{t('submitted.gone.title')}</h1>
        <p>{t('submitted.gone.text')}</p>
        <Link href="/track">{t('home.track')}</Link>
      </>
    );
  }
  const trackHref = `/track?reference=${encodeURIComponent(submitted.reference)}`;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t('submitted.title')}</h1>
      <p>{t('submitted.received', { date: formatDateTime(submitted.receivedAt, locale) })}</p>
      <section class="card codes" aria-labelledby="codes-title">
        <h2 id="codes-title">{t('submitted.keep')}</h2>
        <dl>
          <dt>{t('submitted.reference')}</dt>
          <dd>
            <code class="code-value" data-testid="reference">{submitted.reference}</code>
            <CopyButton value={submitted.reference} label={t('submitted.copyReference')} />
          </dd>
          <dt>{t('submitted.accessCode')}</dt>
          <dd>
            <code class="code-value" data-testid="access-code">{submitted.accessCode}</code>
            <CopyButton value={submitted.accessCode} label={t('submitted.copyAccessCode')} />
          </dd>
        </dl>
        <p class="alert-inline">{t('submitted.onlyOnce')}</p>
        <ul>
          <li>{t('submitted.howToKeep.write')}</li>
          <li>{submitted.emailGiven ? t('submitted.howToKeep.email') : t('submitted.howToKeep.noEmail')}</li>
        </ul>
        <SaveAsFile submitted={submitted} />
      </section>
      {files.length > 0 && (
        <section aria-labelledby="files-title">
          <h2 id="files-title">{t('submitted.files')}</h2>
          <AttachFiles credentials={{ reference: submitted.reference, accessCode: submitted.accessCode }} initial={files} />
        </section>
      )}
      <section aria-labelledby="next-title">
        <h2 id="next-title">{t('submitted.next')}</h2>
        <p>{t('submitted.next.text')}</p>
        <Deadlines clocks={submitted.clocks} />
      </section>
      <p>
        <Link href={trackHref} class="button primary">{t('submitted.track')}</Link>
      </p>
    </>
  );
}
