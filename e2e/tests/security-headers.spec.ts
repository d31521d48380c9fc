/**
 * The Content-Security-Policy is on, and the store runs under it: no page of the storefront reports a violation
 * (an inline script without its hash, a remote's chunk or style, the API, Cognito or a cover from an origin the
 * policy leaves out would each report one). Also the sign-in page's returnTo never leaves the store.
 */
import { DEMO_USERS } from '@folio/config';
import { expect, test } from '../support/fixtures';

/** Collects every CSP violation the page reports, as the event and as Chromium's console message. */
async function watchViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('folioCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { folioCspViolation: (t: string) => void }).folioCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('GIVEN the home page THEN it is sent with a CSP, and renders with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const csp = (await response!.headerValue('content-security-policy')) ?? '';
  expect(csp).toMatch(/script-src 'self' [^;]*'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(await response!.headerValue('referrer-policy')).toBe('strict-origin-when-cross-origin');
  // The catalog's shelf (a remote's chunk, the API) and its covers (the image bucket) are on the page.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('img[src*="covers/"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('GIVEN a book, the cart and the sign-in page THEN none reports a CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ['/books/emma', '/cart', '/account/sign-in']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('GIVEN returnTo=/.//evil.example/x THEN signing in lands on the account page, inside the store', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const customer = DEMO_USERS.find((u) => u.groups.length === 0)!;
  await page.goto('/account/sign-in?returnTo=%2F.%2F%2Fevil.example%2Fx');
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The account's index sends a customer on to their orders.
  await expect(page).toHaveURL(/\/account(\/orders)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
