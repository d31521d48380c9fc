/**
 * The shell's part of a prerendered page, built for Node (`webpack --env node` → dist/node/frame.js): the store's
 * frame at a URL, with the area's remote component handed in from that remote's own Node build. The prerenderer
 * (render-page.ts) loads this build, not the sources, so a page holds exactly the markup the browser hydrates.
 */
import { StrictMode, type ComponentType } from 'react';
// The browser's router module has no StaticRouter; in Node the package itself is the one copy every app's module uses.
import { StaticRouter } from 'react-router';
import { provideRemoteComponent } from '@folio/config/web/RemoteSlot';
import { Frame } from '../src/frame/Frame';

export { provideRemoteComponent };
export { areaFor } from '../src/routing/route-table';

export function PrerenderedPage({ path }: { path: string }) {
  return (
    <StrictMode>
      <StaticRouter location={path}>
        <Frame />
      </StaticRouter>
    </StrictMode>
  );
}

export type RemoteComponent = ComponentType<Record<string, unknown>>;
