/**
 * The journeys' one accessibility check: axe-core (WCAG 2.0 and 2.1, levels A and AA) on the whole page — header,
 * main area, footer, and any open dialog, menu or summary (they render inside <body>) — with no rule disabled and
 * nothing excluded. Every distinct page state a journey visits is checked once; the goal is no violation at all.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations on the whole page, one readable line each: "rule (impact): selector, selector — help". */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${v.help}`,
  );
}

/**
 * The header's remote slots have settled (cart-checkout's mini cart and account's menu, or their "unavailable"
 * notices), so axe sees what they render rather than the space reserved for them.
 */
export async function headerSettled(page: Page): Promise<void> {
  const banner = page.getByRole('banner');
  await expect(
    banner.getByRole('link', { name: /^Cart \d+ items?$/ }).or(banner.getByText('Cart unavailable')),
  ).toBeVisible();
  await expect(
    banner
      .getByRole('link', { name: 'Sign in' })
      .or(banner.getByRole('button', { name: /^Account menu for / }))
      .or(banner.getByText('Account unavailable')),
  ).toBeVisible();
}

/** Asserts that axe finds nothing on the page as it is now; `what` names the page state in the failure. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await headerSettled(page);
  expect(await axeViolations(page), `axe (WCAG 2.0/2.1 A and AA) on ${what}`).toEqual([]);
}
