import { LOW_STOCK, stockState } from './stock';

describe('stockState', () => {
  it.each([
    [0, 'sold-out', 'Sold out'],
    [-1, 'sold-out', 'Sold out'],
    [1, 'low', 'Only 1 left'],
    [LOW_STOCK, 'low', `Only ${LOW_STOCK} left`],
    [LOW_STOCK + 1, 'in-stock', 'In stock'],
    [120, 'in-stock', 'In stock'],
  ])('stock %i → %s (“%s”)', (stock, kind, label) => {
    expect(stockState(stock)).toEqual({ kind, label });
  });
});
