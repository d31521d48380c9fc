import { checkOrderInput, orderIdFor } from './order-input';

const shippingAddress = { name: 'A', line1: 'L', city: 'C', postalCode: 'P', country: 'GB' };
const valid = { idempotencyKey: 'k', paymentMethodId: 'pm_x', items: [{ bookId: 'b', quantity: 1 }], shippingAddress };

// The rules themselves are tested in @folio/contract (rules/order-input.test.ts); here, how they reach AppSync.
describe('checkOrderInput', () => {
  it('GIVEN a valid order THEN the checked value', () => {
    expect(checkOrderInput(valid).shippingAddress).toEqual({ ...shippingAddress, line2: null });
  });

  it('GIVEN bad fields THEN one ValidationError naming each in its message and errorInfo.fields', () => {
    expect(() => checkOrderInput({ ...valid, items: [], shippingAddress: { ...shippingAddress, city: '' } })).toThrow(
      expect.objectContaining({
        type: 'ValidationError',
        message: 'items: An order has 1 to 20 lines; shippingAddress.city: city is required',
        info: { fields: { items: 'An order has 1 to 20 lines', 'shippingAddress.city': 'city is required' } },
      }),
    );
  });
});

describe('orderIdFor', () => {
  it('is stable per (customer, key) and differs across customers', () => {
    expect(orderIdFor('c1', 'k')).toBe(orderIdFor('c1', 'k'));
    expect(orderIdFor('c1', 'k')).not.toBe(orderIdFor('c2', 'k'));
    expect(orderIdFor('c1', 'k')).toMatch(/^[0-9a-f]{32}$/);
  });
});
