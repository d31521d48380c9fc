/** The order API's limits on a cart, and how two carts become one when a guest signs in. */
import { MAX_LINE_QUANTITY, MAX_ORDER_LINES, MIN_LINE_QUANTITY } from '@folio/contract/rules/order-lines';
import type { CartLine } from './store';

/**
 * processOrder accepts 1–10 of a book per line and 1–20 lines per order (the contract's order limits, plain
 * numbers so webpack inlines them).
 */
export { MAX_LINE_QUANTITY as MAX_QUANTITY_PER_LINE, MAX_ORDER_LINES as MAX_LINES };

/** A quantity the API accepts: a whole number from 1 to 10. */
export const clampQuantity = (quantity: number): number =>
  Math.max(
    MIN_LINE_QUANTITY,
    Math.min(MAX_LINE_QUANTITY, Math.floor(Number.isFinite(quantity) ? quantity : MIN_LINE_QUANTITY)),
  );

/**
 * The customer's saved cart plus the lines they added as a guest: a book in both gets the sum of the quantities
 * (at most 10) and the guest line's price and stock, which are the more recent sight of the book. Lines beyond the
 * 20 the API takes are dropped (the guest's last ones).
 */
export function mergeLines(saved: readonly CartLine[], guest: readonly CartLine[]): CartLine[] {
  const merged = saved.map((line) => {
    const added = guest.find((g) => g.bookId === line.bookId);
    if (!added) return line;
    return { ...added, quantity: clampQuantity(line.quantity + added.quantity) };
  });
  const fresh = guest.filter((g) => !saved.some((l) => l.bookId === g.bookId));
  return [...merged, ...fresh].slice(0, MAX_ORDER_LINES);
}
