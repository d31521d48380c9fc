/** Helpers for the admin journeys: signing in through the account app (axe checks: support/axe.ts). */
import type { Page } from '@playwright/test';

/** Signs in on the account app's sign-in page (Amplify UI), which the page must be showing. */
export async function signInHere(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  // exact: the Authenticator's "Show password" switch is labelled with the word too.
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
