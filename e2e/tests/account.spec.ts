/**
 * The account remote's journeys against the local stack (cognito-local, the GraphQL API): signing up with the
 * emailed code, signing in and out, the header's account menu, order history and the profile. Every account page
 * visited is checked with axe (support/axe.ts: WCAG 2.0/2.1 A and AA, the whole page): no violations at all.
 */
import type { Page } from '@playwright/test';
import { DEMO_USERS } from '@folio/config';
import { BOOKS } from '../../backend/seed/books';
import { expect, test } from '../support/fixtures';
import { priceText } from '../support/catalog';
import { cognitoCode, idToken, placeOrder } from '../support/account';
import { expectNoAxeViolations } from '../support/axe';

const customer = DEMO_USERS.find((u) => u.groups.length === 0)!;
const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;

/** The order number the pages show: the first 8 characters of the id, upper-case (account/src/orders/format.ts). */
const orderNumber = (id: string) => id.slice(0, 8).toUpperCase();

/** Fills the Authenticator's sign-in form ("Password" alone would also match its "Show password" switch). */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const accountMenu = (page: Page, email: string) =>
  page.getByRole('banner').getByRole('button', { name: `Account menu for ${email}` });

test('a new customer signs up, confirms the emailed code, signs out, signs in again and has no orders yet', async ({
  page,
}) => {
  const email = `reader-${Date.now()}@folio.test`;
  const password = 'Bookw0rm!';
  await page.goto('/books/emma');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account\/sign-in\?returnTo=%2Fbooks%2Femma$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in form');

  await page.getByRole('tab', { name: 'Create Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-up form');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create Account' }).click();

  // The local stack sends no email: the page says where the code is (the `npm start` console).
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your email' })).toBeVisible();
  await expect(page.getByText('Your code is printed in the')).toBeVisible();
  await expectNoAxeViolations(page, 'the confirmation-code form');
  await page.getByLabel('Confirmation Code').fill(await cognitoCode(email));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();

  // Confirmed and signed in, back on the book page; the header's menu knows at once (Hub), without a reload.
  await expect(page).toHaveURL(/\/books\/emma$/);
  await expect(accountMenu(page, email)).toBeVisible();
  await accountMenu(page, email).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeFocused();

  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/books\/emma$/);
  await accountMenu(page, email).click();
  await page.getByRole('menuitem', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();
  await expect(page.getByText('No orders yet')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Browse the store' })).toHaveAttribute('href', '/');
  await expectNoAxeViolations(page, 'an empty order list');
});

test('a wrong password or an unknown email gets one answer, whether Cognito or cognito-local says so', async ({
  page,
}) => {
  await page.goto('/account/sign-in');
  await signIn(page, customer.email, 'not-the-password'); // cognito-local: InvalidPasswordException
  await expect(page.getByText('Incorrect email or password.')).toBeVisible();
  await signIn(page, 'nobody@folio.test', 'not-the-password'); // cognito-local: NotAuthorizedException
  await expect(page.getByText('Incorrect email or password.')).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in form with an error');
});

test('the demo customer signs in and sees their orders, newest first, and an order’s page', async ({ page }) => {
  // An order placed through the API as the checkout would: the list then has something to show.
  const book = BOOKS.find((b) => !b.featured && b.author !== 'Jane Austen' && b.stock >= 20)!;
  const order = await placeOrder(await idToken(customer.email, customer.password), [{ bookId: book.id, quantity: 2 }]);
  expect(order.totalCents).toBe(book.priceCents * 2);

  // A guest is sent to sign in, and back to the orders afterwards (RequireAuth).
  await page.goto('/account/orders');
  await expect(page).toHaveURL(/\/account\/sign-in\?returnTo=%2Faccount%2Forders$/);
  await signIn(page, customer.email, customer.password);
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();

  const newest = page.getByRole('list', { name: 'Your orders' }).getByRole('listitem').first();
  await expect(newest.getByRole('link', { name: `Order ${orderNumber(order.id)}` })).toBeVisible();
  await expect(newest).toContainText(priceText(order.totalCents));
  await expect(newest).toContainText('2 items');
  await expect(newest).toContainText('Paid');
  await expectNoAxeViolations(page, 'the order list');

  await newest.getByRole('link', { name: `Order ${orderNumber(order.id)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/account/orders/${order.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderNumber(order.id)}` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(book.title) });
  await expect(row.getByRole('cell')).toHaveText([priceText(book.priceCents), '2', priceText(book.priceCents * 2)]);
  await expect(page.getByRole('row', { name: /^Total/ })).toContainText(priceText(order.totalCents));
  await expect(page.getByRole('region', { name: 'Payment' })).toContainText(order.paymentIntentId);
  await expect(page.getByRole('region', { name: 'Shipping address' })).toContainText('Ada Reader');
  await expectNoAxeViolations(page, 'an order page');

  // Someone else's order, or none: the API answers null, the page says "not found".
  await page.goto('/account/orders/0123456789abcdef0123456789abcdef');
  await expect(page.getByRole('heading', { level: 1, name: 'Order not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'the order-not-found page');
});

test('an Admin’s menu works from the keyboard and offers “Manage catalog”; “Sign out everywhere” ends every session', async ({
  page,
}) => {
  await page.goto('/account/sign-in?returnTo=%2F');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/$/);

  const button = accountMenu(page, admin.email);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Orders', 'Profile', 'Manage catalog', 'Sign out']);
  await expect(menu.getByRole('menuitem', { name: 'Orders' })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: 'Manage catalog' })).toHaveAttribute('href', '/admin');
  await expectNoAxeViolations(page, 'the open account menu');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Profile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(admin.email);
  await expectNoAxeViolations(page, 'the profile page');

  // The local Cognito proxy revokes every token of the user (GlobalSignOut), as Cognito does.
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('You’re signed out on every device.');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page, 'the sign-in page with a sign-out notice');
});

test('Amplify UI loads on the sign-in route only: the home route fetches none of it', async ({ page }) => {
  const authenticatorCode: string[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const body = await response.text().catch(() => '');
    // The Authenticator's markup attribute: in @aws-amplify/ui-react's chunk and in its CSS, nowhere else.
    if (body.includes('data-amplify-authenticator')) authenticatorCode.push(response.url());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(authenticatorCode).toEqual([]);

  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('tab', { name: 'Create Account' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(authenticatorCode.length).toBeGreaterThan(0);
});

test('on a phone the account pages fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/account/sign-in?returnTo=%2Faccount%2Forders');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await signIn(page, customer.email, customer.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your orders' }).or(page.getByText('No orders yet'))).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // On a phone the menu button shows an icon only; its name still says whose account it is.
  await accountMenu(page, customer.email).click();
  await expect(page.getByRole('menu')).toBeInViewport();
});
