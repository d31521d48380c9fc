import { readSession } from '@folio/config/web/session';
import { fakeAuth, fakeSession } from '../test/fake-amplify';
import { accountEmail } from './account-email';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);

beforeEach(() => fakeSession.reset());

describe('the email the account pages show', () => {
  it('comes from the ID token, without asking for the attributes', async () => {
    fakeSession.signIn('admin@folio.test', ['Admin']);
    await expect(readSession(accountEmail)).resolves.toMatchObject({ email: 'admin@folio.test', isAdmin: true });
    expect(fakeAuth.fetchUserAttributes).not.toHaveBeenCalled();
  });

  it('comes from the user’s attributes when the ID token has none', async () => {
    fakeSession.signIn(null);
    await expect(readSession(accountEmail)).resolves.toMatchObject({ email: 'from-attributes@folio.test' });
  });

  it('reads “Your account” if the attributes cannot be read: someone is still signed in', async () => {
    fakeSession.signIn(null);
    fakeAuth.fetchUserAttributes.mockRejectedValueOnce(new Error('offline'));
    await expect(readSession(accountEmail)).resolves.toMatchObject({ email: 'Your account' });
  });
});
