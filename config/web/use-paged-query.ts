/** A list read page by page: the first page, "Load more" through nextToken, and a retry of either. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { prerendered, requestPrerender } from './prerender-data';

/** One page of a list, as every list query of the API answers (BookPage, OrderPage, the admin's rows). */
export interface Page<T> {
  items: T[];
  nextToken: string | null;
}

export interface PagedQuery<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  error?: Error;
  hasMore: boolean;
  loadingMore: boolean;
  /** The next page failed; the items read so far stay. */
  moreError?: Error;
  loadMore(): void;
  reload(): void;
}

type PagedState<T> = Omit<PagedQuery<T>, 'hasMore' | 'loadMore' | 'reload'> & { nextToken: string | null };

const firstLoad: PagedState<never> = { status: 'loading', items: [], nextToken: null, loadingMore: false };

/** Reads the list `key` names (a genre, a search, the customer's orders): a new key, or `reload`, starts over. */
export function usePagedQuery<T>(
  fetchPage: (nextToken: string | null) => Promise<Page<T>>,
  key: string,
): PagedQuery<T> {
  // A prerendered page's first page of the list (prerender-data.ts), read again quietly after hydration.
  const [state, setState] = useState<PagedState<T>>(() => {
    const early = prerendered<Page<T>>(`paged:${key}`);
    if (early) return { ...firstLoad, status: 'ready', items: early.value.items, nextToken: early.value.nextToken };
    requestPrerender(`paged:${key}`, () => fetchPage(null));
    return firstLoad;
  });
  const [attempt, setAttempt] = useState(0);
  // The latest `fetchPage` without making it a dependency: callers pass a new closure at every render.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // Answers for an earlier list (or from before a reload) are dropped.
  const generation = useRef(0);
  const quiet = useRef(state.status === 'ready');

  useEffect(() => {
    const mine = ++generation.current;
    const refresh = quiet.current;
    if (!refresh) setState(firstLoad);
    fetchRef.current(null).then(
      (page) => {
        if (mine !== generation.current) return;
        quiet.current = false;
        setState({ ...firstLoad, status: 'ready', items: page.items, nextToken: page.nextToken });
      },
      (error: Error) => {
        if (mine !== generation.current) return;
        quiet.current = false;
        // A failed refresh leaves the prerendered list on screen.
        if (!refresh) setState({ ...firstLoad, status: 'error', error });
      },
    );
  }, [key, attempt]);

  const { nextToken, loadingMore } = state;
  const loadMore = useCallback(() => {
    if (!nextToken || loadingMore) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingMore: true, moreError: undefined }));
    fetchRef.current(nextToken).then(
      (page) =>
        mine === generation.current &&
        setState((s) => ({ ...s, loadingMore: false, items: [...s.items, ...page.items], nextToken: page.nextToken })),
      (error: Error) =>
        mine === generation.current && setState((s) => ({ ...s, loadingMore: false, moreError: error })),
    );
  }, [nextToken, loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, hasMore: Boolean(state.nextToken), loadMore, reload };
}
