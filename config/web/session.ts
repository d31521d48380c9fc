/**
 * Who is signed in, for every app of the page: the user's id (Cognito `sub`), email and groups, read from the
 * tokens of the shell's Amplify (`fetchAuthSession`), and the one set of Hub auth events after which they may
 * have changed.
 *
 * Bundled, not a federation singleton: it holds no state of its own. The session lives in the shared Amplify
 * core, and Hub (shared too) is what fans an auth event out to every app's listeners, whichever app signed in.
 * What it decides only shapes the page: AppSync checks the token, and the group, on every request.
 */
import { fetchAuthSession } from '@folio/config/web/amplify-core';
import { asText } from '@folio/config/web/user-id';

export { onSessionChange, SESSION_EVENTS } from '@folio/config/web/session-events';
export { readUserId } from '@folio/config/web/user-id';

/**
 * The Cognito group whose members manage the catalog (backend: @aws_cognito_user_pools(cognito_groups: ["Admin"]);
 * `NAMES.adminGroup` of @folio/config, which session.test.ts compares). Written here rather than imported: that
 * file is CommonJS for Node (process.env, ports, the demo users), which a browser bundle cannot tree-shake.
 */
export const ADMIN_GROUP = 'Admin';

export interface SessionUser {
  /** Cognito's id of the user: the owner of their cart and orders. */
  readonly sub: string;
  readonly email: string | null;
  readonly groups: readonly string[];
  readonly isAdmin: boolean;
}

const asGroups = (claim: unknown): string[] => (Array.isArray(claim) ? claim.map(String) : []);

/**
 * The signed-in user, or null for a guest (or when the session cannot be read: Amplify not configured for auth,
 * storage cleared). The ID token carries the email and groups; the access token has the sub, and the groups too
 * should there be no ID token. An ID token without an email asks `emailFallback` (the account app's GetUser).
 */
export async function readSession(emailFallback?: () => Promise<string | undefined>): Promise<SessionUser | null> {
  let tokens;
  try {
    ({ tokens } = await fetchAuthSession());
  } catch {
    return null;
  }
  if (!tokens?.accessToken) return null;
  const access = tokens.accessToken.payload;
  const id = tokens.idToken?.payload ?? {};
  const groups = asGroups(id['cognito:groups'] ?? access['cognito:groups']);
  const email = asText(id.email) ?? (emailFallback ? ((await emailFallback()) ?? null) : null);
  return { sub: asText(access.sub) ?? '', email, groups, isAdmin: groups.includes(ADMIN_GROUP) };
}
