/**
 * Amplify set-up from amplify_outputs.json, done once per page: by the shell, or by a remote's standalone
 * bootstrap. Remotes never configure Amplify when the shell hosts them: they use the shell's shared instance.
 *
 * Amplify is configured through @aws-amplify/core with a Cognito token provider that loads lazily: the Cognito
 * code (~30 KB gzip) is fetched only when a session is stored or someone signs in, so guests' pages never load
 * it. This is what `Amplify.configure` of 'aws-amplify' wires eagerly (the same provider, the same storage).
 * Core's `Amplify.configure` parses amplify_outputs.json itself: importing `parseAmplifyConfig` from
 * 'aws-amplify/utils' would put the whole shared `@aws-amplify/core/internals/utils` (rxjs, the SigV4 signer:
 * ~11 KB gzip) on every page.
 */
import { Amplify, defaultStorage, type LibraryOptions, type ResourcesConfig } from '@folio/config/web/amplify-core';
import { setAppConfig, type AppConfig } from '@folio/config/web/app-config';

type TokenProvider = NonNullable<NonNullable<LibraryOptions['Auth']>['tokenProvider']>;

/** The parts of amplify_outputs.json Folio reads (backend/local/outputs.ts writes the local one). */
export interface FolioOutputs {
  readonly version: string;
  readonly auth?: { readonly user_pool_id: string; readonly user_pool_client_id: string; readonly aws_region: string };
  readonly data?: { readonly url: string; readonly api_key?: string; readonly aws_region: string };
  readonly custom?: {
    readonly folio?: {
      readonly environment?: string;
      /** Local stack only: cognito-local's URL, which replaces the AWS Cognito endpoint. */
      readonly userPoolEndpoint?: string;
      readonly imageBaseUrl?: string;
      readonly authFlowType?: string;
      readonly stripePublishableKey?: string | null;
      readonly stripeEmulatorOrigin?: string | null;
    };
  };
}

/** The resources config Amplify parsed from the outputs, with Cognito pointed at the emulator when they name one. */
export function withUserPoolEndpoint(resources: ResourcesConfig, outputs: FolioOutputs): ResourcesConfig {
  const userPoolEndpoint = outputs.custom?.folio?.userPoolEndpoint;
  const cognito = resources.Auth?.Cognito;
  if (!userPoolEndpoint || !cognito) return resources;
  // (Amplify's Cognito config type is a union tsc cannot spread into; the shape is unchanged but one field.)
  return { ...resources, Auth: { ...resources.Auth, Cognito: { ...cognito, userPoolEndpoint } } } as ResourcesConfig;
}

export function appConfigFrom(outputs: FolioOutputs): AppConfig {
  const folio = outputs.custom?.folio ?? {};
  if (!folio.imageBaseUrl) throw new Error('amplify_outputs.json has no custom.folio.imageBaseUrl');
  return {
    environment: folio.environment ?? 'aws',
    imageBaseUrl: folio.imageBaseUrl,
    authFlowType: folio.authFlowType === 'USER_PASSWORD_AUTH' ? 'USER_PASSWORD_AUTH' : 'USER_SRP_AUTH',
    stripePublishableKey: folio.stripePublishableKey ?? null,
    stripeEmulatorOrigin: folio.stripeEmulatorOrigin ?? null,
  };
}

/**
 * Amplify's Cognito token provider, set up for the configured user pool. Call it before signing in (the account
 * app does): sign-in stores the tokens through it.
 */
export async function cognitoTokenProvider() {
  const { cognitoUserPoolsTokenProvider } = await import('aws-amplify/auth/cognito');
  const auth = Amplify.getConfig().Auth;
  if (auth) cognitoUserPoolsTokenProvider.setAuthConfig(auth);
  return cognitoUserPoolsTokenProvider;
}

/** Where Amplify keeps the signed-in user's name: present exactly when there is a session to read. */
export const lastAuthUserKey = (userPoolClientId: string): string =>
  `CognitoIdentityServiceProvider.${userPoolClientId}.LastAuthUser`;

/** Reads tokens through the Cognito provider, loading it only if a session is stored. */
export function lazyCognitoTokenProvider(userPoolClientId: string): TokenProvider {
  return {
    async getTokens(options) {
      if ((await defaultStorage.getItem(lastAuthUserKey(userPoolClientId))) === null) return null;
      return (await cognitoTokenProvider()).getTokens(options);
    },
  };
}

let configured = false;

/** Configures Amplify and Folio's app settings; later calls are ignored (one configuration per page). */
export function configureFolio(outputs: FolioOutputs): void {
  if (configured) return;
  const clientId = outputs.auth?.user_pool_client_id;
  const options: LibraryOptions | undefined = clientId
    ? { Auth: { tokenProvider: lazyCognitoTokenProvider(clientId) } }
    : undefined;
  // Core parses amplify_outputs.json (Amplify.configure accepts it as is); the emulator's endpoint is set after.
  Amplify.configure(outputs as unknown as ResourcesConfig, options);
  const parsed = Amplify.getConfig();
  const resources = withUserPoolEndpoint(parsed, outputs);
  if (resources !== parsed) Amplify.configure(resources, options);
  setAppConfig(appConfigFrom(outputs));
  configured = true;
}
