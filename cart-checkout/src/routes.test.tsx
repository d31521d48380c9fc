import './test/patient';
import { screen } from '@testing-library/react';
import { renderAt } from '@folio/config/web/test/render';
import { provideRemoteModule } from '@folio/config/web/test/fake-federation-runtime';
import CartCheckoutRoutes from './routes';

jest.mock('@aws-amplify/core', () => jest.requireActual('./test/fake-amplify').fakeCore);
jest.mock('./api/books', () => jest.requireActual('./test/fake-api').fakeBooksModule);
jest.mock('./api/orders', () => jest.requireActual('./test/fake-api').fakeOrdersModule);

// The account app's guard, letting everyone through: these tests are about which page a URL shows.
beforeEach(() =>
  provideRemoteModule('account/RequireAuth', () => ({
    default: ({ children }: { children: React.ReactNode }) => children,
  })),
);

const at = (url: string) => renderAt(url, <CartCheckoutRoutes notFound={<p>Not found (shell)</p>} />);

describe('cart-checkout’s routes', () => {
  it.each([
    ['/cart', 'Your cart'],
    ['/checkout', 'Checkout'],
  ])('%s shows “%s”', async (url, heading) => {
    at(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it.each(['/cart/extra', '/checkout/payment', '/checkout/confirmation'])(
    'anything else (%s) gets the shell’s not-found page',
    (url) => {
      at(url);
      expect(screen.getByText('Not found (shell)')).toBeInTheDocument();
    },
  );
});
