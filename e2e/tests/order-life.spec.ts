/**
 * The order's life in the browser, against the real local stack (AppSync with the change-order Lambda, Stripe
 * emulator, SES emulator fed from the orders table's stream): staff ship an order at the desk and the customer
 * sees the tracking and gets the email; a customer cancels and gets stock and money back; staff refund in two
 * parts. Staff and customer each have a browser of their own. axe checks every page and dialog on the way.
 */
import type { Browser, Page } from '@playwright/test';
import { DEMO_USERS } from '@folio/config';
import { expect, test } from '../support/fixtures';
import { idToken, placeOrder, type PlacedOrder } from '../support/account';
import { signInHere } from '../support/admin';
import { expectNoAxeViolations } from '../support/axe';
import { priceText } from '../support/catalog';
import { emailsTo, moneyBack, stockOf } from '../support/order-life';

const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;
const customer = DEMO_USERS.find((u) => u.groups.length === 0)!;
const BOOK = 'war-and-peace';

/** The order number the pages show (config/web/order-number.ts). */
const orderNumber = (id: string) => id.slice(0, 8).toUpperCase();

async function buy(quantity = 1): Promise<PlacedOrder> {
  return placeOrder(await idToken(customer.email, customer.password), [{ bookId: BOOK, quantity }]);
}

/** A browser of `user`'s own, signed in at `path` (the guard sends them to sign in and back). */
async function signedInAt(browser: Browser, user: { email: string; password: string }, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/account\/sign-in\?returnTo=/);
  await signInHere(page, user);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
  return page;
}

/** Staff open one order at the desk by finding its number, as they would from a customer's email. */
async function openAtDesk(staff: Page, order: PlacedOrder): Promise<void> {
  await staff.goto('/admin/orders');
  await expect(staff.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await staff.getByLabel('Order number or customer email').fill(orderNumber(order.id).toLowerCase());
  await staff.getByRole('button', { name: 'Find' }).click();
  const found = staff.getByRole('table', { name: /found for/ });
  await expect(found.getByRole('row')).toHaveCount(2);
  await found.getByRole('link', { name: `Order ${orderNumber(order.id)}` }).click();
  await expect(staff.getByRole('heading', { level: 1, name: `Order ${orderNumber(order.id)}` })).toBeVisible();
}

const statusBadge = (page: Page) => page.getByRole('main').locator('[data-status]').first();

test('staff ship an order with tracking at the desk; the customer sees the tracking and has the shipped email', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const order = await buy();
  const tracking = `RM${Date.now()}GB`;

  const staff = await signedInAt(browser, admin, '/admin/orders');
  await expect(staff.getByRole('navigation', { name: 'Store management' })).toBeVisible();
  await expect(staff.getByRole('table', { name: /newest first/ })).toBeVisible();
  await expectNoAxeViolations(staff, 'the order desk’s list');
  await staff.getByLabel('Status').selectOption('PAID');
  await expect(staff).toHaveURL(/\/admin\/orders\?status=PAID$/);
  await expect(staff.getByRole('table', { name: /paid, newest first/ })).toBeVisible();

  await openAtDesk(staff, order);
  await expect(staff.getByRole('region', { name: 'History' })).toContainText('Order placed by the customer');
  await expectNoAxeViolations(staff, 'an order at the desk');
  const ship = staff.getByRole('form', { name: 'Ship' });
  await ship.getByLabel('Carrier').fill('Royal Mail');
  await ship.getByLabel('Tracking number').fill(tracking);
  await ship.getByRole('button', { name: 'Mark shipped' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Marked shipped with Royal Mail.' })).toBeFocused();
  await expect(statusBadge(staff)).toHaveText('Shipped');
  await expect(staff.getByRole('region', { name: 'Shipment' })).toContainText(tracking);
  await expectNoAxeViolations(staff, 'a shipped order at the desk');

  const buyer = await signedInAt(browser, customer, `/account/orders/${order.id}`);
  await expect(buyer.getByRole('heading', { level: 1, name: `Order ${orderNumber(order.id)}` })).toBeVisible();
  await expect(statusBadge(buyer)).toHaveText('Shipped');
  const shipment = buyer.getByRole('region', { name: 'Shipment' });
  await expect(shipment).toContainText('Royal Mail');
  await expect(shipment).toContainText(tracking);
  await expect(buyer.getByRole('region', { name: 'Timeline' })).toContainText('Shipped');
  await expect(buyer.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expectNoAxeViolations(buyer, 'the customer’s shipped order');

  await buyer.goto('/account/orders');
  const card = buyer.getByRole('listitem').filter({ hasText: `Order ${orderNumber(order.id)}` });
  await expect(card.locator('[data-status]')).toHaveText('Shipped');
  await expectNoAxeViolations(buyer, 'the order list with status badges');

  const shipped = await emailsTo(customer.email, [tracking]);
  expect(shipped).toHaveLength(1);
  expect(shipped[0].subject).toContain(orderNumber(order.id));
  expect(shipped[0].body.text).toContain('Royal Mail');
});

test('a customer cancels a fresh order: the stock and the money go back, and a cancellation email comes', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const before = await stockOf(BOOK);
  const order = await buy(2);
  expect(await stockOf(BOOK)).toBe(before - 2);

  const buyer = await signedInAt(browser, customer, `/account/orders/${order.id}`);
  await expect(statusBadge(buyer)).toHaveText('Paid');
  await expect(buyer.getByRole('region', { name: 'Shipment' })).toContainText('Not sent yet.');
  await expectNoAxeViolations(buyer, 'the customer’s paid order');

  // Keep it first: the dialog closes and the focus is back on the button.
  const cancel = buyer.getByRole('button', { name: 'Cancel order' });
  await cancel.click();
  const dialog = buyer.getByRole('alertdialog', { name: 'Cancel this order?' });
  await expect(dialog).toContainText(priceText(order.totalCents));
  await expect(dialog.getByRole('button', { name: 'Keep the order' })).toBeFocused();
  await expectNoAxeViolations(buyer, 'the cancellation dialog');
  await buyer.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(cancel).toBeFocused();

  // Then cancel, by keyboard.
  await buyer.keyboard.press('Enter');
  await buyer.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel order' })).toBeFocused();
  await buyer.keyboard.press('Enter');
  await expect(buyer.getByRole('status').filter({ hasText: 'Your order is cancelled.' })).toBeFocused();
  await expect(statusBadge(buyer)).toHaveText('Cancelled');
  await expect(buyer.getByRole('region', { name: 'Timeline' })).toContainText('Cancelled');
  await expectNoAxeViolations(buyer, 'the customer’s cancelled order');

  expect(await stockOf(BOOK)).toBe(before);
  const money = await moneyBack(order.paymentIntentId);
  expect(money.status === 'canceled' || money.refundedCents === order.totalCents).toBe(true);

  const cancelled = await emailsTo(customer.email, [`order ${orderNumber(order.id)} is cancelled`]);
  expect(cancelled).toHaveLength(1);
});

test('staff refund part of an order, then the rest: REFUNDED, and Stripe paid it all back once', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const order = await buy(2);
  const part = 500;
  const rest = order.totalCents - part;

  const staff = await signedInAt(browser, admin, `/admin/orders/${order.id}`);
  await expect(staff.getByRole('heading', { level: 1, name: `Order ${orderNumber(order.id)}` })).toBeVisible();
  const refund = staff.getByRole('form', { name: 'Refund' });
  await expect(refund).toContainText(`Up to ${priceText(order.totalCents)} left to refund.`);
  await refund.getByLabel('Amount (USD)').fill('5.00');
  await refund.getByLabel(/^Reason/).fill('Dented cover');
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(staff.getByRole('status').filter({ hasText: `Refunded ${priceText(part)}.` })).toBeFocused();
  await expect(statusBadge(staff)).toHaveText('Paid');
  await expect(staff.getByRole('region', { name: 'History' })).toContainText('“Dented cover”');
  await expectNoAxeViolations(staff, 'a part-refunded order at the desk');

  // More than is left is refused beside the field, before the API is asked.
  await refund.getByLabel('Amount (USD)').fill((order.totalCents / 100).toFixed(2));
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(refund.getByLabel('Amount (USD)')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(staff, 'the refund form with an error');

  await refund.getByLabel('Amount (USD)').fill((rest / 100).toFixed(2));
  await refund.getByRole('button', { name: 'Refund' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'the order is fully refunded' })).toBeFocused();
  await expect(statusBadge(staff)).toHaveText('Refunded');
  await expect(staff.getByRole('form', { name: 'Refund' })).toHaveCount(0);
  await expect(staff.getByRole('region', { name: 'Payment' })).toContainText(`Refunded${priceText(order.totalCents)}`);
  await expectNoAxeViolations(staff, 'a refunded order at the desk');

  expect((await moneyBack(order.paymentIntentId)).refundedCents).toBe(order.totalCents);
  const emails = await emailsTo(customer.email, ['a refund of', orderNumber(order.id)], { atLeast: 2 });
  expect(emails.map((email) => email.subject).sort()).toEqual(
    [part, rest].map((cents) => `A refund of ${priceText(cents)} on your Folio order ${orderNumber(order.id)}`).sort(),
  );

  // A customer is not let in.
  const buyer = await signedInAt(browser, customer, '/admin/orders');
  await expect(buyer.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expectNoAxeViolations(buyer, 'the order desk refused to a customer');
});
