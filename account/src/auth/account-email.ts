/**
 * The email the account pages show when the ID token has none (readSession's `emailFallback`): the user's
 * attributes (GetUser with the access token), else "Your account". The auth package loads only then, so guests'
 * pages stay light.
 */
export async function accountEmail(): Promise<string> {
  try {
    const { fetchUserAttributes } = await import('aws-amplify/auth');
    return (await fetchUserAttributes()).email ?? 'Your account';
  } catch {
    return 'Your account';
  }
}
