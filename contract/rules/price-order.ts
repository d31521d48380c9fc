/**
 * What an order costs, in integer cents: makePayment charges it (at the catalog's prices, never the browser's)
 * and the cart shows it. A shipping fee is one edit here, and both sides follow.
 */
export interface PricedLine {
  unitPriceCents: number;
  quantity: number;
}

export interface OrderMoney {
  itemsCents: number;
  shippingCents: number;
  totalCents: number;
}

/** Shipping is free for now. */
export const SHIPPING_CENTS = 0;

const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/**
 * Throws a RangeError on a fractional or negative amount, or a total past exact integers: money is whole cents,
 * and a bad line is a bug.
 */
export function priceOrder(lines: readonly PricedLine[]): OrderMoney {
  let itemsCents = 0;
  for (const { unitPriceCents, quantity } of lines) {
    if (!isCount(unitPriceCents) || !isCount(quantity)) itemsCents = NaN;
    itemsCents += unitPriceCents * quantity;
  }
  if (!isCount(itemsCents)) throw new RangeError('An order is priced in whole cents and whole quantities');
  const shippingCents = lines.length === 0 ? 0 : SHIPPING_CENTS;
  return { itemsCents, shippingCents, totalCents: itemsCents + shippingCents };
}
