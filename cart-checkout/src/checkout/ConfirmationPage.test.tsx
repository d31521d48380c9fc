import '../test/patient';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { provideRemoteModule } from '@folio/config/web/test/fake-federation-runtime';
import { fakeOrdersModule, orderFor, resetFakeApi, setApiBooks } from '../test/fake-api';
import { fakeSession } from '../test/fake-amplify';
import { cartBook } from '../test/books';
import CartCheckoutRoutes from '../routes';
import { resetAuthGate } from './AuthGate';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('../api/orders', () => jest.requireActual('../test/fake-api').fakeOrdersModule);

// Sources load (and compile) on first use: before any test's clock starts.
beforeAll(() => Promise.all([import('account/RequireAuth'), import('./ConfirmationPage')]));

beforeEach(() => {
  fakeSession.reset();
  resetFakeApi();
  resetAuthGate();
  provideRemoteModule('account/RequireAuth', () => import('account/RequireAuth'));
  fakeSession.signInQuietly('customer-1');
});

const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James’s Square',
  line2: null,
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

function anOrder() {
  setApiBooks(cartBook({ priceCents: 999 }), cartBook({ id: 'odyssey', title: 'The Odyssey', priceCents: 1250 }));
  return orderFor(
    {
      idempotencyKey: 'k',
      paymentMethodId: 'pm_card_visa',
      shippingAddress: ADDRESS,
      items: [
        { bookId: 'emma', quantity: 2 },
        { bookId: 'odyssey', quantity: 1 },
      ],
    },
    'f00dcafe1234',
  );
}

describe('the order confirmation', () => {
  it('reads the order back (after a reload) and shows its number, items, total and address, and the way to its page', async () => {
    const order = anOrder();
    fakeOrdersModule.getOrder.mockResolvedValue(order);
    renderAt('/checkout/confirmation/f00dcafe1234', <CartCheckoutRoutes />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' }),
    ).toBeInTheDocument();
    expect(fakeOrdersModule.getOrder).toHaveBeenCalledWith('f00dcafe1234');
    expect(screen.getByText('Order number').nextSibling).toHaveTextContent('F00DCAFE');
    const items = within(screen.getByRole('list', { name: 'Items in this order' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['Emma · 2 × $9.99$19.98', 'The Odyssey · 1 × $12.50$12.50']);
    expect(screen.getByText('Total paid').nextSibling).toHaveTextContent('$32.48');
    expect(screen.getByText('Ship to').nextSibling).toHaveTextContent('Ada Lovelace');
    expect(screen.getByText('Ship to').nextSibling).toHaveTextContent('United Kingdom');
    expect(screen.getByRole('link', { name: 'View your order' })).toHaveAttribute(
      'href',
      '/account/orders/f00dcafe1234',
    );
  });

  it('says so when the order is not the customer’s (getOrder gives null)', async () => {
    renderAt('/checkout/confirmation/someone-elses', <CartCheckoutRoutes />);
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this order' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'your account' })).toHaveAttribute('href', '/account/orders');
  });

  it('offers to try again when the order cannot be read', async () => {
    fakeOrdersModule.getOrder.mockRejectedValueOnce(new Error('offline'));
    fakeOrdersModule.getOrder.mockResolvedValueOnce(anOrder());
    renderAt('/checkout/confirmation/f00dcafe1234', <CartCheckoutRoutes />);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thank you! Your order is confirmed.' }),
    ).toBeInTheDocument();
  });
});
