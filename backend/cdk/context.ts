/**
 * Everything the CDK app can be told with `-c key=value` (or cdk.json "context"), read and checked in one
 * place before any construct is made, so a typo fails synth with a message instead of a broken deploy.
 */
import { isAbsolute, resolve } from 'node:path';
import { REMOTE_APPS, SHELL_APP, VERSION_PATTERN, type FrontEndApp } from './apps';

export const DEFAULT_STRIPE_SECRET_NAME = 'folio/stripe-secret-key';
/** Written by scripts/write-outputs.ts; under .folio/, which git ignores. */
export const DEFAULT_AMPLIFY_OUTPUTS_FILE = resolve(__dirname, '..', '.folio', 'aws', 'amplify_outputs.json');

export interface FolioContext {
  /** Secrets Manager name of the Stripe secret key; only the name is ever in the template. */
  readonly stripeSecretName: string;
  /**
   * The shell's origin (e.g. https://d111.cloudfront.net), allowed by CORS on the remotes and on cover
   * uploads. "*" until it is known: the shell's URL exists only after its first deploy.
   */
  readonly shellOrigin: string;
  /** `-c <app>Dist=DIR`: deploy this build instead of `<app>/dist` (e.g. a previous build, to roll back). */
  readonly distDirs: Readonly<Record<string, string>>;
  /**
   * `-c <remote>Version=v<n>`: the remote's stack publishes its build under `v<n>/` (the release command passes
   * it; docs/RELEASES.md). Without it the remote's stack deploys its bucket and distribution and no build.
   */
  readonly releaseVersions: Readonly<Record<string, string>>;
  /** `-c <remote>Url=URL`: the remote's manifest URL (its origin goes into the shell's CSP) instead of the SSM value. */
  readonly remoteUrls: Readonly<Record<string, string>>;
  /** The AWS amplify_outputs.json the shell ships. */
  readonly amplifyOutputsFile: string;
  /** `-c requireBuilds=true`: a missing dist or outputs file fails synth instead of using a placeholder. */
  readonly requireBuilds: boolean;
}

/** The subset of Node#tryGetContext this needs, so tests can pass a plain object. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

export const SECRET_NAME_PATTERN = /^[A-Za-z0-9/_+=.@-]{1,512}$/;

function text(source: ContextSource, key: string): string | undefined {
  const value = source.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context ${key} must be a string, got ${JSON.stringify(value)}`);
  return value.trim();
}

function flag(source: ContextSource, key: string): boolean {
  const value = source.tryGetContext(key);
  if (value === undefined || value === null || value === '' || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new Error(`Context ${key} must be true or false, got ${JSON.stringify(value)}`);
}

/** An origin is scheme://host[:port], nothing after it: CORS compares it character for character. */
export function checkOrigin(origin: string, key = 'shellOrigin'): string {
  if (origin === '*') return origin;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`Context ${key}="${origin}" is not a URL; give an origin like https://d1234.cloudfront.net`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
    throw new Error(
      `Context ${key}="${origin}" must be an origin (scheme://host[:port]) like https://d1234.cloudfront.net`,
    );
  }
  return url.origin;
}

/** A remote's location: its base URL (…/ is fine) or the URL of its mf-manifest.json. */
export function manifestUrl(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Context ${key}="${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost') {
    throw new Error(`Context ${key}="${value}" must be https (a page served over https cannot load http scripts)`);
  }
  return value.endsWith('.json') ? value : `${value.replace(/\/+$/, '')}/mf-manifest.json`;
}

const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(process.cwd(), dir));

export function readFolioContext(source: ContextSource): FolioContext {
  const stripeSecretName = text(source, 'stripeSecretName') ?? DEFAULT_STRIPE_SECRET_NAME;
  if (!SECRET_NAME_PATTERN.test(stripeSecretName)) {
    throw new Error(`Context stripeSecretName="${stripeSecretName}" is not a valid Secrets Manager name`);
  }
  const apps: readonly FrontEndApp[] = [SHELL_APP, ...REMOTE_APPS];
  const distDirs: Record<string, string> = {};
  for (const app of apps) {
    const dir = text(source, `${app.contextStem}Dist`);
    if (dir) distDirs[app.name] = absolute(dir);
  }
  const remoteUrls: Record<string, string> = {};
  for (const app of REMOTE_APPS) {
    const key = `${app.contextStem}Url`;
    const url = text(source, key);
    if (url) remoteUrls[app.name] = manifestUrl(url, key);
  }
  const releaseVersions: Record<string, string> = {};
  for (const app of REMOTE_APPS) {
    const key = `${app.contextStem}Version`;
    const version = text(source, key);
    if (version && !VERSION_PATTERN.test(version))
      throw new Error(`Context ${key}="${version}" is not a version path like v3`);
    if (version) releaseVersions[app.name] = version;
  }
  const outputs = text(source, 'amplifyOutputs');
  return {
    stripeSecretName,
    shellOrigin: checkOrigin(text(source, 'shellOrigin') ?? '*'),
    distDirs,
    releaseVersions,
    remoteUrls,
    amplifyOutputsFile: outputs ? absolute(outputs) : DEFAULT_AMPLIFY_OUTPUTS_FILE,
    requireBuilds: flag(source, 'requireBuilds'),
  };
}
