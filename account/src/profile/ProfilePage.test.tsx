import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { fakeAuth, fakeSession } from '../test/fake-amplify';
import { fakeResponse } from '../test/fake-response';
import { AccountLayout } from '../layout/AccountLayout';
import RequireAuth from '../auth/RequireAuth';
import { leaveSignOutNotice, peekSignOutNotice } from './sign-out-notice';
import { ProfilePage } from './ProfilePage';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);
jest.mock('@folio/config/web/amplify', () => ({ cognitoTokenProvider: jest.fn(async () => ({})) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fakeSession.reset();
  fakeSession.signIn('customer@folio.test');
  global.fetch = fetchMock;
  leaveSignOutNotice(null);
});

/** Where the page's guard sends the customer once signed out; the real sign-in page shows the notice. */
function SignInStub() {
  const notice = peekSignOutNotice();
  return <p>Sign-in page: {notice ? `${notice.tone}: ${notice.text}` : 'no notice'}</p>;
}

const at = () =>
  renderAt(
    '/account/profile',
    <Routes>
      <Route path="/account" element={<RequireAuth>{(user) => <AccountLayout user={user} />}</RequireAuth>}>
        <Route path="profile" element={<ProfilePage />} />
      </Route>
      <Route path="/account/sign-in" element={<SignInStub />} />
    </Routes>,
  );

describe('the profile page', () => {
  it('shows who is signed in, in the account’s sections', async () => {
    at();
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByText('customer@folio.test')).toBeInTheDocument();
    expect(screen.getByText('Customer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Manage catalog' })).not.toBeInTheDocument();
  });

  it('an Admin also gets the catalog management section', async () => {
    fakeSession.signIn('admin@folio.test', ['Admin']);
    at();
    expect(await screen.findByText('Customer and store staff (Admin)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Manage catalog' })).toHaveAttribute('href', '/admin');
  });

  it('“Sign out” signs out on this device and goes to the sign-in page, which says so', async () => {
    const view = at();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Sign-in page: info: You’re signed out.')).toBeInTheDocument();
    expect(fakeAuth.signOut).toHaveBeenCalledWith();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(view.location()).toBe('/account/sign-in?returnTo=%2Faccount%2Fprofile');
  });

  it('“Sign out everywhere” ends every session (GlobalSignOut), then this one', async () => {
    fetchMock.mockResolvedValue(fakeResponse(200));
    at();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByText('Sign-in page: info: You’re signed out on every device.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fakeAuth.signOut).toHaveBeenCalledTimes(1);
  });

  it('“Sign out everywhere” where GlobalSignOut is missing (cognito-local): signs out here and warns that others stay signed in', async () => {
    fetchMock.mockResolvedValue(
      fakeResponse(500, { __type: 'Unsupported', message: 'Cognito Local unsupported feature' }),
    );
    at();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere' }));
    expect(
      await screen.findByText(/^Sign-in page: warning: You’re signed out on this device only\./),
    ).toBeInTheDocument();
    expect(fakeAuth.signOut).toHaveBeenCalledTimes(1);
  });

  it('says so, and stays, when even this device cannot be signed out', async () => {
    fakeAuth.signOut.mockRejectedValueOnce(new Error('storage is full'));
    at();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t sign you out: storage is full. Try again.');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled();
    expect(peekSignOutNotice()).toBeNull();
  });
});
