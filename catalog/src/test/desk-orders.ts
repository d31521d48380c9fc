/** Orders as the desk's documents read them (contract/documents/order-desk.ts), for the desk's tests. */
import type { DeskOrder, DeskOrderRow } from '@folio/contract/documents/order-desk';

export const DESK_ORDER: DeskOrder = {
  id: '7f3a9c0d1e2b4a5f8c6d7e8f9a0b1c2d',
  customerId: 'customer-sub',
  customerEmail: 'ada@folio.test',
  status: 'PAID',
  totalCents: 4797,
  refundedCents: 0,
  currency: 'USD',
  paymentIntentId: 'pi_3Folio0000000001',
  createdAt: '2025-11-24T12:30:00.000Z',
  updatedAt: '2025-11-24T12:30:00.000Z',
  items: [
    { bookId: 'pride-and-prejudice', title: 'Pride and Prejudice', unitPriceCents: 1899, quantity: 2 },
    { bookId: 'emma', title: 'Emma', unitPriceCents: 999, quantity: 1 },
  ],
  shippingAddress: {
    name: 'Ada Reader',
    line1: '1 Library Lane',
    line2: null,
    city: 'Bath',
    postalCode: 'BA1 1AA',
    country: 'GB',
  },
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

export const shipped = (order: DeskOrder = DESK_ORDER): DeskOrder => ({
  ...order,
  status: 'SHIPPED',
  shipment: { carrier: 'Royal Mail', trackingNumber: 'RM123456789GB', shippedAt: '2025-11-25T12:30:00.000Z' },
  history: [
    ...order.history,
    {
      at: '2025-11-25T12:30:00.000Z',
      kind: 'SHIPPED',
      status: 'SHIPPED',
      actor: 'STAFF',
      amountCents: null,
      note: null,
    },
  ],
});

export function deskRow(n: number, overrides: Partial<DeskOrderRow> = {}): DeskOrderRow {
  return {
    id: `${String(n).padStart(2, '0')}c0ffee${'0'.repeat(24)}`.slice(0, 32),
    status: 'PAID',
    totalCents: 1000 + n,
    refundedCents: 0,
    currency: 'USD',
    customerEmail: `reader${n}@folio.test`,
    // Noon UTC: the same day in every time zone.
    createdAt: new Date(Date.UTC(2025, 10, 30 - n, 12)).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 10, 30 - n, 12)).toISOString(),
    items: [{ quantity: 1 }],
    ...overrides,
  };
}
