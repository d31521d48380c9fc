/**
 * What the sign-in page tells the customer after signing out on the profile page. Left here before the local
 * sign-out, because that sign-out is what sends the customer to the sign-in page: the profile page's guard
 * (RequireAuth) hears Amplify's Hub event and redirects, so no navigation of the profile page's own could be sure
 * to come last.
 */
import type { SignOutEverywhereResult } from '../auth/sign-out';

export type SignOutOutcome = { scope: 'here' } | { scope: 'everywhere'; result: SignOutEverywhereResult };

export interface SignOutNotice {
  tone: 'info' | 'warning';
  text: string;
}

export function signOutNotice(outcome: SignOutOutcome): SignOutNotice {
  if (outcome.scope === 'here') return { tone: 'info', text: 'You’re signed out.' };
  const { result } = outcome;
  if (result.everywhere) return { tone: 'info', text: 'You’re signed out on every device.' };
  // cognito-local has no GlobalSignOut: say so plainly instead of quoting the emulator.
  const why = result.code === 'Unsupported' ? 'this sign-in service cannot end other sessions' : result.reason;
  return {
    tone: 'warning',
    text: `You’re signed out on this device only. Signing out everywhere did not work (${why}), so other devices stay signed in until you sign out there.`,
  };
}

let pending: SignOutNotice | null = null;

export function leaveSignOutNotice(notice: SignOutNotice | null): void {
  pending = notice;
}

/** The notice left for the sign-in page, if any (reading it does not clear it: React may render twice). */
export function peekSignOutNotice(): SignOutNotice | null {
  return pending;
}
