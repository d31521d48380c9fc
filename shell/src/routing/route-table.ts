/**
 * Which app owns a URL: matched against AREA_ROUTES (area-routes.ts). The shell then renders the owning remote's
 * `routes` module, which picks the page; anything no app owns gets the shell's 404 page.
 */
import { matchRoutes } from '@folio/config/web/router';
import { AREA_ROUTES, type AreaRoute } from './area-routes';

export function areaFor(pathname: string): AreaRoute | undefined {
  const matches = matchRoutes(AREA_ROUTES as AreaRoute[], pathname);
  return matches?.[0]?.route;
}
