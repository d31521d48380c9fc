import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { fakeSession } from '../test/fake-amplify';
import RequireAuth from './RequireAuth';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('@folio/config/web/amplify', () => ({ cognitoTokenProvider: jest.fn(async () => ({})) }));

beforeEach(() => fakeSession.reset());

const ui = (
  <Routes>
    <Route
      path="/checkout"
      element={<RequireAuth fallback={<p>Checking…</p>}>{(user) => <p>Paying as {user.email}</p>}</RequireAuth>}
    />
    <Route
      path="/admin"
      element={
        <RequireAuth group="Admin" forbidden={<p>Staff only</p>}>
          <p>Book management</p>
        </RequireAuth>
      }
    />
    <Route path="/admin/plain" element={<RequireAuth group="Admin">Book management</RequireAuth>} />
    <Route path="/account/sign-in" element={<p>Sign-in page</p>} />
  </Routes>
);

describe('RequireAuth', () => {
  it('sends a guest to sign in, with the page to return to', async () => {
    const view = renderAt('/checkout?step=pay', ui);
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(view.location()).toBe(`/account/sign-in?returnTo=${encodeURIComponent('/checkout?step=pay')}`);
  });

  it('shows its fallback while the session is read', async () => {
    renderAt('/checkout', ui);
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
  });

  it('shows the page to a signed-in customer, who is passed to a render function', async () => {
    fakeSession.signIn('customer@folio.test');
    renderAt('/checkout', ui);
    expect(await screen.findByText('Paying as customer@folio.test')).toBeInTheDocument();
  });

  it('with a group: shows `forbidden` to a customer outside it', async () => {
    fakeSession.signIn('customer@folio.test');
    renderAt('/admin', ui);
    expect(await screen.findByText('Staff only')).toBeInTheDocument();
    expect(screen.queryByText('Book management')).not.toBeInTheDocument();
  });

  it('with a group: a default notice when no `forbidden` is given', async () => {
    fakeSession.signIn('customer@folio.test');
    renderAt('/admin/plain', ui);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available to your account' })).toBeInTheDocument();
  });

  it('with a group: shows the page to a member', async () => {
    fakeSession.signIn('admin@folio.test', ['Admin']);
    renderAt('/admin', ui);
    expect(await screen.findByText('Book management')).toBeInTheDocument();
  });

  it('with a group: still sends a guest to sign in first', async () => {
    const view = renderAt('/admin', ui);
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(view.location()).toBe('/account/sign-in?returnTo=%2Fadmin');
  });
});
