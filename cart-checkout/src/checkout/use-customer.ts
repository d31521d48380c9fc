/** The signed-in customer's id (Cognito `sub`), kept current by Amplify's Hub auth events. */
import { useEffect, useState } from 'react';
import { Hub } from '@folio/config/web/amplify-core';
import { currentCustomerId } from '../cart/cart-sync';

export type CustomerState = { status: 'loading' } | { status: 'guest' } | { status: 'signed-in'; id: string };

export function useCustomer(): CustomerState {
  const [state, setState] = useState<CustomerState>({ status: 'loading' });
  useEffect(() => {
    let mounted = true;
    const refresh = () =>
      void currentCustomerId().then((id) => {
        if (mounted) setState(id ? { status: 'signed-in', id } : { status: 'guest' });
      });
    refresh();
    const stop = Hub.listen('auth', ({ payload }) => {
      if (payload.event === 'signedIn' || payload.event === 'signedOut' || payload.event === 'tokenRefresh_failure')
        refresh();
    });
    return () => {
      mounted = false;
      stop();
    };
  }, []);
  return state;
}
