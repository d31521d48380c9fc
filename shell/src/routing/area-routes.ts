/**
 * Which app owns which URL, as data. route-table.ts matches a URL against it (for the page, and for the remote the
 * shell's entry preloads, begin-startup.ts).
 */
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
