import { actorLabel, eventLabel, isOrderStatus, ORDER_STATUSES, statusLabel } from './order-status';

describe('order statuses and events, as customers and staff read them', () => {
  it('names every status of an order’s life, in the order it is lived', () => {
    expect(ORDER_STATUSES.map(statusLabel)).toEqual(['Paid', 'Shipped', 'Delivered', 'Cancelled', 'Refunded']);
    expect(isOrderStatus('SHIPPED')).toBe(true);
    expect(isOrderStatus('LOST')).toBe(false);
  });

  it('reads a status this build does not know in sentence case rather than failing', () => {
    expect(statusLabel('ON_HOLD')).toBe('On hold');
  });

  it('names events and who made them happen', () => {
    expect(eventLabel('PLACED')).toBe('Order placed');
    expect(eventLabel('REFUND')).toBe('Refund');
    expect(actorLabel('CUSTOMER')).toBe('by the customer');
    expect(actorLabel('STAFF')).toBe('by the store');
  });
});
