/**
 * What the shell's entry starts at once (index.ts, outside the async boundary): it reads the start-up files
 * (index.html's script has already fetched them), connects to the API and image origins, and, as soon as
 * /remotes.json is read, registers the remotes and starts downloading what the first render needs (the URL's
 * area, then the header's slots). The remote registry and the router are in the entry for this (federation.js
 * HOST_EAGER).
 */
import type { FolioOutputs } from '@folio/config/web/amplify';
import { preloadRemoteModules, registerRemoteManifests, type RemotesJson } from '@folio/config/web/remotes';
import { fetchStartupJson, STARTUP_FILES } from '@folio/config/web/startup-json';
import { chosenRemotes, type RemotesFile } from '@folio/config/web/chosen-remotes';
import { setRemoteVersions } from '@folio/config/web/remote-health';
import { areaFor } from '../routing/route-table';
import { preconnectOrigins } from './preconnect';

/** The remote modules every page renders in its header (Header.tsx). */
export const HEADER_SLOTS = { account: 'account/AccountMenu', cart: 'cart-checkout/MiniCart' } as const;

export interface Startup {
  readonly outputs: Promise<FolioOutputs>;
  /** Resolves once the remotes are registered (and their preload started). */
  readonly remotes: Promise<RemotesJson>;
}

/** The modules the first render of `pathname` loads: the page's main content first, then the header's slots. */
export function firstModules(pathname: string): string[] {
  const area = areaFor(pathname)?.remote;
  return [...(area ? [`${area}/routes`] : []), ...Object.values(HEADER_SLOTS)];
}

export function beginStartup(pathname: string): Startup {
  const outputs = fetchStartupJson<FolioOutputs>(STARTUP_FILES.outputs).then((read) => {
    preconnectOrigins(read);
    return read;
  });
  const remotes = fetchStartupJson<RemotesFile>(STARTUP_FILES.remotes).then((file) => {
    // One version per remote for the tab's life: the one index.html's script chose and prefetched.
    const chosen = chosenRemotes(file);
    setRemoteVersions(chosen.versions);
    registerRemoteManifests(chosen.manifests);
    if (Object.keys(chosen.overrides).length)
      void import('../frame/OverrideBanner').then((m) => m.showOverrideBanner(chosen.overrides));
    preloadRemoteModules(firstModules(pathname));
    return chosen.manifests;
  });
  // startShell awaits both and shows a failure; until then a rejection is not "unhandled".
  outputs.catch(() => undefined);
  remotes.catch(() => undefined);
  return { outputs, remotes };
}
