import { useT } from '../i18n';

/** Below a paged list: that a page is loading, else "Load more" while the API has more (announced politely). */
export function LoadMoreFooter({ loading, hasNextPage, loadMore }: { loading: boolean; hasNextPage: boolean; loadMore: () => void }) {
  const { t } = useT();
  return (
    <div class="list-footer" aria-live="polite">
      {loading && <span role="status">{t('common.loading')}</span>}
      {hasNextPage && !loading && (
        <button type="button" onClick={loadMore}>
          {t('list.loadMore')}
        </button>
      )}
    </div>
  );
}
