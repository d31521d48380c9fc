/** Loading state for one read, and for a list read page by page ("Load more" via nextToken). */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookCardData } from '@folio/contract/documents/catalog';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };

/** Runs `load` whenever `key` changes; an answer for an earlier key is dropped. */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: Error) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}

/** One page of a list read with nextToken (BookPage, or the admin's rows). */
export interface Page<B> {
  items: B[];
  nextToken: string | null;
}

export interface PagedBooks<B = BookCardData> {
  status: 'loading' | 'ready' | 'error';
  items: B[];
  error?: Error;
  hasMore: boolean;
  loadingMore: boolean;
  moreError?: Error;
  loadMore(): void;
  reload(): void;
}

type PagedState<B> = Omit<PagedBooks<B>, 'hasMore' | 'loadMore' | 'reload'> & { nextToken: string | null };

const firstLoad: PagedState<never> = { status: 'loading', items: [], nextToken: null, loadingMore: false };

/** A list of books read page by page; `key` names the list (a genre, a query): a new key starts over. */
export function usePagedBooks<B = BookCardData>(
  fetchPage: (nextToken: string | null) => Promise<Page<B>>,
  key: string,
): PagedBooks<B> {
  const [state, setState] = useState<PagedState<B>>(firstLoad);
  const [attempt, setAttempt] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // Answers for an earlier list (or before a reload) are dropped.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setState(firstLoad);
    fetchRef.current(null).then(
      (page) =>
        mine === generation.current &&
        setState({ ...firstLoad, status: 'ready', items: page.items, nextToken: page.nextToken }),
      (error: Error) => mine === generation.current && setState({ ...firstLoad, status: 'error', error }),
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
