/**
 * When the signed-in user may have changed, for every app of the page: Hub (a shared singleton) fans each auth
 * event out to every app's listeners, whichever app signed in. Its own module so that the mini cart, on every
 * page, bundles this and not the rest of session.ts.
 */
import { Hub } from '@folio/config/web/amplify-core';

/** Hub auth events after which the signed-in user (or their groups) may have changed, here or in another app. */
export const SESSION_EVENTS: ReadonlySet<string> = new Set([
  'signedIn',
  'signedOut',
  'tokenRefresh',
  'tokenRefresh_failure',
  'signInWithRedirect',
]);

/** Calls `listener` after each SESSION_EVENTS event, from any app of the page, until the returned stop is called. */
export function onSessionChange(listener: () => void): () => void {
  return Hub.listen('auth', ({ payload }) => {
    if (SESSION_EVENTS.has(payload.event)) listener();
  });
}
