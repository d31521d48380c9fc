import { orderEmail } from './emails';
import type { Order, OrderEvent } from './order';

const AT = '2026-12-08T10:00:00.000Z';
const ORDER = {
  id: 'abcdef0123456789',
  currency: 'USD',
  totalCents: 2450,
  refundedCents: 500,
  items: [{ bookId: 'b1', title: 'Emma <Annotated>', unitPriceCents: 1225, quantity: 2 }],
  shippingAddress: { name: 'Ada', line1: '1 Lane', city: 'Bath', postalCode: 'BA1', country: 'GB' },
  shipment: { carrier: 'DHL', trackingNumber: 'JD01', shippedAt: AT },
} as unknown as Order;
const event = (e: Partial<OrderEvent>): OrderEvent => ({
  at: AT,
  status: 'PAID',
  actor: 'STAFF',
  kind: 'PLACED',
  ...e,
});

describe('orderEmail', () => {
  it('a receipt names the number, the lines, the total and the address; HTML is escaped', () => {
    const mail = orderEmail(ORDER, event({ kind: 'PLACED' }))!;
    expect(mail.subject).toBe('Your Folio order ABCDEF01');
    expect(mail.text).toContain('2 × Emma <Annotated>: $24.50');
    expect(mail.text).toContain('Total: $24.50');
    expect(mail.text).toContain('BA1 Bath');
    expect(mail.html).toContain('Emma &lt;Annotated&gt;');
  });

  it('shipped names carrier and tracking; cancelled and refunded name the amount; delivered sends none', () => {
    expect(orderEmail(ORDER, event({ kind: 'SHIPPED' }))!.text).toContain('Tracking number: JD01');
    expect(orderEmail(ORDER, event({ kind: 'CANCELLED', amountCents: 2450 }))!.text).toContain('$24.50 goes back');
    const refund = orderEmail(ORDER, event({ kind: 'REFUND', amountCents: 500, note: 'Dented' }))!;
    expect(refund.subject).toBe('A refund of $5.00 on your Folio order ABCDEF01');
    expect(refund.text).toContain('Reason: Dented');
    expect(orderEmail(ORDER, event({ kind: 'DELIVERED' }))).toBeUndefined();
  });
});
