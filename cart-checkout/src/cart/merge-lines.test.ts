import { clampQuantity, mergeLines, MAX_LINES } from './merge-lines';
import type { CartLine } from './store';

const line = (bookId: string, quantity: number, seenPriceCents = 1000): CartLine => ({
  bookId,
  quantity,
  seenPriceCents,
  seenStock: 20,
  currency: 'USD',
});

describe('mergeLines', () => {
  it('adds quantities of a book in both carts (at most 10) and keeps the rest of each', () => {
    expect(mergeLines([line('a', 3), line('b', 9)], [line('b', 4), line('c', 1)])).toEqual([
      line('a', 3),
      line('b', 10),
      line('c', 1),
    ]);
  });

  it('takes the guest line’s price and stock: the customer saw those last', () => {
    expect(mergeLines([line('a', 1, 900)], [line('a', 1, 1200)])).toEqual([line('a', 2, 1200)]);
  });

  it('keeps at most 20 lines', () => {
    const saved = Array.from({ length: 15 }, (_, i) => line(`s${i}`, 1));
    const guest = Array.from({ length: 10 }, (_, i) => line(`g${i}`, 1));
    expect(mergeLines(saved, guest)).toHaveLength(MAX_LINES);
  });
});

describe('clampQuantity', () => {
  it.each([
    [1, 1],
    [10, 10],
    [0, 1],
    [12, 10],
    [3.9, 3],
    [Number.NaN, 1],
  ])('%p → %p', (q, expected) => expect(clampQuantity(q)).toBe(expected));
});
