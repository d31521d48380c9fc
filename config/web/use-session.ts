/** The signed-in user as React state, read on mount and again after every session change (session.ts). */
import { useEffect, useRef, useState } from 'react';
import { onSessionChange, readSession, type SessionUser } from '@folio/config/web/session';

export type SessionState = { status: 'loading' } | { status: 'guest' } | { status: 'signed-in'; user: SessionUser };

const sameUser = (a: SessionUser, b: SessionUser): boolean =>
  a.sub === b.sub && a.email === b.email && a.groups.join('\n') === b.groups.join('\n');

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
        if (!mounted || mine !== latest) return;
        // A token refresh that changes nothing keeps the same state, so nothing below renders again.
        setState((previous) => {
          if (!user) return previous.status === 'guest' ? previous : { status: 'guest' };
          return previous.status === 'signed-in' && sameUser(previous.user, user)
            ? previous
            : { status: 'signed-in', user };
        });
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
