/** Orders as the API returns them (the fields of orders/graphql.ts), for the tests. */
import type { OrderDetail, OrderSummary } from '@folio/contract/documents/orders';

export function orderSummary(n: number, overrides: Partial<OrderSummary> = {}): OrderSummary {
  return {
    id: `${String(n).padStart(2, '0')}c0ffee${'0'.repeat(24)}`.slice(0, 32),
    totalCents: 1000 + n,
    currency: 'USD',
    status: 'PAID',
    // Newest first, as the API sends them: order 1 is the newest. Noon UTC: the same day in every time zone.
    createdAt: new Date(Date.UTC(2025, 10, 30 - n, 12)).toISOString(),
    items: [{ quantity: 1 }],
    ...overrides,
  };
}

export const ORDER: OrderDetail = {
  id: '7f3a9c0d1e2b4a5f8c6d7e8f9a0b1c2d',
  totalCents: 4797,
  currency: 'USD',
  status: 'PAID',
  paymentIntentId: 'pi_3Folio0000000001',
  createdAt: '2025-11-24T12:30:00.000Z',
  items: [
    { bookId: 'pride-and-prejudice', title: 'Pride and Prejudice', unitPriceCents: 1899, quantity: 2 },
    { bookId: 'emma', title: 'Emma', unitPriceCents: 999, quantity: 1 },
  ],
  shippingAddress: {
    name: 'Ada Reader',
    line1: '1 Library Lane',
    line2: 'Flat 2',
    city: 'Bath',
    postalCode: 'BA1 1AA',
    country: 'GB',
  },
  refundedCents: 0,
  updatedAt: '2025-11-24T12:30:00.000Z',
  shipment: null,
  history: [
    {
      at: '2025-11-24T12:30:00.000Z',
      kind: 'PLACED',
      status: 'PAID',
      actor: 'CUSTOMER',
      amountCents: 4797,
      note: null,
    },
  ],
};

/** ORDER once staff sent it, and refunded a part of it. */
export const SHIPPED_ORDER: OrderDetail = {
  ...ORDER,
  status: 'SHIPPED',
  refundedCents: 999,
  updatedAt: '2025-11-26T12:30:00.000Z',
  shipment: { carrier: 'Royal Mail', trackingNumber: 'RM123456789GB', shippedAt: '2025-11-25T12:30:00.000Z' },
  history: [
    ...ORDER.history,
    {
      at: '2025-11-25T12:30:00.000Z',
      kind: 'SHIPPED',
      status: 'SHIPPED',
      actor: 'STAFF',
      amountCents: null,
      note: null,
    },
    { at: '2025-11-26T12:30:00.000Z', kind: 'REFUND', status: 'SHIPPED', actor: 'STAFF', amountCents: 999, note: null },
  ],
};
