import { fakeAuth, fakeCore, fakeSession } from '../test/fake-amplify';
import { currentUser, onAuthChange } from './session';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);

beforeEach(() => fakeSession.reset());

describe('currentUser', () => {
  it('is null for a guest', async () => {
    await expect(currentUser()).resolves.toBeNull();
  });

  it('reads the email and groups from the ID token (the access token has no email)', async () => {
    fakeSession.signIn('admin@folio.test', ['Admin']);
    await expect(currentUser()).resolves.toEqual({ email: 'admin@folio.test', groups: ['Admin'], isAdmin: true });
    expect(fakeAuth.fetchUserAttributes).not.toHaveBeenCalled();
  });

  it('a customer is no Admin', async () => {
    fakeSession.signIn('customer@folio.test');
    await expect(currentUser()).resolves.toEqual({ email: 'customer@folio.test', groups: [], isAdmin: false });
  });

  it('asks for the user’s attributes when the ID token has no email', async () => {
    fakeSession.signIn(null);
    await expect(currentUser()).resolves.toMatchObject({ email: 'from-attributes@folio.test' });
  });

  it('still knows someone is signed in if the attributes cannot be read', async () => {
    fakeSession.signIn(null);
    fakeAuth.fetchUserAttributes.mockRejectedValueOnce(new Error('offline'));
    await expect(currentUser()).resolves.toMatchObject({ email: 'Your account' });
  });

  it('is null when the session cannot be read', async () => {
    fakeCore.fetchAuthSession.mockRejectedValueOnce(new Error('no auth config'));
    await expect(currentUser()).resolves.toBeNull();
  });
});

describe('onAuthChange', () => {
  it('calls back on sign-in, sign-out and token changes only, until stopped', () => {
    const listener = jest.fn();
    const stop = onAuthChange(listener);
    for (const event of [
      'signedIn',
      'signedOut',
      'tokenRefresh',
      'tokenRefresh_failure',
      'signIn_failure',
      'customOAuthState',
    ]) {
      fakeSession.announce(event);
    }
    expect(listener).toHaveBeenCalledTimes(4);
    stop();
    fakeSession.announce('signedIn');
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
