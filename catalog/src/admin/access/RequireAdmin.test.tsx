import { act, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { onSessionChange, readSession, type SessionUser } from '@folio/config/web/session';
import { RequireAdmin } from './RequireAdmin';

jest.mock('@folio/config/web/session');
const access = readSession as jest.MockedFunction<typeof readSession>;
const authChange = onSessionChange as jest.MockedFunction<typeof onSessionChange>;
const user = (email: string, groups: string[]): SessionUser => ({
  sub: email,
  email,
  groups,
  isAdmin: groups.includes('Admin'),
});
const admin = user('admin@folio.test', ['Admin']);
const customer = user('customer@folio.test', []);

const at = (url: string) =>
  renderAt(
    url,
    <Routes>
      <Route
        path="/admin/*"
        element={
          <RequireAdmin>
            <h1>Book management</h1>
          </RequireAdmin>
        }
      />
      <Route path="/account/sign-in" element={<h1>Sign in</h1>} />
    </Routes>,
  );

describe('the admin pages’ gate', () => {
  beforeEach(() => authChange.mockReturnValue(() => undefined));

  it('shows the admin pages to the Admin group', async () => {
    access.mockResolvedValue(admin);
    at('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Book management' })).toBeInTheDocument();
  });

  it('sends a guest to sign in, and back to the same admin page afterwards', async () => {
    access.mockResolvedValue(null);
    const view = at('/admin/books/new?x=1');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(view.location()).toBe(`/account/sign-in?returnTo=${encodeURIComponent('/admin/books/new?x=1')}`);
    expect(screen.queryByRole('heading', { name: 'Book management' })).toBeNull();
  });

  it('shows “Not allowed” to a signed-in customer outside the Admin group, and nothing of the admin pages', async () => {
    access.mockResolvedValue(customer);
    at('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.getByText('customer@folio.test')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the shop' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('heading', { name: 'Book management' })).toBeNull();
  });

  it('says it is checking while the session is read', () => {
    access.mockReturnValue(new Promise(() => undefined));
    at('/admin');
    expect(screen.getByRole('status')).toHaveTextContent('Checking your access…');
  });

  it('reads the session again when someone signs in or out in another app of the page', async () => {
    let changed: () => void = () => undefined;
    authChange.mockImplementation((listener) => {
      changed = listener;
      return () => undefined;
    });
    access.mockResolvedValueOnce(customer);
    at('/admin');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    access.mockResolvedValueOnce(admin);
    await act(async () => changed());
    expect(await screen.findByRole('heading', { name: 'Book management' })).toBeInTheDocument();
  });
});
