import { screen } from '@testing-library/react';
import { renderAt } from '@folio/config/web/test/render';
import { fakeSession } from './test/fake-amplify';
import { answer, resetFakeGraphql } from './test/fake-graphql';
import { ORDER } from './test/orders';
import AccountRoutes from './routes';

jest.mock('@aws-amplify/core', () => jest.requireActual('./test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('./test/fake-amplify').fakeAuth);
jest.mock('@folio/config/web/graphql', () => jest.requireActual('./test/fake-graphql').fakeGraphqlModule);
jest.mock('@folio/config/web/amplify', () => ({ cognitoTokenProvider: jest.fn(async () => ({})) }));
// The real page (Amplify UI) has its own tests: here, only that the route loads it.
jest.mock('./sign-in/SignInPage', () => ({
  __esModule: true,
  default: () => jest.requireActual<typeof import('react')>('react').createElement('h1', null, 'Sign in (lazy page)'),
}));

beforeEach(() => {
  fakeSession.reset();
  resetFakeGraphql();
});

const at = (url: string) => renderAt(url, <AccountRoutes notFound={<p>Not found (shell)</p>} />);

describe('the account app’s routes', () => {
  it('/account/sign-in loads the sign-in page on demand, with the Cognito token provider', async () => {
    const { cognitoTokenProvider } = jest.requireMock('@folio/config/web/amplify');
    at('/account/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in (lazy page)' })).toBeInTheDocument();
    expect(cognitoTokenProvider).toHaveBeenCalled();
  });

  it('/account is the order list', async () => {
    fakeSession.signIn('customer@folio.test');
    answer('MyOrders', { data: { myOrders: { items: [], nextToken: null } } });
    const view = at('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your orders' })).toBeInTheDocument();
    expect(view.location()).toBe('/account/orders');
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Your account' })).toBeInTheDocument();
  });

  it('/account/orders/:id is the order page', async () => {
    fakeSession.signIn('customer@folio.test');
    answer('GetOrder', { data: { getOrder: ORDER } });
    at(`/account/orders/${ORDER.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Order 7F3A9C0D' })).toBeInTheDocument();
  });

  it('/account/profile is the profile', async () => {
    fakeSession.signIn('customer@folio.test');
    at('/account/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByText('customer@folio.test')).toBeInTheDocument();
  });

  it.each(['/account', '/account/orders', '/account/orders/o-1', '/account/profile'])(
    '%s sends a guest to sign in and back',
    async (url) => {
      const view = at(url);
      expect(await screen.findByRole('heading', { level: 1, name: 'Sign in (lazy page)' })).toBeInTheDocument();
      expect(view.location()).toBe(`/account/sign-in?returnTo=${encodeURIComponent(url)}`);
    },
  );

  it('anything else gets the shell’s not-found page', () => {
    at('/account/nope');
    expect(screen.getByText('Not found (shell)')).toBeInTheDocument();
  });
});
