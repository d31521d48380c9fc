import { remoteOfPath } from './area-routes';
import { areaFor } from './route-table';

describe('which app owns a URL', () => {
  it.each([
    ['/', 'catalog', 'home'],
    ['/books', 'catalog', 'grid'],
    ['/books/genre/mystery', 'catalog', 'grid'],
    ['/books/pride-and-prejudice', 'catalog', 'book'],
    ['/search', 'catalog', 'grid'],
    ['/admin', 'catalog', 'text'],
    ['/admin/books/new', 'catalog', 'text'],
    ['/cart', 'cart-checkout', 'text'],
    ['/checkout', 'cart-checkout', 'text'],
    ['/checkout/confirmation/o-1', 'cart-checkout', 'text'],
    ['/account', 'account', 'text'],
    ['/account/orders/o-1', 'account', 'text'],
  ])('%s → %s (skeleton %s)', (path, remote, skeleton) => {
    expect(areaFor(path)).toMatchObject({ remote, skeleton });
    // The entry's cheap lookup (it picks the remote to preload) agrees with the router's match.
    expect(remoteOfPath(path)).toBe(remote);
  });

  it.each(['/nope', '/cart/extra', '/bookshelf', '/books/genre/mystery/extra'])('%s → nobody (the shell’s 404 page)', (path) => {
    expect(areaFor(path)).toBeUndefined();
  });

  it('preloads no remote for a first path segment no app owns', () => {
    expect(remoteOfPath('/nope')).toBeUndefined();
    expect(remoteOfPath('/bookshelf')).toBeUndefined();
  });
});
