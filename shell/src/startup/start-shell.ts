/**
 * What the shell does before the first render: wait for /amplify_outputs.json and /remotes.json (both never
 * cached, so a deploy takes effect on the next visit; begin-startup.ts fetches them and registers the remotes),
 * then configure Amplify once for every app of the page.
 */
import { configureFolio } from '@folio/config/web/amplify';
import { beginStartup, type Startup } from './begin-startup';
import '@folio/config/web/provide-shared';

export async function startShell(startup: Startup = beginStartup(window.location.pathname)): Promise<void> {
  const [outputs] = await Promise.all([startup.outputs, startup.remotes]);
  configureFolio(outputs);
}
