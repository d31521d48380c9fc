/**
 * Checkout journeys against the real pipeline (processOrder: makePayment → createOrder, the Stripe emulator): a
 * guest's cart through sign-in to a paid order, a declined card, a double Pay, and accessibility.
 */
import { expect, test } from '../support/fixtures';
import { bookById, priceText } from '../support/catalog';
import { expectNoAxeViolations } from '../support/axe';
import {
  ADDRESS,
  addFromBookPage,
  fillShippingAddress,
  myOrders,
  newOrders,
  orderNumber,
  signInOnPage,
} from '../support/checkout';

// Austen's books have covers in the e2e stack; these two have stock to spare for every run of the suite.
const MANSFIELD = bookById('mansfield-park');
const NORTHANGER = bookById('northanger-abbey');

const CONFIRMED = 'Thank you! Your order is confirmed.';

test('a guest adds two books, signs in at checkout, pays with Visa, and finds the order in their account', async ({
  page,
}) => {
  const before = await myOrders();
  await addFromBookPage(page, MANSFIELD.id);
  await addFromBookPage(page, NORTHANGER.id);
  const banner = page.getByRole('banner');
  await banner.getByRole('link', { name: 'Cart 2 items' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible();
  const lines = page.getByRole('list', { name: 'Items in your cart' });
  await expect(lines.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel(`Quantity of ${NORTHANGER.title}`).selectOption('2');
  const totalCents = MANSFIELD.priceCents + 2 * NORTHANGER.priceCents;
  await expect(page.getByRole('complementary', { name: 'Order summary' })).toContainText(
    `Subtotal (3 items)${priceText(totalCents)}`,
  );

  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await expect(page).toHaveURL(/\/account\/sign-in\?returnTo=%2Fcheckout$/);
  await signInOnPage(page);
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  // The guest's cart came along into the customer's.
  await expect(banner.getByRole('link', { name: 'Cart 3 items' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Your order' })).toContainText(priceText(totalCents));

  await fillShippingAddress(page);
  await expect(page.getByRole('group', { name: /Test payment/ })).toContainText('No real card is used');
  await expect(page.getByRole('radio', { name: 'Visa — succeeds' })).toBeChecked();
  await page.getByRole('button', { name: `Pay ${priceText(totalCents)}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: CONFIRMED })).toBeVisible();
  const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  await expect(page.getByText('Order number', { exact: true }).locator('+ dd')).toHaveText(orderNumber(orderId));
  await expect(page.getByRole('list', { name: 'Items in this order' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('Total paid').locator('+ strong')).toHaveText(priceText(totalCents));
  await expect(banner.getByRole('link', { name: 'Cart 0 items' })).toBeVisible();
  await expectNoAxeViolations(page, 'the order confirmation');

  // The API has exactly this one new order, priced by the server.
  const placed = newOrders(before, await myOrders());
  expect(placed).toHaveLength(1);
  expect(placed[0]).toMatchObject({ id: orderId, totalCents });
  expect(placed[0].items.map((i) => [i.bookId, i.quantity]).sort()).toEqual([
    [MANSFIELD.id, 1],
    [NORTHANGER.id, 2],
  ]);

  // …and the account app lists it with its total.
  await expect(page.getByRole('link', { name: 'View your order' })).toHaveAttribute(
    'href',
    `/account/orders/${orderId}`,
  );
  await page.goto('/account/orders');
  const card = page
    .getByRole('list', { name: 'Your orders' })
    .getByRole('listitem')
    .filter({ hasText: `Order ${orderNumber(orderId)}` });
  await expect(card).toContainText(priceText(totalCents));
});

test('a declined card keeps the cart and says so beside the form; another card then pays', async ({ page }) => {
  const before = await myOrders();
  await addFromBookPage(page, MANSFIELD.id);
  await page.goto('/checkout');
  await signInOnPage(page);
  await expect(page).toHaveURL(/\/checkout$/);
  await fillShippingAddress(page);
  await page.getByRole('radio', { name: 'Declined' }).check();
  await page.getByRole('button', { name: /^Pay / }).click();

  await expect(page.getByRole('alert')).toContainText(
    'Your card was declined. You have not been charged. Choose another payment method and try again.',
  );
  await expect(page.getByRole('banner').getByRole('link', { name: 'Cart 1 item' })).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue(ADDRESS.name);
  await expectNoAxeViolations(page, 'checkout with a declined card');
  expect(newOrders(before, await myOrders())).toEqual([]);

  await page.getByRole('radio', { name: 'Insufficient funds' }).check();
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('alert')).toContainText('Your card was declined: it has insufficient funds.');

  await page.getByRole('radio', { name: 'Mastercard — succeeds' }).check();
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { level: 1, name: CONFIRMED })).toBeVisible();
  expect(newOrders(before, await myOrders())).toHaveLength(1);
});

test('Pay pressed three times at once places exactly one order', async ({ page }) => {
  await addFromBookPage(page, NORTHANGER.id);
  await page.goto('/checkout');
  await signInOnPage(page);
  await fillShippingAddress(page);
  const before = await myOrders();
  const pay = page.getByRole('button', { name: /^Pay / });
  await expect(pay).toBeEnabled();
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes('processOrder')) sent.push(r.postData()!);
  });
  // Three clicks in one task: React has not re-rendered (so the button is not disabled yet) between them.
  await pay.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
    button.click();
  });
  await expect(page.getByRole('heading', { level: 1, name: CONFIRMED })).toBeVisible();
  expect(sent).toHaveLength(1);
  expect(newOrders(before, await myOrders())).toHaveLength(1);
});

test('the cart and checkout pages have no accessibility violations (axe, WCAG 2.0/2.1 A/AA, the whole page)', async ({
  page,
}) => {
  await page.goto('/cart');
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await expectNoAxeViolations(page, 'empty cart');

  await addFromBookPage(page, MANSFIELD.id);
  await page.getByRole('banner').getByRole('button', { name: 'Cart summary' }).click();
  await expect(page.getByRole('region', { name: 'Cart summary' })).toContainText(MANSFIELD.title);
  await expectNoAxeViolations(page, 'mini cart open');

  await page.goto('/cart');
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText(MANSFIELD.title);
  await expectNoAxeViolations(page, 'cart');

  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await signInOnPage(page);
  await expect(page.getByRole('group', { name: 'Shipping address' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay / })).toBeEnabled();
  await expectNoAxeViolations(page, 'checkout');
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'checkout with errors');
});

test('on a phone, cart and checkout fit the screen: no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await addFromBookPage(page, NORTHANGER.id);
  await page.goto('/cart');
  await expect(page.getByRole('list', { name: 'Items in your cart' })).toContainText(NORTHANGER.title);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await signInOnPage(page);
  await expect(page.getByRole('group', { name: 'Shipping address' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
