/** The signed-in user as React state, read on mount and again after every session change (session.ts). */
import { useEffect, useRef, useState } from 'react';
import { onSessionChange, readSession, type SessionUser } from '@folio/config/web/session';

export type SessionState = { status: 'loading' } | { status: 'guest' } | { status: 'signed-in'; user: SessionUser };

/** `emailFallback`: see readSession (read at each change, so it need not be stable). */
export function useSession(emailFallback?: () => Promise<string | undefined>): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const fallbackRef = useRef(emailFallback);
  fallbackRef.current = emailFallback;
  useEffect(() => {
    // Only the answer to the latest read counts: a sign-in and a sign-out can follow each other quickly.
    let latest = 0;
    let mounted = true;
    const refresh = () => {
      const mine = ++latest;
      void readSession(fallbackRef.current).then((user) => {
        if (mounted && mine === latest) setState(user ? { status: 'signed-in', user } : { status: 'guest' });
      });
    };
    refresh();
    const stop = onSessionChange(refresh);
    return () => {
      mounted = false;
      stop();
    };
  }, []);
  return state;
}
