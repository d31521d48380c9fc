import { checkRefund, checkShipment } from './order-changes';

describe('checkShipment', () => {
  it('trims carrier and tracking number', () => {
    expect(checkShipment({ id: 'o1', carrier: ' DHL ', trackingNumber: ' 123 ' })).toEqual({
      ok: true,
      value: { id: 'o1', carrier: 'DHL', trackingNumber: '123' },
    });
  });

  it('names every missing or too long field', () => {
    expect(checkShipment({ id: 'o1', carrier: ' ', trackingNumber: 'x'.repeat(101) })).toEqual({
      ok: false,
      errors: { carrier: 'Carrier is required', trackingNumber: 'Tracking number must be at most 100 characters' },
    });
  });
});

describe('checkRefund', () => {
  it('keeps a trimmed reason and drops an empty one', () => {
    expect(checkRefund({ id: 'o1', idempotencyKey: 'k-1', amountCents: 5, reason: ' damaged ' })).toEqual({
      ok: true,
      value: { id: 'o1', idempotencyKey: 'k-1', amountCents: 5, reason: 'damaged' },
    });
    expect(checkRefund({ id: 'o1', idempotencyKey: 'k-1', amountCents: 5, reason: '' })).toEqual({
      ok: true,
      value: { id: 'o1', idempotencyKey: 'k-1', amountCents: 5 },
    });
  });

  it('refuses a zero, negative or fractional amount and a bad key', () => {
    for (const amountCents of [0, -1, 1.5]) {
      expect(checkRefund({ id: 'o1', idempotencyKey: 'k', amountCents })).toMatchObject({
        ok: false,
        errors: { amountCents: expect.any(String) },
      });
    }
    expect(checkRefund({ id: 'o1', idempotencyKey: 'a b', amountCents: 1 })).toMatchObject({
      ok: false,
      errors: { idempotencyKey: expect.any(String) },
    });
  });
});
