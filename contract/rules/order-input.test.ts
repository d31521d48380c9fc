import { checkOrder } from './order-input';

const ADDRESS = { name: 'A', line1: 'L', city: 'C', postalCode: 'P', country: 'GB' };
const base = {
  idempotencyKey: 'k-1',
  paymentMethodId: 'pm_card_visa',
  items: [{ bookId: 'b', quantity: 1 }],
  shippingAddress: ADDRESS,
};
const fields = (input: unknown) => {
  const checked = checkOrder(input);
  return checked.ok ? [] : Object.keys(checked.errors);
};

describe('checkOrder', () => {
  it('GIVEN a valid order THEN its value, with the address trimmed', () => {
    const checked = checkOrder({ ...base, shippingAddress: { ...ADDRESS, name: '  Ada  ', line2: '' } });
    expect(checked.ok && checked.value.shippingAddress).toEqual({ ...ADDRESS, name: 'Ada', line2: null });
  });

  it('GIVEN a price or total from the browser THEN it is dropped', () => {
    const checked = checkOrder({ ...base, items: [{ bookId: 'b', quantity: 1, unitPriceCents: 1 }], totalCents: 1 });
    expect(checked.ok && checked.value).toEqual({ ...base, shippingAddress: { ...ADDRESS, line2: null } });
  });

  it.each([0, -1, 11, 1.5, '2'])('GIVEN quantity %p THEN an error on that line', (quantity) => {
    expect(fields({ ...base, items: [{ bookId: 'b', quantity }] })).toEqual(['items.0.quantity']);
  });

  it('GIVEN several bad fields THEN every one is named at once', () => {
    expect(
      fields({
        ...base,
        idempotencyKey: '',
        paymentMethodId: 'card',
        shippingAddress: { ...ADDRESS, city: 'x'.repeat(201), country: '' },
      }),
    ).toEqual(['idempotencyKey', 'paymentMethodId', 'shippingAddress.city', 'shippingAddress.country']);
  });

  it('GIVEN nothing THEN errors, not a crash', () => {
    expect(fields(undefined)).toEqual(expect.arrayContaining(['idempotencyKey', 'items', 'shippingAddress.name']));
  });
});
