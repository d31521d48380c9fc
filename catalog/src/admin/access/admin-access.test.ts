import { fetchAuthSession, Hub } from '@aws-amplify/core';
import { onAuthChange, readAdminAccess } from './admin-access';

jest.mock('@aws-amplify/core', () => ({ fetchAuthSession: jest.fn(), Hub: { listen: jest.fn() } }));

type Session = Awaited<ReturnType<typeof fetchAuthSession>>;
const session = fetchAuthSession as jest.MockedFunction<typeof fetchAuthSession>;

const signedIn = (idClaims: Record<string, unknown> | null, accessClaims: Record<string, unknown> = {}) =>
  ({
    tokens: {
      accessToken: { payload: accessClaims, toString: () => 'access' },
      ...(idClaims ? { idToken: { payload: idClaims, toString: () => 'id' } } : {}),
    },
  }) as unknown as Session;

describe('readAdminAccess', () => {
  it('lets in a member of the Cognito group Admin (cognito:groups in the ID token)', async () => {
    session.mockResolvedValue(signedIn({ email: 'admin@folio.test', 'cognito:groups': ['Admin'] }));
    await expect(readAdminAccess()).resolves.toEqual({ status: 'admin', email: 'admin@folio.test' });
  });

  it('reads the groups from the access token when there is no ID token', async () => {
    session.mockResolvedValue(signedIn(null, { 'cognito:groups': ['Admin'] }));
    await expect(readAdminAccess()).resolves.toEqual({ status: 'admin', email: null });
  });

  it.each([
    ['no groups', { email: 'customer@folio.test' }],
    ['other groups', { email: 'customer@folio.test', 'cognito:groups': ['Editors', 'admin'] }],
  ])('refuses a signed-in user with %s', async (_case, claims) => {
    session.mockResolvedValue(signedIn(claims));
    await expect(readAdminAccess()).resolves.toEqual({ status: 'forbidden', email: 'customer@folio.test' });
  });

  it('treats no session, or one that cannot be read, as a guest', async () => {
    session.mockResolvedValueOnce({} as Session);
    await expect(readAdminAccess()).resolves.toEqual({ status: 'guest' });
    session.mockRejectedValueOnce(new Error('Auth UserPool not configured'));
    await expect(readAdminAccess()).resolves.toEqual({ status: 'guest' });
  });
});

describe('onAuthChange', () => {
  it('calls back on sign-in, sign-out and token refresh only', () => {
    const listener = jest.fn();
    onAuthChange(listener);
    const [[channel, callback]] = (Hub.listen as jest.Mock).mock.calls;
    expect(channel).toBe('auth');
    for (const event of ['signedIn', 'signedOut', 'tokenRefresh', 'customOAuthState']) callback({ payload: { event } });
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
