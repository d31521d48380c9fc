/**
 * The page's remote registry. The host registers the remotes of /remotes.json here at start-up; every app loads
 * remotes through loadRemoteModule. Shared as a Module Federation singleton (federation.js FOLIO_SINGLETONS), so a
 * remote's calls run on the host's federation instance: a remote's own instance knows no other remote.
 */
import { loadRemote, preloadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { takeEarlyResponse } from './early-fetch';
import { reportRemoteFailure } from './remote-health';

// Through this shared module, a remote's slots report on the shell's copy (no copy of their own in each remote).
export { reportRemoteFailure };

/** /remotes.json: remote name → URL of its mf-manifest.json. */
export type RemotesJson = Readonly<Record<string, string>>;

const manifests = new Map<string, string>();

/** Container names are JS identifiers (`cart-checkout` → `cart_checkout`); imports keep the remote's name. */
export const containerName = (remote: string): string => remote.replace(/[^\w$]/g, '_');

/** `cart-checkout/AddToCartButton` → `cart-checkout`. */
export const remoteOf = (id: string): string => id.split('/')[0];

function federationRemote(name: string, entry: string) {
  const container = containerName(name);
  // An alias equal to the name is refused by the runtime; only names that are not identifiers need one.
  return container === name ? { name, entry } : { name: container, alias: name, entry };
}

/** A runtime plugin: a manifest index.html's script already fetched is read from that response (early-fetch.ts). */
export const earlyManifestsPlugin = {
  name: 'folio-early-manifests',
  fetch: (url: string) => takeEarlyResponse(url),
};

/** Registers the remotes (all but `except`, the page's own container when a remote runs standalone). */
export function registerRemoteManifests(remotes: RemotesJson, except?: string): void {
  registerPlugins([earlyManifestsPlugin]);
  const list = Object.entries(remotes)
    .filter(([name]) => name !== except)
    .map(([name, entry]) => {
      manifests.set(name, entry);
      return federationRemote(name, entry);
    });
  registerRemotes(list);
}

export class RemoteUnavailableError extends Error {
  constructor(
    readonly remote: string,
    readonly cause: unknown,
  ) {
    super(`The ${remote} remote could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RemoteUnavailableError';
  }
}

/** Loads an exposed module (`catalog/routes`); rejects with RemoteUnavailableError if the remote is down. */
export async function loadRemoteModule<T>(id: string): Promise<T> {
  let loaded: T | null | undefined;
  try {
    loaded = await loadRemote<T>(id);
  } catch (error) {
    reportRemoteFailure(remoteOf(id), 'load');
    throw new RemoteUnavailableError(remoteOf(id), error);
  }
  if (!loaded) throw new RemoteUnavailableError(remoteOf(id), new Error(`${id} was not found`));
  return loaded;
}

/**
 * Starts downloading exposed modules (`catalog/routes`) before anything renders them: each remote's entry, and the
 * modules' scripts and styles. Best effort: a remote that cannot be fetched is left to loadRemoteModule, whose
 * failure the slot shows.
 */
export function preloadRemoteModules(ids: readonly string[]): void {
  const exposesByRemote = new Map<string, string[]>();
  for (const id of ids) {
    const remote = remoteOf(id);
    exposesByRemote.set(remote, [...(exposesByRemote.get(remote) ?? []), id.slice(remote.length + 1)]);
  }
  const options = [...exposesByRemote].map(([nameOrAlias, exposes]) => ({ nameOrAlias, exposes }));
  preloadRemote(options).catch(() => undefined);
}

/**
 * Forgets what the runtime cached about a remote (manifest, entry) by registering it again, so that the next
 * loadRemoteModule really fetches it: a Retry after the remote's server is back.
 */
export function resetRemote(remote: string): void {
  const entry = manifests.get(remote);
  if (entry) registerRemotes([federationRemote(remote, entry)], { force: true });
}
