import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { fakeAuth, fakeSession } from '../test/fake-amplify';
import AccountMenu from './AccountMenu';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);
jest.mock('@folio/config/web/amplify', () => ({ cognitoTokenProvider: jest.fn(async () => ({})) }));

beforeEach(() => fakeSession.reset());

const menuButton = (email: string) => screen.findByRole('button', { name: `Account menu for ${email}` });

describe('AccountMenu for a guest', () => {
  it('offers “Sign in”, which comes back to the current page afterwards', async () => {
    renderAt('/books/emma?from=home', <AccountMenu />);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/account/sign-in?returnTo=${encodeURIComponent('/books/emma?from=home')}`,
    );
  });

  it('on the sign-in page itself, keeps the page’s own return target', async () => {
    renderAt('/account/sign-in?returnTo=%2Fcheckout', <AccountMenu />);
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/account/sign-in?returnTo=%2Fcheckout',
    );
  });
});

describe('AccountMenu for a signed-in customer', () => {
  beforeEach(() => fakeSession.signIn('customer@folio.test'));

  it('shows their email on a collapsed menu button', async () => {
    renderAt('/', <AccountMenu />);
    const button = await menuButton('customer@folio.test');
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens on a click: Orders, Profile and Sign out, and no catalog management', async () => {
    renderAt('/', <AccountMenu />);
    await userEvent.click(await menuButton('customer@folio.test'));
    expect(screen.getByRole('button', { name: /Account menu/ })).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: /customer@folio\.test/ });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Orders', 'Profile', 'Sign out']);
    expect(within(menu).getByRole('menuitem', { name: 'Orders' })).toHaveAttribute('href', '/account/orders');
    expect(within(menu).getByRole('menuitem', { name: 'Profile' })).toHaveAttribute('href', '/account/profile');
    expect(within(menu).getByRole('menuitem', { name: 'Orders' })).toHaveFocus();
  });

  it('closes after choosing a link, which navigates', async () => {
    const view = renderAt('/', <AccountMenu />);
    await userEvent.click(await menuButton('customer@folio.test'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Profile' }));
    expect(view.location()).toBe('/account/profile');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('works from the keyboard: arrows, Home, End, a letter, Escape back to the button, Tab away', async () => {
    renderAt('/', <AccountMenu />);
    const button = await menuButton('customer@folio.test');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Orders' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Profile' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Orders' })).toHaveFocus(); // wraps around
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Orders' })).toHaveFocus();
    await userEvent.keyboard('p');
    expect(screen.getByRole('menuitem', { name: 'Profile' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{ArrowUp}'); // opens on the last item
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens with Space and closes on a click outside', async () => {
    renderAt(
      '/',
      <>
        <AccountMenu />
        <p>Elsewhere</p>
      </>,
    );
    (await menuButton('customer@folio.test')).focus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('signs out through Amplify; “Sign in” takes its place and gets the focus', async () => {
    renderAt('/books/emma', <AccountMenu />);
    await userEvent.click(await menuButton('customer@folio.test'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(fakeAuth.signOut).toHaveBeenCalledWith();
    const signIn = await screen.findByRole('link', { name: 'Sign in' });
    expect(signIn).toHaveFocus();
  });

  it('says so when signing out fails, and stays signed in', async () => {
    fakeAuth.signOut.mockRejectedValueOnce(new Error('offline'));
    renderAt('/', <AccountMenu />);
    await userEvent.click(await menuButton('customer@folio.test'));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-out failed. Try again.');
    expect(screen.getByRole('button', { name: 'Account menu for customer@folio.test' })).toBeInTheDocument();
  });

  it('reads the email from the user’s attributes when the ID token has none', async () => {
    fakeSession.signIn(null);
    renderAt('/', <AccountMenu />);
    expect(await menuButton('from-attributes@folio.test')).toBeInTheDocument();
  });
});

describe('AccountMenu for an Admin', () => {
  it('also offers “Manage catalog”, to /admin', async () => {
    fakeSession.signIn('admin@folio.test', ['Admin']);
    renderAt('/', <AccountMenu />);
    await userEvent.click(await menuButton('admin@folio.test'));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Orders',
      'Profile',
      'Manage catalog',
      'Sign out',
    ]);
    expect(screen.getByRole('menuitem', { name: 'Manage catalog' })).toHaveAttribute('href', '/admin');
  });
});

describe('AccountMenu follows Amplify’s Hub auth events', () => {
  it('a sign-in elsewhere on the page (the sign-in page, another app) shows up at once', async () => {
    renderAt('/', <AccountMenu />);
    await screen.findByRole('link', { name: 'Sign in' });
    fakeSession.signIn('reader@folio.test');
    await act(async () => fakeSession.announce('signedIn'));
    expect(await menuButton('reader@folio.test')).toBeInTheDocument();
  });

  it('a sign-out elsewhere turns the menu back into “Sign in”', async () => {
    fakeSession.signIn('reader@folio.test');
    renderAt('/', <AccountMenu />);
    await menuButton('reader@folio.test');
    await act(async () => fakeSession.signOut());
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('a failed token refresh (session over) shows the guest view', async () => {
    fakeSession.signIn('reader@folio.test');
    renderAt('/', <AccountMenu />);
    await menuButton('reader@folio.test');
    fakeSession.expire();
    await act(async () => fakeSession.announce('tokenRefresh_failure'));
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
