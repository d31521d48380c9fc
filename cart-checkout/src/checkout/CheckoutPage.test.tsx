import '../test/patient';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { setAppConfig } from '@folio/config/web/app-config';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import { provideRemoteModule, setRemoteDown } from '@folio/config/web/test/fake-federation-runtime';
import type { OrderDetail } from '@folio/contract/documents/orders';
import type { ProcessOrderInput } from '@folio/contract/generated/operations';
import { resetBookInfo } from '../cart/book-info';
import { switchCartOwner, useCartStore } from '../cart/store';
import { cartBook } from '../test/books';
import { fakeOrdersModule, graphqlError, orderFor, resetFakeApi, setApiBooks } from '../test/fake-api';
import { fakeSession } from '../test/fake-amplify';
import CartCheckoutRoutes from '../routes';
import { attemptStorageKey } from './attempt';
import { resetAuthGate } from './AuthGate';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('../api/books', () => jest.requireActual('../test/fake-api').fakeBooksModule);
jest.mock('../api/orders', () => jest.requireActual('../test/fake-api').fakeOrdersModule);

const CUSTOMER = 'customer-1';
const processOrder = fakeOrdersModule.processOrder;
const sent = (call = 0) => processOrder.mock.calls[call][0] as ProcessOrderInput;

// Sources load (and compile) on first use: the account app's guard and the lazily loaded pages, before any test's
// clock starts.
beforeAll(() => Promise.all([import('account/RequireAuth'), import('./CheckoutPage'), import('./ConfirmationPage')]));

beforeEach(() => {
  fakeSession.reset();
  resetFakeApi();
  resetBookInfo();
  resetAuthGate();
  sessionStorage.clear(); // the address typed in an earlier test
  act(() => switchCartOwner(null));
  act(() => useCartStore.getState().clear());
  // The account app's guard, as the page loads it from the account remote.
  provideRemoteModule('account/RequireAuth', () => import('account/RequireAuth'));
});

function signedInWithCart() {
  fakeSession.signInQuietly(CUSTOMER);
  act(() => switchCartOwner(CUSTOMER));
  act(() => {
    useCartStore.getState().add(cartBook({ priceCents: 949 }), 2);
    useCartStore.getState().add(cartBook({ id: 'odyssey', title: 'The Odyssey', priceCents: 1250, coverKey: null }));
  });
  // Prices moved since the books were added: checkout shows (and the server charges) today's.
  setApiBooks(
    cartBook({ priceCents: 999 }),
    cartBook({ id: 'odyssey', title: 'The Odyssey', priceCents: 1250, coverKey: null }),
  );
}

const openCheckout = async () => {
  const view = renderAt('/checkout', <CartCheckoutRoutes />);
  await screen.findByRole('group', { name: 'Shipping address' });
  return view;
};

async function fillAddress(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    'Full name': 'Ada Lovelace',
    'Address line 1': '12 St James’s Square',
    'Town or city': 'London',
    'Postal code': 'SW1Y 4JH',
    ...overrides,
  };
  for (const [label, value] of Object.entries(values)) {
    const input = screen.getByLabelText(label);
    await userEvent.clear(input);
    // Pasted rather than typed key by key: the same events per field, much faster.
    if (value) await userEvent.paste(value);
  }
  await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');
}

const payButton = () => screen.getByRole('button', { name: /^Pay/ });

describe('checkout for a guest', () => {
  it('sends a guest to sign in, to come back to checkout (the account app’s guard)', async () => {
    const view = renderAt('/checkout', <CartCheckoutRoutes />);
    await waitFor(() => expect(view.location()).toMatch(/^\/account\/sign-in\?/));
    expect(view.location()).toBe('/account/sign-in?returnTo=%2Fcheckout');
  });

  it('still sends a guest to sign in when the account remote is down', async () => {
    setRemoteDown('account');
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const view = renderAt('/checkout', <CartCheckoutRoutes />);
    await waitFor(() => expect(view.location()).toBe('/account/sign-in?returnTo=%2Fcheckout'));
  });
});

describe('checkout for a signed-in customer', () => {
  it('shows the order at today’s prices and a clearly labelled test payment (no Stripe key)', async () => {
    signedInWithCart();
    await openCheckout();
    const summary = screen.getByRole('complementary', { name: 'Your order' });
    await waitFor(() => expect(within(summary).getByText('Total').nextSibling).toHaveTextContent('$32.48'));
    expect(payButton()).toHaveTextContent('Pay $32.48');
    const panel = screen.getByRole('group', { name: /Test payment/ });
    expect(panel).toHaveTextContent('No real card is used');
    expect(within(panel).getByRole('radio', { name: 'Visa — succeeds' })).toBeChecked();
    for (const name of ['Declined', 'Insufficient funds', 'Expired card', 'Mastercard — succeeds'])
      expect(within(panel).getByRole('radio', { name })).toBeInTheDocument();
  });

  it('checks the address field by field before paying, and keeps what was typed', async () => {
    signedInWithCart();
    await openCheckout();
    await userEvent.type(screen.getByLabelText('Full name'), 'Ada');
    await userEvent.click(screen.getByLabelText('Address line 2 (optional)'));
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(payButton());
    expect(processOrder).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Address line 1')).toHaveAccessibleDescription('Enter the street address.');
    expect(screen.getByLabelText('Address line 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Address line 1')).toHaveFocus();
    expect(screen.getByLabelText('Address line 2 (optional)')).toHaveAccessibleDescription(
      'Use at most 200 characters (this has 201).',
    );
    expect(screen.getByLabelText('Town or city')).toHaveAccessibleDescription('Enter the town or city.');
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada');
    expect(screen.getByLabelText('Full name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the 4 fields marked above.');
    // Fixing a field clears its message as soon as it is right.
    await userEvent.type(screen.getByLabelText('Town or city'), 'L');
    expect(screen.getByLabelText('Town or city')).not.toHaveAttribute('aria-invalid');
  });

  it('pays with ONE processOrder call (ids and quantities, never prices), clears the cart and confirms', async () => {
    signedInWithCart();
    const view = await openCheckout();
    await fillAddress({ 'Full name': '  Ada Lovelace  ' });
    await userEvent.click(payButton());

    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(processOrder).toHaveBeenCalledTimes(1);
    expect(sent()).toEqual({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      items: [
        { bookId: 'emma', quantity: 2 },
        { bookId: 'odyssey', quantity: 1 },
      ],
      paymentMethodId: 'pm_card_visa',
      shippingAddress: {
        name: 'Ada Lovelace',
        line1: '12 St James’s Square',
        line2: null,
        city: 'London',
        postalCode: 'SW1Y 4JH',
        country: 'GB',
      },
    });
    expect(view.location()).toBe('/checkout/confirmation/order-1');
    expect(useCartStore.getState().lines).toEqual([]);
    expect(localStorage.getItem(attemptStorageKey(CUSTOMER))).toBeNull();
    expect(screen.getByText('Total paid').nextSibling).toHaveTextContent('$32.48');
  });

  it('disables Pay while paying: a double click places one order', async () => {
    signedInWithCart();
    let answer!: (order: OrderDetail) => void;
    processOrder.mockImplementation(
      (input: ProcessOrderInput) => new Promise<OrderDetail>((resolve) => (answer = () => resolve(orderFor(input)))),
    );
    await openCheckout();
    await fillAddress();
    await userEvent.dblClick(payButton());
    expect(payButton()).toBeDisabled();
    expect(payButton()).toHaveTextContent('Paying…');
    expect(screen.getByLabelText('Full name')).toBeDisabled();
    await userEvent.click(payButton());
    expect(processOrder).toHaveBeenCalledTimes(1);
    // The cart stays until the order exists.
    expect(useCartStore.getState().lines).toHaveLength(2);
    await act(async () => answer(orderFor(sent())));
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
  });

  it('keeps the cart after a decline, says so beside the form, and retries the same attempt (same key) with another card', async () => {
    signedInWithCart();
    processOrder.mockRejectedValueOnce(
      graphqlError('PaymentDeclined', 'Your card was declined.', {
        code: 'card_declined',
        declineCode: 'generic_decline',
      }),
    );
    await openCheckout();
    await fillAddress();
    await userEvent.click(screen.getByRole('radio', { name: 'Declined' }));
    await userEvent.click(payButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your card was declined. You have not been charged. Choose another payment method and try again.',
    );
    expect(sent(0).paymentMethodId).toBe('pm_card_chargeDeclined');
    expect(useCartStore.getState().lines).toHaveLength(2);
    expect(payButton()).toBeEnabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Visa — succeeds' }));
    await userEvent.click(payButton());
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(sent(1)).toMatchObject({ idempotencyKey: sent(0).idempotencyKey, paymentMethodId: 'pm_card_visa' });
  });

  it('starts a new attempt (a new key) when the address or the cart changes after a failure', async () => {
    signedInWithCart();
    processOrder.mockRejectedValue(
      graphqlError(
        'PaymentUnavailable',
        'Payment could not be processed right now; you have not been charged. Please try again.',
      ),
    );
    await openCheckout();
    await fillAddress();
    await userEvent.click(payButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Payment could not be processed right now; you have not been charged.',
    );
    await userEvent.click(payButton());
    await waitFor(() => expect(processOrder).toHaveBeenCalledTimes(2));
    expect(sent(1).idempotencyKey).toBe(sent(0).idempotencyKey);
    await userEvent.type(screen.getByLabelText('Address line 2 (optional)'), 'Flat 2');
    await userEvent.click(payButton());
    await waitFor(() => expect(processOrder).toHaveBeenCalledTimes(3));
    expect(sent(2).idempotencyKey).not.toBe(sent(1).idempotencyKey);
    act(() => useCartStore.getState().setQuantity('emma', 1));
    await waitFor(() => expect(payButton()).toBeEnabled());
    await userEvent.click(payButton());
    await waitFor(() => expect(processOrder).toHaveBeenCalledTimes(4));
    expect(sent(3).idempotencyKey).not.toBe(sent(2).idempotencyKey);
  });

  it('names the book that ran out, keeps the cart, and shows today’s stock', async () => {
    signedInWithCart();
    processOrder.mockRejectedValueOnce(
      graphqlError('OutOfStock', 'Not enough stock', { lines: [{ bookId: 'emma', title: 'Emma', available: 1 }] }),
    );
    await openCheckout();
    await fillAddress();
    setApiBooks(cartBook({ priceCents: 999, stock: 1 }));
    await userEvent.click(payButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, only 1 of “Emma” is left. You have not been charged.',
    );
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Go to your cart' })).toHaveAttribute(
      'href',
      '/cart',
    );
    expect(useCartStore.getState().lines).toHaveLength(2);
    await waitFor(() => expect(payButton()).toBeDisabled());
    expect(screen.getByRole('complementary', { name: 'Your order' })).toHaveTextContent(
      'Only 1 of “Emma” left: lower the quantity to check out.',
    );
  });

  it('after a reload in the middle of paying, offers to finish that payment: same address, same key', async () => {
    signedInWithCart();
    processOrder.mockImplementationOnce(() => new Promise(() => undefined)); // the page goes away before the answer
    const first = await openCheckout();
    await fillAddress();
    await userEvent.click(payButton());
    await waitFor(() => expect(processOrder).toHaveBeenCalledTimes(1));
    first.unmount();
    sessionStorage.clear(); // not even the draft is left: the attempt itself keeps the address
    await openCheckout();
    expect(screen.getByRole('status')).toHaveTextContent('Your last payment did not finish');
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Country')).toHaveValue('GB');
    await waitFor(() => expect(payButton()).toBeEnabled());
    await userEvent.click(payButton());
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(sent(1).idempotencyKey).toBe(sent(0).idempotencyKey);
  });

  it('keeps Pay disabled while a line is sold out, and says why', async () => {
    signedInWithCart();
    setApiBooks(cartBook({ stock: 0 }));
    await openCheckout();
    await waitFor(() =>
      expect(screen.getByRole('complementary', { name: 'Your order' })).toHaveTextContent(
        '“Emma” is sold out: remove it to check out.',
      ),
    );
    expect(payButton()).toBeDisabled();
  });

  it('has nothing to pay for with an empty cart', async () => {
    fakeSession.signInQuietly(CUSTOMER);
    act(() => switchCartOwner(CUSTOMER));
    renderAt('/checkout', <CartCheckoutRoutes />);
    expect(await screen.findByText('Your cart is empty, so there is nothing to pay for.')).toBeInTheDocument();
  });
});

describe('a card that asks for 3-D Secure (offline test mode: the Stripe emulator’s challenge)', () => {
  const EMULATOR = 'http://localhost:12111';
  const actionRequired = () =>
    graphqlError('PaymentActionRequired', 'Your card needs you to confirm this payment.', {
      clientSecret: 'pi_3ds_secret_1',
      paymentIntentId: 'pi_3ds',
    });
  const answer = (outcome: 'complete' | 'fail', origin = EMULATOR, paymentIntentId = 'pi_3ds') =>
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', { origin, data: { type: 'stripe-3ds-result', paymentIntentId, outcome } }),
      );
    });

  beforeEach(() => setAppConfig({ ...TEST_APP_CONFIG, stripeEmulatorOrigin: EMULATOR }));
  afterEach(() => setAppConfig(TEST_APP_CONFIG));

  async function payWith3ds() {
    signedInWithCart();
    await openCheckout();
    await fillAddress();
    await userEvent.click(screen.getByRole('radio', { name: '3-D Secure — asks to confirm' }));
    await userEvent.click(payButton());
    return screen.findByRole('dialog', { name: 'Confirm your payment' });
  }

  it('offers the 3-D Secure test methods, clearly labelled', async () => {
    signedInWithCart();
    await openCheckout();
    expect(screen.getByRole('radio', { name: '3-D Secure — asks to confirm' })).toHaveAccessibleDescription(
      /pm_card_authenticationRequired/,
    );
    expect(screen.getByRole('radio', { name: '3-D Secure 2 — asks to confirm' })).toHaveAccessibleDescription(
      /pm_card_threeDSecure2Required/,
    );
  });

  it('shows the challenge, keeps Pay disabled meanwhile, then pays again with the same key and card', async () => {
    processOrder.mockRejectedValueOnce(actionRequired());
    const dialog = await payWith3ds();
    expect(within(dialog).getByTitle('3-D Secure challenge')).toHaveAttribute(
      'src',
      `${EMULATOR}/3ds/pi_3ds?client_secret=pi_3ds_secret_1`,
    );
    expect(screen.getByRole('button', { name: 'Confirming with your card…' })).toBeDisabled();
    answer('complete', 'https://evil.example'); // ignored: not the emulator
    answer('complete', EMULATOR, 'pi_other'); // ignored: another payment
    expect(processOrder).toHaveBeenCalledTimes(1);
    answer('complete');
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(processOrder).toHaveBeenCalledTimes(2);
    expect(sent(1)).toEqual(sent(0));
    expect(sent(0).paymentMethodId).toBe('pm_card_authenticationRequired');
    expect(useCartStore.getState().lines).toEqual([]);
  });

  it('closing the challenge keeps the cart and the form, says so with the focus on it, and Pay retries it', async () => {
    processOrder.mockRejectedValueOnce(actionRequired());
    await payWith3ds();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    const message = await screen.findByText(/the card’s security check \(3-D Secure\) was closed/);
    await waitFor(() => expect(message).toHaveFocus());
    expect(message).toHaveTextContent('You have not been charged and your cart is kept.');
    expect(processOrder).toHaveBeenCalledTimes(1);
    expect(useCartStore.getState().lines).toHaveLength(2);
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByRole('radio', { name: '3-D Secure — asks to confirm' })).toBeChecked();
    // The same card again: the server asks for the challenge again, which is completed this time.
    processOrder.mockRejectedValueOnce(actionRequired());
    await userEvent.click(payButton());
    await screen.findByRole('dialog', { name: 'Confirm your payment' });
    answer('complete');
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(sent(1).idempotencyKey).toBe(sent(0).idempotencyKey);
    expect(sent(2)).toEqual(sent(1));
  });

  it('a failed challenge is a decline with the cart kept; another card (same key) pays', async () => {
    processOrder
      .mockRejectedValueOnce(actionRequired())
      .mockRejectedValueOnce(graphqlError('PaymentDeclined', 'Your card was declined.', { code: 'card_declined' }));
    await payWith3ds();
    answer('fail');
    const message = await screen.findByText(/security check \(3-D Secure\) failed/);
    await waitFor(() => expect(message).toHaveFocus());
    expect(useCartStore.getState().lines).toHaveLength(2);
    expect(payButton()).toBeEnabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Visa — succeeds' }));
    await userEvent.click(payButton());
    await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' });
    expect(sent(2)).toMatchObject({ idempotencyKey: sent(0).idempotencyKey, paymentMethodId: 'pm_card_visa' });
  });
});
