/**
 * Which app owns which URL. The shell matches the URL here, then renders the owning remote's `routes` module,
 * which picks the page; anything no app owns gets the shell's 404 page.
 */
import { matchRoutes } from '@folio/config/web/router';

export type RemoteName = 'catalog' | 'cart-checkout' | 'account';
/** The skeleton the area shows while its remote loads: the shape of the page it is about to show. */
export type SkeletonKind = 'home' | 'grid' | 'book' | 'text';

export interface AreaRoute {
  path: string;
  remote: RemoteName;
  skeleton: SkeletonKind;
}

export const AREA_ROUTES: readonly AreaRoute[] = [
  { path: '/', remote: 'catalog', skeleton: 'home' },
  { path: '/books', remote: 'catalog', skeleton: 'grid' },
  { path: '/books/genre/:genre', remote: 'catalog', skeleton: 'grid' },
  { path: '/books/:id', remote: 'catalog', skeleton: 'book' },
  { path: '/search', remote: 'catalog', skeleton: 'grid' },
  { path: '/admin/*', remote: 'catalog', skeleton: 'text' },
  { path: '/cart', remote: 'cart-checkout', skeleton: 'text' },
  { path: '/checkout/*', remote: 'cart-checkout', skeleton: 'text' },
  { path: '/account/*', remote: 'account', skeleton: 'text' },
];

/** What customers call each area, for its "unavailable" notice. */
export const AREA_LABELS: Readonly<Record<RemoteName, string>> = {
  catalog: 'The catalog',
  'cart-checkout': 'The cart',
  account: 'Your account',
};

export function areaFor(pathname: string): AreaRoute | undefined {
  const matches = matchRoutes(AREA_ROUTES as AreaRoute[], pathname);
  return matches?.[0]?.route;
}
