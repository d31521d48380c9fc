/**
 * Whether the signed-in user may manage books: the Cognito group Admin, read from the session's tokens
 * (`cognito:groups`) on the shell's Amplify instance. This only decides what the page shows; AppSync checks the
 * group again on every write (@aws_cognito_user_pools(cognito_groups: ["Admin"])).
 */
import { fetchAuthSession, Hub } from '@folio/config/web/amplify-core';

export const ADMIN_GROUP = 'Admin';

export type AdminAccess =
  { status: 'guest' } | { status: 'forbidden'; email: string | null } | { status: 'admin'; email: string | null };

const groupsOf = (claim: unknown): string[] => (Array.isArray(claim) ? claim.map(String) : []);

export async function readAdminAccess(): Promise<AdminAccess> {
  let tokens;
  try {
    ({ tokens } = await fetchAuthSession());
  } catch {
    // No readable session (Amplify not configured for auth, storage cleared): the same as signed out.
    return { status: 'guest' };
  }
  if (!tokens?.accessToken) return { status: 'guest' };
  const idClaims = tokens.idToken?.payload ?? {};
  // The ID token carries the groups and the email; the access token has the groups too, should there be no ID token.
  const groups = groupsOf(idClaims['cognito:groups'] ?? tokens.accessToken.payload['cognito:groups']);
  const email = typeof idClaims.email === 'string' ? idClaims.email : null;
  return groups.includes(ADMIN_GROUP) ? { status: 'admin', email } : { status: 'forbidden', email };
}

/** Hub auth events after which the user (or their groups) may have changed, here or in another app of the page. */
const AUTH_CHANGES = new Set(['signedIn', 'signedOut', 'tokenRefresh', 'tokenRefresh_failure']);

export function onAuthChange(listener: () => void): () => void {
  return Hub.listen('auth', ({ payload }) => {
    if (AUTH_CHANGES.has(payload.event)) listener();
  });
}
