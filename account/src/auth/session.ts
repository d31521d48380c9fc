/**
 * Who is signed in, from the shell's Amplify instance. Reads go through @aws-amplify/core (fetchAuthSession,
 * Hub), which every page has loaded anyway; the full auth package loads only to sign out, or in the rare case
 * the ID token carries no email, so guests' pages stay light.
 */
import { fetchAuthSession, Hub } from '@folio/config/web/amplify-core';

/** The Cognito group whose members manage the catalog (backend: @aws_cognito_user_pools(cognito_groups: ["Admin"])). */
export const ADMIN_GROUP = 'Admin';

export interface SignedInUser {
  email: string;
  groups: string[];
  isAdmin: boolean;
}

const asGroups = (claim: unknown): string[] => (Array.isArray(claim) ? claim.map(String) : []);

/**
 * The email comes from the ID token: the access token has none (cognito-local's, like AWS's). Should an ID token
 * lack it, the user's attributes are asked for (GetUser with the access token).
 */
async function emailFromAttributes(): Promise<string | undefined> {
  try {
    const { fetchUserAttributes } = await import('aws-amplify/auth');
    return (await fetchUserAttributes()).email;
  } catch {
    return undefined;
  }
}

export async function currentUser(): Promise<SignedInUser | null> {
  try {
    const { tokens } = await fetchAuthSession();
    if (!tokens?.accessToken) return null;
    const idClaims = tokens.idToken?.payload ?? {};
    const groups = asGroups(idClaims['cognito:groups'] ?? tokens.accessToken.payload['cognito:groups']);
    const email = typeof idClaims.email === 'string' ? idClaims.email : await emailFromAttributes();
    return { email: email ?? 'Your account', groups, isAdmin: groups.includes(ADMIN_GROUP) };
  } catch {
    return null;
  }
}

/** Hub auth events after which the signed-in user may have changed. */
const AUTH_CHANGES = new Set(['signedIn', 'signedOut', 'tokenRefresh', 'tokenRefresh_failure', 'signInWithRedirect']);

/** Calls `listener` whenever Amplify signs someone in or out (here or in any other app of the page). */
export function onAuthChange(listener: () => void): () => void {
  return Hub.listen('auth', ({ payload }) => {
    if (AUTH_CHANGES.has(payload.event)) listener();
  });
}
