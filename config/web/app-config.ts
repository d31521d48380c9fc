/**
 * Settings every app needs beyond what Amplify.configure keeps (amplify_outputs.json's custom.folio), set once at
 * start-up by the shell (or by a remote's standalone bootstrap). Shared as a Module Federation singleton
 * (federation.js FOLIO_SINGLETONS), so a remote reads the values the shell loaded.
 */
export interface AppConfig {
  /** 'local' (emulators) or 'aws'. */
  readonly environment: string;
  /** Public image bucket; a cover is `${imageBaseUrl}/${coverKey}`. */
  readonly imageBaseUrl: string;
  /** cognito-local has no SRP, so local sign-in uses USER_PASSWORD_AUTH. */
  readonly authFlowType: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  readonly stripePublishableKey: string | null;
  /** The local Stripe emulator's origin (its 3-D Secure challenge page); null on AWS. */
  readonly stripeEmulatorOrigin: string | null;
}

let current: AppConfig | null = null;

export function setAppConfig(config: AppConfig): void {
  current = config;
}

export function appConfig(): AppConfig {
  if (!current) throw new Error('Folio app settings are not loaded yet: the shell sets them at start-up.');
  return current;
}

/** The public URL of a cover image in the image bucket. */
export function coverUrl(coverKey: string): string {
  const path = coverKey.split('/').map(encodeURIComponent).join('/');
  return `${appConfig().imageBaseUrl.replace(/\/+$/, '')}/${path}`;
}
