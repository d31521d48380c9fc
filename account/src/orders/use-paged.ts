/** A list read page by page ("Load more" via nextToken), and a single read; answers from before a reload are dropped. */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Page<T> {
  items: T[];
  nextToken: string | null;
}

export interface Paged<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  error?: Error;
  hasMore: boolean;
  loadingMore: boolean;
  moreError?: Error;
  loadMore(): void;
  reload(): void;
}

type PagedState<T> = Omit<Paged<T>, 'hasMore' | 'loadMore' | 'reload'> & { nextToken: string | null };

export function usePaged<T>(fetchPage: (nextToken: string | null) => Promise<Page<T>>): Paged<T> {
  const first: PagedState<T> = { status: 'loading', items: [], nextToken: null, loadingMore: false };
  const [state, setState] = useState<PagedState<T>>(first);
  const [attempt, setAttempt] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setState({ status: 'loading', items: [], nextToken: null, loadingMore: false });
    fetchRef.current(null).then(
      (page) =>
        mine === generation.current &&
        setState({ status: 'ready', items: page.items, nextToken: page.nextToken, loadingMore: false }),
      (error: Error) =>
        mine === generation.current &&
        setState({ status: 'error', error, items: [], nextToken: null, loadingMore: false }),
    );
  }, [attempt]);

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

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };
export type Loaded<T> = LoadState<T> & { reload(): void };

/** Runs `load` whenever `key` changes. */
export function useLoaded<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
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
