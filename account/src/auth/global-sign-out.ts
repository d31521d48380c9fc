/**
 * Cognito's GlobalSignOut, called directly so that its failure is seen (see sign-out.ts): it invalidates every
 * refresh token of the user, so other devices are signed out when their access token expires (at most an hour).
 */
import { Amplify, fetchAuthSession } from '@folio/config/web/amplify-core';

export class GlobalSignOutError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GlobalSignOutError';
  }
}

/** Cognito's endpoint for the configured pool: the emulator's locally, AWS's regional one otherwise. */
export function userPoolEndpoint(): string {
  const cognito = Amplify.getConfig().Auth?.Cognito;
  if (!cognito?.userPoolId) throw new GlobalSignOutError('no user pool is configured', 'NotConfigured');
  if (cognito.userPoolEndpoint) return cognito.userPoolEndpoint;
  const region = cognito.userPoolId.split('_')[0];
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

export async function revokeAllSessions(): Promise<void> {
  const { tokens } = await fetchAuthSession();
  if (!tokens?.accessToken) throw new GlobalSignOutError('nobody is signed in', 'NotSignedIn');
  let response: Response;
  try {
    response = await fetch(userPoolEndpoint(), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GlobalSignOut',
        'cache-control': 'no-store',
      },
      body: JSON.stringify({ AccessToken: tokens.accessToken.toString() }),
    });
  } catch {
    throw new GlobalSignOutError('the sign-in service could not be reached', 'NetworkError');
  }
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { __type?: string; message?: string; Message?: string };
  // Cognito names the error in __type, sometimes prefixed with a namespace ("…#NotAuthorizedException").
  const code = (body.__type ?? `HTTP${response.status}`).split('#').pop()!;
  throw new GlobalSignOutError(body.message ?? body.Message ?? `the sign-in service answered ${response.status}`, code);
}
