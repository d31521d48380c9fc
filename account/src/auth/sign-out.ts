/**
 * Signing out, here or everywhere. The auth package loads only now (and the Cognito token provider with it, so
 * Amplify finds the tokens it must clear).
 */
import { cognitoTokenProvider } from '@folio/config/web/amplify';
import { revokeAllSessions, type GlobalSignOutError } from './global-sign-out';

export async function signOutHere(): Promise<void> {
  const [{ signOut }] = await Promise.all([import('aws-amplify/auth'), cognitoTokenProvider()]);
  await signOut();
}

export type SignOutEverywhereResult = { everywhere: true } | { everywhere: false; reason: string; code: string };

/**
 * Ends every session of the customer (all devices), then this one. Not `signOut({ global: true })`: Amplify v6
 * swallows a failed GlobalSignOut and clears the local tokens anyway, so the customer would be told "signed out
 * everywhere" while other devices stay signed in. cognito-local has no GlobalSignOut at all ("Unsupported").
 * Here a failure is reported, and this device is signed out in every case.
 */
export async function signOutEverywhere(
  /** Runs between the two steps: signing out here sends the customer off this page (its guard redirects). */
  beforeSigningOutHere?: (result: SignOutEverywhereResult) => void,
): Promise<SignOutEverywhereResult> {
  let failure: { reason: string; code: string } | undefined;
  try {
    await revokeAllSessions();
  } catch (error) {
    const e = error as Partial<GlobalSignOutError>;
    failure = { reason: e.message || 'the sign-in service did not answer', code: e.code ?? 'Unknown' };
  }
  const result: SignOutEverywhereResult = failure ? { everywhere: false, ...failure } : { everywhere: true };
  beforeSigningOutHere?.(result);
  await signOutHere();
  return result;
}
