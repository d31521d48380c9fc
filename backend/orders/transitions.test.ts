import type { Order, OrderStatus } from './order';
import { planChange, type Change } from './transitions';

const AT = '2026-12-08T10:00:00.000Z';
const order = (status: OrderStatus, refundedCents = 0): Order =>
  ({ id: 'o1', status, totalCents: 2000, refundedCents, history: [] }) as unknown as Order;
const plan = (o: Order, change: Change) => planChange(o, change, 'STAFF', 'staff-sub', AT);
const conflict = { type: 'Conflict' };

const SHIP: Change = { kind: 'SHIPPED', carrier: 'DHL', trackingNumber: 'T1' };
const refund = (amountCents: number): Change => ({ kind: 'REFUND', amountCents, refundKey: 'k1', reason: 'late' });

describe('planChange', () => {
  it('ships a PAID order with its shipment, delivers a SHIPPED one, cancels a PAID one', () => {
    expect(plan(order('PAID'), SHIP)).toEqual({
      status: 'SHIPPED',
      refundedCents: 0,
      shipment: { carrier: 'DHL', trackingNumber: 'T1', shippedAt: AT },
      event: { at: AT, actor: 'STAFF', by: 'staff-sub', kind: 'SHIPPED', status: 'SHIPPED' },
    });
    expect(plan(order('SHIPPED'), { kind: 'DELIVERED' }).status).toBe('DELIVERED');
    expect(plan(order('PAID', 500), { kind: 'CANCELLED' }).event).toMatchObject({
      kind: 'CANCELLED',
      amountCents: 1500,
    });
  });

  it('refunds part (status kept) or the rest (REFUNDED) from PAID, SHIPPED or DELIVERED', () => {
    for (const status of ['PAID', 'SHIPPED', 'DELIVERED'] as const) {
      expect(plan(order(status), refund(500))).toMatchObject({ status, refundedCents: 500 });
      expect(plan(order(status, 500), refund(1500))).toMatchObject({ status: 'REFUNDED', refundedCents: 2000 });
    }
    expect(plan(order('PAID'), refund(5)).event).toMatchObject({ refundKey: 'k1', note: 'late', amountCents: 5 });
  });

  it('refuses every other move with a Conflict', () => {
    const refused: [OrderStatus, Change][] = [
      ['PAID', { kind: 'DELIVERED' }],
      ['SHIPPED', SHIP],
      ['SHIPPED', { kind: 'CANCELLED' }],
      ['DELIVERED', SHIP],
      ['DELIVERED', { kind: 'CANCELLED' }],
      ['CANCELLED', SHIP],
      ['CANCELLED', refund(1)],
      ['REFUNDED', refund(1)],
      ['REFUNDED', { kind: 'CANCELLED' }],
    ];
    for (const [status, change] of refused)
      expect(() => plan(order(status), change)).toThrow(expect.objectContaining(conflict));
  });

  it('refuses a refund above what is left', () => {
    expect(() => plan(order('SHIPPED', 1500), refund(501))).toThrow(expect.objectContaining(conflict));
  });
});
