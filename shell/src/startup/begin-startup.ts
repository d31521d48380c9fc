/**
 * What the shell's entry starts at once, before its own chunks load (index.ts, outside the async boundary): the
 * start-up files, and, as soon as /remotes.json arrives, the remotes' registration and the download of what the
 * first render needs (the header's slots and the area of the URL). These downloads then run beside the shell's
 * instead of after them. The remote registry is shared eagerly by the host for this (federation.js HOST_EAGER).
 */
import type { FolioOutputs } from '@folio/config/web/amplify';
import { preloadRemoteModules, registerRemoteManifests, type RemotesJson } from '@folio/config/web/remotes';
import { fetchStartupJson } from '@folio/config/web/startup-json';
import { remoteOfPath } from '../routing/area-routes';

export const STARTUP_FILES = { outputs: '/amplify_outputs.json', remotes: '/remotes.json' } as const;

/** The remote modules every page renders in its header (Header.tsx). */
export const HEADER_SLOTS = { account: 'account/AccountMenu', cart: 'cart-checkout/MiniCart' } as const;

export interface Startup {
  readonly outputs: Promise<FolioOutputs>;
  /** Resolves once the remotes are registered (and their preload started). */
  readonly remotes: Promise<RemotesJson>;
}

/** The modules the first render of `pathname` loads. */
export function firstModules(pathname: string): string[] {
  const area = remoteOfPath(pathname);
  return [...Object.values(HEADER_SLOTS), ...(area ? [`${area}/routes`] : [])];
}

export function beginStartup(pathname: string): Startup {
  const outputs = fetchStartupJson<FolioOutputs>(STARTUP_FILES.outputs);
  const remotes = fetchStartupJson<RemotesJson>(STARTUP_FILES.remotes).then((list) => {
    registerRemoteManifests(list);
    preloadRemoteModules(firstModules(pathname));
    return list;
  });
  // startShell awaits both and shows a failure; until then a rejection is not "unhandled".
  outputs.catch(() => undefined);
  remotes.catch(() => undefined);
  return { outputs, remotes };
}
