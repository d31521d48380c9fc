/** Helpers for the admin journeys: signing in through the account app, and axe checks. */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Signs in on the account app's sign-in page (Amplify UI), which the page must be showing. */
export async function signInHere(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  // exact: the Authenticator's "Show password" switch is labelled with the word too.
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * axe (WCAG 2.0/2.1 A and AA) violations in what the catalog renders: the page's main area and, when one is open,
 * its dialog (rendered into <body>). The header belongs to the shell and the other remotes and is checked by their
 * own journeys. Readable lines; none is the goal.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('#main');
  if (await page.getByRole('alertdialog').count()) builder.include('[role="alertdialog"]');
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
