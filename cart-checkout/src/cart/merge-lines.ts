/** The order API's limits on a cart, and how two carts become one when a guest signs in. */
import { ORDER_LIMITS } from '@folio/contract/rules/order-lines';
import type { CartLine } from './store';

/** processOrder accepts 1–10 of a book per line (the contract's ORDER_LIMITS)… */
export const MAX_QUANTITY_PER_LINE = ORDER_LIMITS.maxQuantity;
/** …and 1–20 lines per order. */
export const MAX_LINES = ORDER_LIMITS.maxLines;

/** A quantity the API accepts: a whole number from 1 to 10. */
export const clampQuantity = (quantity: number): number =>
  Math.max(
    ORDER_LIMITS.minQuantity,
    Math.min(MAX_QUANTITY_PER_LINE, Math.floor(Number.isFinite(quantity) ? quantity : ORDER_LIMITS.minQuantity)),
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
  return [...merged, ...fresh].slice(0, MAX_LINES);
}
