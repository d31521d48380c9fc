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
  });

  it.each(['/nope', '/cart/extra', '/bookshelf', '/books/genre/mystery/extra'])(
    '%s → nobody (the shell’s 404 page)',
    (path) => {
      expect(areaFor(path)).toBeUndefined();
    },
  );
});
