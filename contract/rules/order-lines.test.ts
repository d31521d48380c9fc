import { isOrderQuantity, orderLineErrors, ORDER_LIMITS } from './order-lines';

const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ bookId: `b${i}`, quantity: 1 }));

describe('isOrderQuantity', () => {
  it('GIVEN 1 to 10 THEN yes; GIVEN anything else THEN no', () => {
    expect([ORDER_LIMITS.minQuantity, ORDER_LIMITS.maxQuantity].map(isOrderQuantity)).toEqual([true, true]);
    expect([0, 11, 1.5, '2', null].map(isOrderQuantity)).toEqual([false, false, false, false, false]);
  });
});

describe('orderLineErrors', () => {
  it('GIVEN 1 or 20 valid lines THEN no errors', () => {
    expect(orderLineErrors(lines(1))).toEqual({});
    expect(orderLineErrors(lines(ORDER_LIMITS.maxLines))).toEqual({});
  });

  it('GIVEN no lines, 21 lines or no list THEN one error on items', () => {
    for (const raw of [[], lines(21), undefined]) {
      expect(orderLineErrors(raw)).toEqual({ items: 'An order has 1 to 20 lines' });
    }
  });

  it('GIVEN a bad id, a repeated book and a bad quantity THEN each line field is named', () => {
    expect(
      orderLineErrors([{ bookId: '', quantity: 1 }, { bookId: 'b', quantity: 1 }, { bookId: 'b', quantity: 0 }, null]),
    ).toEqual({
      'items.0.bookId': 'bookId is not valid',
      'items.2.bookId': 'Each book may appear on one line only',
      'items.2.quantity': 'Quantity must be from 1 to 10',
      'items.3.bookId': 'bookId is not valid',
      'items.3.quantity': 'Quantity must be from 1 to 10',
    });
  });
});
