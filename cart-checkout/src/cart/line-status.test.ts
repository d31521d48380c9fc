import { cartBook } from '../test/books';
import type { BookInfoEntry } from './book-info';
import { cartSummary, lineView } from './line-status';
import type { CartLine } from './store';

const line = (overrides: Partial<CartLine> = {}): CartLine => ({
  bookId: 'emma',
  quantity: 2,
  seenPriceCents: 949,
  seenStock: 8,
  currency: 'USD',
  ...overrides,
});
const now = (overrides = {}): BookInfoEntry => ({ status: 'ready', book: cartBook(overrides), fetchedAt: 1 });

describe('lineView', () => {
  it('prices the line at the current price', () => {
    expect(lineView(line(), now({ priceCents: 1000 }))).toMatchObject({
      lineTotalCents: 2000,
      maxQuantity: 8,
      soldOut: false,
      short: false,
    });
  });

  it('notes a price change, up or down, since the book was added', () => {
    expect(lineView(line(), now({ priceCents: 1099 })).priceChange).toEqual({ fromCents: 949, toCents: 1099 });
    expect(lineView(line(), now({ priceCents: 799 })).priceChange).toEqual({ fromCents: 949, toCents: 799 });
    expect(lineView(line(), now()).priceChange).toBeUndefined();
  });

  it('notes a stock drop when it matters: below the quantity, or down to the last few', () => {
    expect(lineView(line({ seenStock: 40 }), now({ stock: 30 })).stockDrop).toBeUndefined();
    expect(lineView(line({ seenStock: 40 }), now({ stock: 4 })).stockDrop).toEqual({ from: 40, to: 4 });
    expect(lineView(line({ quantity: 3 }), now({ stock: 1 }))).toMatchObject({
      stockDrop: { from: 8, to: 1 },
      short: true,
    });
  });

  it('flags a sold-out line', () => {
    expect(lineView(line(), now({ stock: 0 }))).toMatchObject({ soldOut: true, short: false });
  });

  it('offers quantities up to the stock (at most 10), never hiding the one chosen', () => {
    expect(lineView(line(), now({ stock: 50 })).maxQuantity).toBe(10);
    expect(lineView(line({ quantity: 6 }), now({ stock: 3 })).maxQuantity).toBe(6);
  });

  it('knows nothing but the line before the book is read, or when it no longer exists', () => {
    const loading = lineView(line(), undefined);
    expect([loading.status, loading.book, loading.lineTotalCents]).toEqual(['loading', undefined, undefined]);
    const missing = lineView(line(), { status: 'missing', fetchedAt: 1 });
    expect([missing.status, missing.book]).toEqual(['missing', undefined]);
  });
});

describe('cartSummary', () => {
  it('sums current prices once every book is known', () => {
    const views = [
      lineView(line(), now({ priceCents: 1000 })),
      lineView(line({ bookId: 'odyssey', quantity: 1 }), now({ id: 'odyssey', priceCents: 1250 })),
    ];
    expect(cartSummary(views)).toEqual({
      itemCount: 3,
      money: { itemsCents: 3250, shippingCents: 0, totalCents: 3250 },
      currency: 'USD',
      orderable: true,
      blockers: [],
    });
    expect(cartSummary([...views, lineView(line({ bookId: 'x' }), undefined)])).toMatchObject({
      money: undefined,
      orderable: false,
    });
  });

  it('says which lines stop the order', () => {
    const summary = cartSummary([
      lineView(line(), now({ stock: 0 })),
      lineView(line({ bookId: 'odyssey', quantity: 5 }), now({ id: 'odyssey', title: 'The Odyssey', stock: 2 })),
      lineView(line({ bookId: 'gone' }), { status: 'missing', fetchedAt: 1 }),
    ]);
    expect(summary.orderable).toBe(false);
    expect(summary.blockers).toEqual([
      '“Emma” is sold out: remove it to check out.',
      'Only 2 of “The Odyssey” left: lower the quantity to check out.',
      'A book in your cart is no longer sold: remove it to check out.',
    ]);
  });
});
