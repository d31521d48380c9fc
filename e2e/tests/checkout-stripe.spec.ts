/**
 * Checkout with a Stripe publishable key. js.stripe.com is unreachable here, so:
 * - Stripe.js is served from a stub through Playwright's page.route: the Payment Element mounts, the stub makes
 *   the payment method (Stripe's test `pm_card_visa`), and the real pipeline charges it on the emulator;
 * - with Stripe.js blocked, a test key falls back to the labelled test-payment panel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { bookById } from '../support/catalog';
import { addFromBookPage, fillShippingAddress, myOrders, newOrders, signInOnPage } from '../support/checkout';

const BOOK = bookById('mansfield-park');

/** The shell hands out amplify_outputs.json with a Stripe key, as a deployment with Stripe configured would. */
async function withStripeKey(page: Page, key = 'pk_test_folio_e2e'): Promise<void> {
  await page.route('**/amplify_outputs.json', async (route) => {
    const response = await route.fetch();
    const outputs = await response.json();
    outputs.custom.folio.stripePublishableKey = key;
    await route.fulfill({ response, json: outputs });
  });
}

/** Just enough of Stripe.js (release train "endive") for @stripe/react-stripe-js's Elements and PaymentElement. */
const STRIPE_STUB = `
window.Stripe = function Stripe(key) {
  function element(type) {
    var node = null, handlers = {};
    return {
      mount: function (target) {
        node = typeof target === 'string' ? document.querySelector(target) : target;
        node.innerHTML = '<label>Card number (Stripe stub) <input value="4242 4242 4242 4242" readonly></label>';
        setTimeout(function () { (handlers.ready || []).forEach(function (f) { f({ elementType: type }); }); });
      },
      on: function (event, handler) { (handlers[event] = handlers[event] || []).push(handler); return this; },
      off: function () { return this; },
      once: function (event, handler) { return this.on(event, handler); },
      update: function () {},
      destroy: function () { if (node) node.innerHTML = ''; },
      unmount: function () {},
      focus: function () {}, blur: function () {}, clear: function () {}, collapse: function () {}
    };
  }
  var elements = {
    create: function (type) { return element(type); },
    getElement: function () { return null; },
    update: function () {},
    submit: function () { return Promise.resolve({}); },
    fetchUpdates: function () { return Promise.resolve({}); }
  };
  return {
    elements: function () { return elements; },
    createPaymentMethod: function () { window.__stripeStubCreated = (window.__stripeStubCreated || 0) + 1; return Promise.resolve({ paymentMethod: { id: 'pm_card_visa' } }); },
    // Never called by checkout; @stripe/react-stripe-js checks they exist to recognise a Stripe instance.
    createToken: function () { return Promise.reject(new Error('not in the stub')); },
    confirmCardPayment: function () { return Promise.reject(new Error('not in the stub')); },
    _registerWrapper: function () {},
    registerAppInfo: function () {}
  };
};
window.Stripe.version = 'endive';`;

test('with a Stripe key, the Payment Element (Stripe.js stubbed) makes the payment method and the order is paid', async ({
  page,
}) => {
  await withStripeKey(page);
  await page.route('https://js.stripe.com/**', (route) =>
    route.fulfill({ contentType: 'application/javascript', body: STRIPE_STUB }),
  );
  await addFromBookPage(page, BOOK.id);
  await page.goto('/checkout');
  await signInOnPage(page);
  await expect(page.getByLabel('Card number (Stripe stub)')).toBeVisible();
  await expect(page.getByRole('group', { name: /Test payment/ })).toHaveCount(0);
  await fillShippingAddress(page);
  const before = await myOrders();
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __stripeStubCreated?: number }).__stripeStubCreated)).toBe(
    1,
  );
  expect(newOrders(before, await myOrders())).toHaveLength(1);
});

test('with a test key and Stripe.js unreachable, checkout offers the labelled test payment instead', async ({
  page,
}) => {
  await withStripeKey(page);
  await page.route('https://js.stripe.com/**', (route) => route.abort('internetdisconnected'));
  await addFromBookPage(page, BOOK.id);
  await page.goto('/checkout');
  await signInOnPage(page);
  await expect(page.getByRole('group', { name: /Test payment/ })).toContainText(
    'Stripe’s card form could not be loaded',
  );
  await fillShippingAddress(page);
  await page.getByRole('button', { name: /^Pay / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' })).toBeVisible();
});
