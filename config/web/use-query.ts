/** One read's loading state (a book, an order), run again when its key changes or on retry. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { prerendered, requestPrerender } from './prerender-data';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };
export type Query<T> = QueryState<T> & { reload(): void };

/**
 * Runs `load` whenever `key` changes (and on `reload`); an answer for an earlier key is dropped. A prerendered
 * page's answer (prerender-data.ts) is the first state, read again quietly after hydration: no loading flash, and
 * what may have changed since the page was rendered (a price, the stock) is brought up to date.
 */
export function useQuery<T>(load: () => Promise<T>, key: string): Query<T> {
  const [state, setState] = useState<QueryState<T>>(() => {
    const early = prerendered<T>(key);
    if (early) return { status: 'ready', data: early.value };
    requestPrerender(key, load);
    return { status: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  // The latest `load` without making it a dependency: callers pass a new closure at every render.
  const loadRef = useRef(load);
  loadRef.current = load;
  // The first read after a prerendered state keeps that state on screen until the fresh answer arrives.
  const quiet = useRef(state.status === 'ready');

  useEffect(() => {
    let current = true;
    const refresh = quiet.current;
    if (!refresh) setState({ status: 'loading' });
    loadRef.current().then(
      (data) => {
        if (!current) return;
        quiet.current = false;
        setState({ status: 'ready', data });
      },
      (error: Error) => {
        if (!current) return;
        quiet.current = false;
        // A failed refresh leaves the prerendered answer on screen: it is still the best the page has.
        if (!refresh) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
