/**
 * How many lines an order may have and how many of a book a line may hold: processOrder refuses more, the cart
 * never offers more.
 */
export const MAX_ORDER_LINES = 20;
export const MIN_LINE_QUANTITY = 1;
export const MAX_LINE_QUANTITY = 10;
export const BOOK_ID_MAX = 100;

/**
 * The same limits as one object. The plain `const` numbers above are what front ends import: webpack inlines a
 * literal constant at its use, so the cart bundles no copy of this module.
 */
export const ORDER_LIMITS = {
  maxLines: MAX_ORDER_LINES,
  minQuantity: MIN_LINE_QUANTITY,
  maxQuantity: MAX_LINE_QUANTITY,
  bookIdMax: BOOK_ID_MAX,
} as const;

export interface OrderLineInput {
  bookId: string;
  quantity: number;
}

export const isOrderQuantity = (value: unknown): value is number =>
  Number.isInteger(value) &&
  (value as number) >= ORDER_LIMITS.minQuantity &&
  (value as number) <= ORDER_LIMITS.maxQuantity;

/** Errors keyed `items` or `items.<i>.<field>`, the names processOrder's ValidationError reports. */
export function orderLineErrors(raw: unknown): Record<string, string> {
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > ORDER_LIMITS.maxLines) {
    return { items: `An order has 1 to ${ORDER_LIMITS.maxLines} lines` };
  }
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  raw.forEach((line: { bookId?: unknown; quantity?: unknown } | null | undefined, i) => {
    const { bookId, quantity } = line ?? {};
    if (typeof bookId !== 'string' || bookId === '' || bookId.length > ORDER_LIMITS.bookIdMax) {
      errors[`items.${i}.bookId`] = 'bookId is not valid';
    } else if (seen.has(bookId)) {
      errors[`items.${i}.bookId`] = 'Each book may appear on one line only';
    }
    seen.add(String(bookId));
    if (!isOrderQuantity(quantity)) {
      errors[`items.${i}.quantity`] =
        `Quantity must be from ${ORDER_LIMITS.minQuantity} to ${ORDER_LIMITS.maxQuantity}`;
    }
  });
  return errors;
}
