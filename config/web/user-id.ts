/**
 * Only the signed-in user's id (Cognito `sub`): what the cart needs on every page. Its own module, apart from
 * session.ts's email and groups, because webpack keeps a module whole in every chunk that imports it and the mini
 * cart is on the home route's byte budget.
 */
import { fetchAuthSession } from '@folio/config/web/amplify-core';

/** A claim that is a non-empty string, else null. */
export const asText = (claim: unknown): string | null => (typeof claim === 'string' && claim !== '' ? claim : null);

/** The signed-in user's id, or null for a guest (or when the session cannot be read). */
export async function readUserId(): Promise<string | null> {
  try {
    return asText((await fetchAuthSession()).tokens?.accessToken?.payload.sub);
  } catch {
    return null;
  }
}
