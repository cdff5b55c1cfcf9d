import type { CaseFieldsFragment } from '../../generated/graphql';
import { fileSize } from '../layout/format';
import { useT } from '../i18n';

type Evidence = NonNullable<CaseFieldsFragment['entries'][number]['evidence']>;

/** A piece of evidence: what and whence, and its file with the fingerprint the store checked. */
export function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  const { t } = useT();
  const hash = e.file?.sha256 ?? e.contentHash;
  return (
    <div class="evidence">
      <p>
        <strong>{e.description}</strong> <span class="muted">({t('evidence.source', { source: e.source })})</span>
      </p>
      {e.file && (
        <p>
          {e.file.downloadUrl ? (
            <a href={e.file.downloadUrl} download={e.file.name}>
              {t('evidence.download', { name: e.file.name })}
            </a>
          ) : (
            <span>{e.file.name}</span>
          )}{' '}
          <span class="muted">{fileSize(e.file.size)}</span>
        </p>
      )}
      {hash && (
        <p class="hash">
          SHA-256 <code>{hash}</code>
        </p>
      )}
      <p class="muted">{t(e.sharedWithComplainant ? 'evidence.shared' : 'evidence.notShared')}</p>
    </div>
  );
}
