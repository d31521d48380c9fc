import type { CartBookData } from '@folio/contract/documents/cart';
import type { CartBook } from '../cart/store';

/** A book as the catalog hands it to the cart (and as getBook describes it). */
export const cartBook = (overrides: Partial<CartBook> = {}): CartBook & CartBookData => ({
  id: 'emma',
  title: 'Emma',
  author: 'Jane Austen',
  priceCents: 949,
  currency: 'USD',
  stock: 8,
  coverKey: 'covers/emma.png',
  ...overrides,
});
