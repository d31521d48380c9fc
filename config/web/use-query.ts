/** One read's loading state (a book, an order), run again when its key changes or on retry. */
import { useCallback, useEffect, useRef, useState } from 'react';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: Error };
export type Query<T> = QueryState<T> & { reload(): void };

/** Runs `load` whenever `key` changes (and on `reload`); an answer for an earlier key is dropped. */
export function useQuery<T>(load: () => Promise<T>, key: string): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The latest `load` without making it a dependency: callers pass a new closure at every render.
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
