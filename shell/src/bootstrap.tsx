import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@folio/config/web/tokens.css';
import '@folio/config/web/base.css';
import { installPrerenderStore, readPrerenderedData } from '@folio/config/web/prerender-data';
import { preloadRemoteComponent } from '@folio/config/web/RemoteSlot';
import { App } from './App';
import type { Startup } from './startup/begin-startup';
import { startShell } from './startup/start-shell';
import { StartupError } from './startup/StartupError';
import { areaFor } from './routing/route-table';

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

export function bootstrap(startup: Startup): void {
  const container = document.getElementById('root')!;
  const data = readPrerenderedData(document);
  if (!data) {
    const root = createRoot(container);
    startShell(startup).then(
      () => root.render(app),
      (error: Error) => root.render(<StartupError error={error} />),
    );
    return;
  }
  // A prerendered page (shell/prerender/): hydrated once the area's remote is here, with the reads it was
  // rendered with, so the first render is the HTML's and React keeps every node of it.
  installPrerenderStore({ data });
  const area = areaFor(window.location.pathname);
  startShell(startup)
    .then(() => (area ? preloadRemoteComponent(`${area.remote}/routes`) : undefined))
    .then(
      // As a transition, React hydrates in slices of ~5 ms between which the browser handles input, instead of one
      // task as long as the page (shell/BENCHMARKS.md, "Where the start-up's main-thread time goes").
      () => startTransition(() => void hydrateRoot(container, app)),
      (error: Error) => createRoot(container).render(<StartupError error={error} />),
    );
}
