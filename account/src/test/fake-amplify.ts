/**
 * A stand-in for the slice of Amplify the account app uses: the session (who is signed in), Hub's auth channel,
 * the Cognito config and the auth calls. Tests mock the modules with it:
 *   jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
 *   jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);
 * jest hoists the mocks above the imports, so the factory loads the fake itself; the fake is not mocked, so
 * requireActual returns the same instance the test imports.
 */
type Listener = (capsule: { payload: { event: string } }) => void;

const listeners = new Set<Listener>();
let signedIn: { email: string | null; groups: string[] } | null = null;

export const FAKE_COGNITO = {
  userPoolId: 'local_test',
  userPoolClientId: 'test-client',
  userPoolEndpoint: 'http://cognito.test',
};

export const fakeCore = {
  fetchAuthSession: jest.fn(async () => {
    if (!signedIn) return {};
    const groups = signedIn.groups.length ? { 'cognito:groups': signedIn.groups } : {};
    return {
      tokens: {
        // Like cognito-local's and AWS's: the access token has no email.
        accessToken: { payload: { username: 'u-1', ...groups }, toString: () => 'access-jwt' },
        idToken: { payload: { ...(signedIn.email ? { email: signedIn.email } : {}), ...groups } },
      },
    };
  }),
  Hub: {
    listen: jest.fn((_channel: string, listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  },
  Amplify: { getConfig: jest.fn(() => ({ Auth: { Cognito: FAKE_COGNITO } })) },
};

export const fakeAuth = {
  signIn: jest.fn(),
  signUp: jest.fn(),
  signOut: jest.fn(async (_input?: { global?: boolean }) => fakeSession.signOut()),
  fetchUserAttributes: jest.fn(async () => ({ email: 'from-attributes@folio.test' })),
};

export const fakeSession = {
  /** Signs someone in (without telling Hub: call `announce` for that). `email: null` makes an ID token without one. */
  signIn(email: string | null, groups: string[] = []) {
    signedIn = { email, groups };
  },
  signOut() {
    signedIn = null;
    fakeSession.announce('signedOut');
  },
  /** The session ends without a sign-out (refresh token expired or revoked); Hub hears about it separately. */
  expire() {
    signedIn = null;
  },
  /** What Amplify's auth category tells Hub after a sign-in, sign-out or token refresh. */
  announce(event: string) {
    for (const listener of [...listeners]) listener({ payload: { event } });
  },
  reset() {
    signedIn = null;
    listeners.clear();
    fakeAuth.signOut.mockImplementation(async () => fakeSession.signOut());
    fakeAuth.fetchUserAttributes.mockImplementation(async () => ({ email: 'from-attributes@folio.test' }));
  },
};
