import { checkOrderInput, orderIdFor } from './order-input';

const ADDRESS = { name: 'A', line1: 'L', city: 'C', postalCode: 'P', country: 'GB' };
const base = {
  idempotencyKey: 'k-1',
  paymentMethodId: 'pm_card_visa',
  items: [{ bookId: 'b', quantity: 1 }],
  shippingAddress: ADDRESS,
};
const fields = (input: unknown) => {
  try {
    checkOrderInput(input);
    return [];
  } catch (error) {
    return Object.keys((error as { info: { fields: object } }).info.fields);
  }
};

describe('checkOrderInput', () => {
  it('accepts a valid order and trims the address', () => {
    expect(
      checkOrderInput({ ...base, shippingAddress: { ...ADDRESS, name: '  Ada  ', line2: '' } }).shippingAddress,
    ).toEqual({ ...ADDRESS, name: 'Ada', line2: null });
  });
  it.each([0, -1, 11, 1.5, '2'])('refuses quantity %p', (quantity) => {
    expect(fields({ ...base, items: [{ bookId: 'b', quantity }] })).toEqual(['items.0.quantity']);
  });
  it('refuses 0 and 21 lines, and a book twice', () => {
    expect(fields({ ...base, items: [] })).toEqual(['items']);
    expect(
      fields({ ...base, items: Array.from({ length: 21 }, (_, i) => ({ bookId: `b${i}`, quantity: 1 })) }),
    ).toEqual(['items']);
    expect(
      fields({
        ...base,
        items: [
          { bookId: 'b', quantity: 1 },
          { bookId: 'b', quantity: 1 },
        ],
      }),
    ).toEqual(['items.1.bookId']);
  });
  it('names every bad field at once', () => {
    expect(
      fields({
        ...base,
        idempotencyKey: '',
        paymentMethodId: 'card',
        shippingAddress: { ...ADDRESS, city: 'x'.repeat(201), country: '' },
      }).sort(),
    ).toEqual(['idempotencyKey', 'paymentMethodId', 'shippingAddress.city', 'shippingAddress.country'].sort());
  });
});

describe('orderIdFor', () => {
  it('is stable per (customer, key) and differs across customers', () => {
    expect(orderIdFor('c1', 'k')).toBe(orderIdFor('c1', 'k'));
    expect(orderIdFor('c1', 'k')).not.toBe(orderIdFor('c2', 'k'));
    expect(orderIdFor('c1', 'k')).toMatch(/^[0-9a-f]{32}$/);
  });
});
