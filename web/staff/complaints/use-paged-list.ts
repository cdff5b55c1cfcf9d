import type { CombinedError } from '@urql/core';
import { useEffect, useState } from 'preact/hooks';

export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

export type PageFetcher<Row> = (after: string | undefined) => Promise<{ page?: Page<Row>; error?: CombinedError }>;

/**
 * A list read page by page with the API's cursors: the first page whenever `key` changes
 * (another list or filter), the next one appended on loadMore().
 */
export function usePagedList<Row>(key: string, fetchPage: PageFetcher<Row>) {
  const [state, setState] = useState<{ key: string; rows: Row[]; cursor?: string; hasNextPage: boolean; loading: boolean; error?: CombinedError }>({ key, rows: [], hasNextPage: false, loading: true });

  const load = (after: string | undefined, append: boolean) => {
    setState((s) => ({ ...s, key, loading: true, error: undefined, rows: append ? s.rows : [] }));
    void fetchPage(after).then(({ page, error }) =>
      setState((s) => {
        // An answer for a list no longer shown is dropped.
        if (s.key !== key) return s;
        if (!page) return { ...s, loading: false, error };
        return { key, rows: append ? [...s.rows, ...page.rows] : page.rows, cursor: page.endCursor ?? undefined, hasNextPage: page.hasNextPage, loading: false };
      }),
    );
  };

  useEffect(() => load(undefined, false), [key]);

  return { ...state, loadMore: () => load(state.cursor, true) };
}
