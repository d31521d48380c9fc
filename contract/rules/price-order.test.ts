import { ORDER_LIMITS } from './order-lines';
import { priceOrder } from './price-order';
import { LIMITS } from './book-input';

describe('priceOrder', () => {
  it('GIVEN no lines THEN everything is zero (no shipping on nothing)', () => {
    expect(priceOrder([])).toEqual({ itemsCents: 0, shippingCents: 0, totalCents: 0 });
  });

  it('GIVEN lines THEN items are the sum of price × quantity, and the total adds shipping', () => {
    expect(
      priceOrder([
        { unitPriceCents: 1000, quantity: 2 },
        { unitPriceCents: 250, quantity: 1 },
      ]),
    ).toEqual({ itemsCents: 2250, shippingCents: 0, totalCents: 2250 });
  });

  it('GIVEN prices that would drift in decimal dollars THEN whole cents, exactly', () => {
    // 0.1 + 0.2 !== 0.3 in floating point; in cents there is nothing to round.
    const lines = [
      { unitPriceCents: 10, quantity: 1 },
      { unitPriceCents: 20, quantity: 1 },
      { unitPriceCents: 333, quantity: 3 },
    ];
    expect(priceOrder(lines).totalCents).toBe(1029);
  });

  it('GIVEN the largest order the limits allow THEN it is priced exactly', () => {
    const lines = Array.from({ length: ORDER_LIMITS.maxLines }, () => ({
      unitPriceCents: LIMITS.priceCentsMax,
      quantity: ORDER_LIMITS.maxQuantity,
    }));
    expect(priceOrder(lines).totalCents).toBe(200_000_000);
  });

  it.each([
    [{ unitPriceCents: 19.99, quantity: 1 }],
    [{ unitPriceCents: 100, quantity: 1.5 }],
    [{ unitPriceCents: -100, quantity: 1 }],
    [{ unitPriceCents: Number.NaN, quantity: 1 }],
  ])('GIVEN a line %p THEN a RangeError, not a rounded guess', (line) => {
    expect(() => priceOrder([line])).toThrow(RangeError);
  });

  it('GIVEN a sum beyond exact integers THEN a RangeError', () => {
    expect(() =>
      priceOrder([
        { unitPriceCents: Number.MAX_SAFE_INTEGER, quantity: 1 },
        { unitPriceCents: 1, quantity: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
