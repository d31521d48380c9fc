/**
 * The short order number customers see (account pages, checkout confirmation): 8 letters/digits of the id. Its own
 * module, apart from format.ts's prices: webpack keeps a module whole in every chunk that imports it, and the mini
 * cart on every page needs only prices.
 */
export const orderNumber = (id: string): string =>
  id
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 8)
    .toUpperCase();
