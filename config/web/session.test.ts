import { fetchAuthSession, Hub } from '@aws-amplify/core';
import { NAMES } from '@folio/config';
import { ADMIN_GROUP, onSessionChange, readSession } from '@folio/config/web/session';

jest.mock('@aws-amplify/core', () => ({ fetchAuthSession: jest.fn(), Hub: { listen: jest.fn() } }));

type Session = Awaited<ReturnType<typeof fetchAuthSession>>;
const session = fetchAuthSession as jest.MockedFunction<typeof fetchAuthSession>;

const signedIn = (idClaims: Record<string, unknown> | null, accessClaims: Record<string, unknown> = { sub: 'u-1' }) =>
  ({
    tokens: {
      // Like cognito-local's and AWS's: the access token has no email.
      accessToken: { payload: accessClaims, toString: () => 'access' },
      ...(idClaims ? { idToken: { payload: idClaims, toString: () => 'id' } } : {}),
    },
  }) as unknown as Session;

describe('readSession', () => {
  it('is null for a guest, and when the session cannot be read', async () => {
    session.mockResolvedValueOnce({} as Session);
    await expect(readSession()).resolves.toBeNull();
    session.mockRejectedValueOnce(new Error('Auth UserPool not configured'));
    await expect(readSession()).resolves.toBeNull();
  });

  it('reads the sub from the access token, the email and groups from the ID token', async () => {
    session.mockResolvedValue(signedIn({ email: 'admin@folio.test', 'cognito:groups': ['Admin'] }));
    await expect(readSession()).resolves.toEqual({
      sub: 'u-1',
      email: 'admin@folio.test',
      groups: ['Admin'],
      isAdmin: true,
    });
  });

  it('reads the groups from the access token when there is no ID token', async () => {
    session.mockResolvedValue(signedIn(null, { sub: 'u-1', 'cognito:groups': ['Admin'] }));
    await expect(readSession()).resolves.toEqual({ sub: 'u-1', email: null, groups: ['Admin'], isAdmin: true });
  });

  it.each([
    ['no groups', { email: 'customer@folio.test' }],
    ['other groups', { email: 'customer@folio.test', 'cognito:groups': ['Editors', 'admin'] }],
  ])('a user with %s is no Admin', async (_case, claims) => {
    session.mockResolvedValue(signedIn(claims));
    await expect(readSession()).resolves.toMatchObject({ email: 'customer@folio.test', isAdmin: false });
  });

  it('asks emailFallback only when the ID token has no email', async () => {
    const fallback = jest.fn(async () => 'from-attributes@folio.test');
    session.mockResolvedValue(signedIn({ email: 'customer@folio.test' }));
    await expect(readSession(fallback)).resolves.toMatchObject({ email: 'customer@folio.test' });
    expect(fallback).not.toHaveBeenCalled();
    session.mockResolvedValue(signedIn({}));
    await expect(readSession(fallback)).resolves.toMatchObject({ email: 'from-attributes@folio.test' });
    fallback.mockResolvedValueOnce(undefined);
    await expect(readSession(fallback)).resolves.toMatchObject({ sub: 'u-1', email: null });
  });

  it('names the Admin group as the backend does (@folio/config NAMES.adminGroup)', () => {
    expect(ADMIN_GROUP).toBe(NAMES.adminGroup);
  });
});

describe('onSessionChange', () => {
  it('calls back on sign-in, sign-out and token changes only, until stopped', () => {
    const stopHub = jest.fn();
    (Hub.listen as jest.Mock).mockReturnValue(stopHub);
    const listener = jest.fn();
    const stop = onSessionChange(listener);
    const [[channel, callback]] = (Hub.listen as jest.Mock).mock.calls;
    expect(channel).toBe('auth');
    const events = ['signedIn', 'signedOut', 'tokenRefresh', 'tokenRefresh_failure', 'signInWithRedirect'];
    for (const event of [...events, 'signIn_failure', 'customOAuthState']) callback({ payload: { event } });
    expect(listener).toHaveBeenCalledTimes(events.length);
    stop();
    expect(stopHub).toHaveBeenCalled();
  });
});
