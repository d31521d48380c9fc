/** Rendering helpers for the apps' tests: a router at a given URL, and a probe of where it is now. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';

/** Renders `ui` at `url`; `location()` reads the router's current path and query (after navigations). */
export function renderAt(url: string, ui: ReactElement): RenderResult & { location(): string } {
  let current = url;
  function Probe() {
    const l = useLocation();
    current = `${l.pathname}${l.search}`;
    return null;
  }
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      {ui}
      <Probe />
    </MemoryRouter>,
  );
  return { ...result, location: () => current };
}
