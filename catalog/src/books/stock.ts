/** How much stock a book page admits to: exact numbers only when they help the customer decide. */
export const LOW_STOCK = 5;

export type StockKind = 'in-stock' | 'low' | 'sold-out';

export function stockState(stock: number): { kind: StockKind; label: string } {
  if (stock <= 0) return { kind: 'sold-out', label: 'Sold out' };
  if (stock <= LOW_STOCK) return { kind: 'low', label: `Only ${stock} left` };
  return { kind: 'in-stock', label: 'In stock' };
}
