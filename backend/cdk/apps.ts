/**
 * The front-end apps the CDK app deploys, each to its own stack. Remotes come from @folio/config's REMOTES,
 * so a remote added there gets its stack, its context keys and its entry in remotes.json without edits here.
 */
import { join } from 'node:path';
import { REMOTES } from '@folio/config';

/** The repository root: each app's build is `<root>/<app>/dist`. */
export const REPO_ROOT = join(__dirname, '..', '..');

export interface FrontEndApp {
  /** Folder and npm workspace name, e.g. "cart-checkout"; the key of remotes.json for a remote. */
  readonly name: string;
  /** CloudFormation stack name, e.g. "FolioCartCheckout". */
  readonly stackName: string;
  /** camelCase stem of its context keys, e.g. "cartCheckout" → `-c cartCheckoutUrl=…`, `-c cartCheckoutDist=…`. */
  readonly contextStem: string;
  /** webpack's output folder, which may not exist yet on a fresh clone. */
  readonly defaultDist: string;
}

const words = (name: string) => name.split(/[^A-Za-z0-9]+/).filter(Boolean);
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function frontEndApp(name: string): FrontEndApp {
  const parts = words(name);
  if (parts.length === 0) throw new Error(`"${name}" is not a usable app name`);
  return {
    name,
    stackName: `Folio${parts.map(capitalise).join('')}`,
    contextStem: parts[0] + parts.slice(1).map(capitalise).join(''),
    defaultDist: join(REPO_ROOT, name, 'dist'),
  };
}

export const SHELL_APP = frontEndApp('shell');
export const REMOTE_APPS: readonly FrontEndApp[] = REMOTES.map((r) => frontEndApp(r.name));

export const BACKEND_STACK_NAME = 'FolioBackend';

/**
 * Where a remote publishes its origin (https://<id>.cloudfront.net, which serves its versions under /v<n>/). The
 * shell reads it at deploy time through a CloudFormation SSM parameter, for its CSP only: no cross-stack export,
 * so a remote deploys without touching the shell.
 */
export const remoteOriginParameter = (app: FrontEndApp): string => `/folio/remotes/${app.name}/origin`;

/** A version path of a remote's bucket: v1, v2, … (backend/releases/release-state.ts names them). */
export const VERSION_PATTERN = /^v[1-9]\d*$/;
