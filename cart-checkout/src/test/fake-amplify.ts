/**
 * A stand-in for the slice of Amplify cart-checkout uses: the session (who is signed in) and Hub's auth channel.
 *   jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
 * jest hoists the mock above the imports, so the factory loads the fake itself; the fake is not mocked, so
 * requireActual returns the same instance the test imports.
 */
type Listener = (capsule: { payload: { event: string } }) => void;

const listeners = new Set<Listener>();
let signedIn: string | null = null;

export const fakeCore = {
  fetchAuthSession: jest.fn(async () =>
    signedIn ? { tokens: { accessToken: { payload: { sub: signedIn, username: signedIn } } } } : {},
  ),
  Hub: {
    listen: jest.fn((_channel: string, listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  },
};

export const fakeSession = {
  /** Signs a customer in without telling Hub (a session already stored when the page loads). */
  signInQuietly(sub: string) {
    signedIn = sub;
  },
  /** Signs a customer in the way Amplify does: the session, then Hub's `signedIn`. */
  signIn(sub: string) {
    signedIn = sub;
    fakeSession.announce('signedIn');
  },
  signOut() {
    signedIn = null;
    fakeSession.announce('signedOut');
  },
  announce(event: string) {
    for (const listener of [...listeners]) listener({ payload: { event } });
  },
  reset() {
    signedIn = null;
    listeners.clear();
  },
};
