/**
 * What the shell does before the first render: read /amplify_outputs.json and /remotes.json (both never
 * cached, so a deploy takes effect on the next visit), configure Amplify once for every app of the page, and
 * register the remotes at run time.
 */
import { configureFolio, fetchStartupJson, type FolioOutputs } from '@folio/config/web/amplify';
import { registerRemoteManifests, type RemotesJson } from '@folio/config/web/remotes';
import './provide-shared';

export const STARTUP_FILES = { outputs: '/amplify_outputs.json', remotes: '/remotes.json' } as const;

export async function startShell(): Promise<void> {
  const [outputs, remotes] = await Promise.all([
    fetchStartupJson<FolioOutputs>(STARTUP_FILES.outputs),
    fetchStartupJson<RemotesJson>(STARTUP_FILES.remotes),
  ]);
  configureFolio(outputs);
  registerRemoteManifests(remotes);
}
