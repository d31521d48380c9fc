import { act } from '@testing-library/react';
import { cartBook } from '../test/books';
import {
  CART_STORAGE_KEY,
  CART_STORAGE_VERSION,
  MAX_LINES,
  MAX_QUANTITY_PER_LINE,
  cartStorageKey,
  readSavedLines,
  selectItemCount,
  selectQuantityOf,
  switchCartOwner,
  useCartStore,
} from './store';

const cart = () => useCartStore.getState();
const saved = (key = CART_STORAGE_KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

beforeEach(() => {
  act(() => switchCartOwner(null));
  act(() => cart().clear());
  localStorage.clear();
});

describe('the cart store', () => {
  it('adds a book as a line of id and quantity, with the price and stock seen; adding again raises the quantity', () => {
    expect(cart().add(cartBook())).toBe(1);
    expect(cart().add(cartBook(), 2)).toBe(2);
    expect(cart().lines).toEqual([{ bookId: 'emma', quantity: 3, seenPriceCents: 949, seenStock: 8, currency: 'USD' }]);
  });

  it('never holds more than the stock, nor more than 10 of a book', () => {
    expect(cart().add(cartBook({ stock: 2 }), 5)).toBe(2);
    expect(cart().add(cartBook({ stock: 2 }))).toBe(0);
    expect(cart().add(cartBook({ id: 'war-and-peace', stock: 99 }), 50)).toBe(MAX_QUANTITY_PER_LINE);
    expect(selectQuantityOf('war-and-peace')(cart())).toBe(10);
  });

  it('adds nothing of a sold-out book, nor a 21st line', () => {
    expect(cart().add(cartBook({ stock: 0 }))).toBe(0);
    for (let i = 0; i < MAX_LINES; i += 1) cart().add(cartBook({ id: `book-${i}` }));
    expect(cart().add(cartBook({ id: 'one-too-many' }))).toBe(0);
    expect(cart().lines).toHaveLength(MAX_LINES);
  });

  it.each([
    [4, 4],
    [0, 1],
    [-3, 1],
    [11, 10],
    [99, 10],
    [2.7, 2],
  ])('sets quantity %p as %p (1–10)', (asked, kept) => {
    cart().add(cartBook());
    cart().setQuantity('emma', asked);
    expect(cart().lines[0].quantity).toBe(kept);
  });

  it('removes a line and clears the cart', () => {
    cart().add(cartBook());
    cart().add(cartBook({ id: 'persuasion' }));
    cart().remove('emma');
    expect(cart().lines.map((l) => l.bookId)).toEqual(['persuasion']);
    cart().clear();
    expect(cart().lines).toEqual([]);
    expect(selectItemCount(cart())).toBe(0);
  });

  it('takes a new look at the price and stock when the book is added again, or when the customer acknowledges a change', () => {
    cart().add(cartBook({ priceCents: 949, stock: 8 }));
    cart().add(cartBook({ priceCents: 999, stock: 5 }));
    expect(cart().lines[0]).toMatchObject({ seenPriceCents: 999, seenStock: 5 });
    cart().acknowledge('emma', { priceCents: 1099, stock: 3 });
    expect(cart().lines[0]).toMatchObject({ seenPriceCents: 1099, seenStock: 3, quantity: 2 });
  });
});

describe('persistence', () => {
  it('saves the lines, versioned, so they survive a reload', async () => {
    cart().add(cartBook(), 2);
    const stored = localStorage.getItem(CART_STORAGE_KEY)!;
    expect(JSON.parse(stored)).toEqual({
      version: CART_STORAGE_VERSION,
      state: { lines: [expect.objectContaining({ bookId: 'emma', quantity: 2 })] },
    });
    act(() => useCartStore.setState({ lines: [] }, false)); // a fresh page's empty store…
    localStorage.setItem(CART_STORAGE_KEY, stored); // …and what the last page left behind
    await act(() => useCartStore.persist.rehydrate());
    expect(selectItemCount(cart())).toBe(2);
  });

  it('reads a version 1 cart (display data and a stock cap) as ids, quantities and what was seen', async () => {
    localStorage.setItem(
      CART_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        state: {
          lines: [
            {
              bookId: 'emma',
              title: 'Emma',
              author: 'Jane Austen',
              unitPriceCents: 949,
              currency: 'USD',
              coverKey: null,
              quantity: 3,
              maxQuantity: 8,
            },
          ],
        },
      }),
    );
    await act(() => useCartStore.persist.rehydrate());
    expect(cart().lines).toEqual([{ bookId: 'emma', quantity: 3, seenPriceCents: 949, seenStock: 8, currency: 'USD' }]);
    expect(saved().version).toBe(CART_STORAGE_VERSION);
  });

  it('ignores what it cannot read: bad lines, duplicates, quantities out of range, unknown versions', () => {
    const line = { bookId: 'emma', quantity: 40, seenPriceCents: 949, seenStock: 8, currency: 'USD' };
    localStorage.setItem(
      'a',
      JSON.stringify({ version: 2, state: { lines: [line, { ...line, quantity: 1 }, { bookId: 7 }, null] } }),
    );
    expect(readSavedLines('a')).toEqual([{ ...line, quantity: 10 }]);
    localStorage.setItem('b', JSON.stringify({ version: 99, state: { lines: [line] } }));
    expect(readSavedLines('b')).toEqual([]);
    localStorage.setItem('c', '{not json');
    expect(readSavedLines('c')).toEqual([]);
  });

  it('is one store per page, even when the remote’s code is loaded a second time', async () => {
    await jest.isolateModulesAsync(async () => {
      const again = await import('./store');
      expect(again.useCartStore).toBe(useCartStore);
    });
  });
});

describe('owners: each customer has a saved cart; a guest cart moves in on sign-in', () => {
  const seen = { seenPriceCents: 949, seenStock: 8, currency: 'USD' };

  it('keeps a signed-in customer’s cart under their own key, and the guest’s under the guest key', () => {
    cart().add(cartBook({ id: 'emma' }));
    act(() => switchCartOwner('user-1'));
    expect(cart().owner).toBe('user-1');
    cart().add(cartBook({ id: 'persuasion' }));
    expect(saved(cartStorageKey('user-1')).state.lines.map((l: { bookId: string }) => l.bookId)).toEqual([
      'emma',
      'persuasion',
    ]);
    expect(localStorage.getItem(CART_STORAGE_KEY)).toBeNull();
  });

  it('merges the guest cart into the saved one on sign-in: quantities added, at most 10', () => {
    localStorage.setItem(
      cartStorageKey('user-1'),
      JSON.stringify({
        version: 2,
        state: {
          lines: [
            { bookId: 'emma', quantity: 7, ...seen },
            { bookId: 'odyssey', quantity: 1, ...seen },
          ],
        },
      }),
    );
    cart().add(cartBook({ id: 'emma', stock: 50 }), 6);
    cart().add(cartBook({ id: 'persuasion' }), 2);
    act(() => switchCartOwner('user-1'));
    expect(cart().lines.map((l) => [l.bookId, l.quantity])).toEqual([
      ['emma', 10],
      ['odyssey', 1],
      ['persuasion', 2],
    ]);
  });

  it('leaves an empty guest cart behind after sign-in, and shows it after sign-out (the customer’s cart stays saved)', () => {
    cart().add(cartBook(), 2);
    act(() => switchCartOwner('user-1'));
    act(() => switchCartOwner(null));
    expect(cart().lines).toEqual([]);
    act(() => switchCartOwner('user-1'));
    expect(cart().lines).toEqual([expect.objectContaining({ bookId: 'emma', quantity: 2 })]);
  });

  it('does not merge twice when a second tab follows the same sign-in', () => {
    cart().add(cartBook(), 2);
    act(() => switchCartOwner('user-1')); // this tab
    act(() => useCartStore.setState({ owner: null }, false)); // the other tab, still a guest in memory
    act(() => switchCartOwner('user-1'));
    expect(cart().lines).toEqual([expect.objectContaining({ bookId: 'emma', quantity: 2 })]);
  });
});
