/**
 * Keeps the cart with the right customer and in step with other tabs:
 * - Amplify Hub auth events (sign-in, sign-out, token refresh, from any app of the page) switch the cart to the
 *   signed-in customer's saved cart, merging a guest cart into it (store.ts switchCartOwner);
 * - a `storage` event for the cart's key (another tab changed the cart) reloads it from storage; one for Amplify's
 *   session keys (another tab signed in or out) checks who is signed in.
 * Started once per page by the components the shell and the catalog render (MiniCart, AddToCartButton, pages).
 */
import { onSessionChange } from '@folio/config/web/session-events';
import { readUserId } from '@folio/config/web/user-id';
import { switchCartOwner, useCartStore, type CartOwner } from './store';

let running: { stop(): void; identified: Promise<void> } | undefined;

/** Starts following auth and other tabs (again only after `stop`); resolves `identified` once the owner is known. */
export function startCartSync(): { stop(): void; identified: Promise<void> } {
  if (running) return running;
  let latest = 0;
  // Only the answer to the latest question counts: sign-in and sign-out can follow each other quickly.
  const identify = (): Promise<void> => {
    const mine = ++latest;
    return readUserId().then((owner: CartOwner) => {
      if (mine === latest) switchCartOwner(owner);
    });
  };
  const stopHub = onSessionChange(() => void identify());
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || /^CognitoIdentityServiceProvider\..+\.LastAuthUser$/.test(event.key)) void identify();
    if (event.key === null || event.key === useCartStore.persist.getOptions().name)
      void useCartStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  running = {
    identified: identify(),
    stop() {
      stopHub();
      window.removeEventListener('storage', onStorage);
      running = undefined;
    },
  };
  return running;
}
