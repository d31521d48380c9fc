/**
 * How many lines an order may have and how many of a book a line may hold: processOrder refuses more, the cart
 * never offers more.
 */
export const ORDER_LIMITS = { maxLines: 20, minQuantity: 1, maxQuantity: 10, bookIdMax: 100 } as const;

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
