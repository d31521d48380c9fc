import { useEffect, useState } from 'react';
import { currentUser, onAuthChange, type SignedInUser } from './session';

export type UserState = { status: 'loading' } | { status: 'guest' } | { status: 'signed-in'; user: SignedInUser };

/** The signed-in user, kept current by Amplify's Hub auth events. */
export function useCurrentUser(): UserState {
  const [state, setState] = useState<UserState>({ status: 'loading' });
  useEffect(() => {
    let mounted = true;
    const refresh = () =>
      void currentUser().then((user) => {
        if (mounted) setState(user ? { status: 'signed-in', user } : { status: 'guest' });
      });
    refresh();
    const stop = onAuthChange(refresh);
    return () => {
      mounted = false;
      stop();
    };
  }, []);
  return state;
}
