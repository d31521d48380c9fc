/** The stored order and what makePayment hands to createOrder. */
import { orderNumber } from '@folio/config/web/order-number';
import type { AddressValue } from './order-input';

export interface OrderLine {
  bookId: string;
  title: string;
  unitPriceCents: number;
  quantity: number;
}

export type OrderStatus = 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';

/** One event of the order's life (schema: OrderEvent). */
export interface OrderEvent {
  at: string;
  kind: 'PLACED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUND';
  status: OrderStatus;
  actor: 'CUSTOMER' | 'STAFF' | 'SYSTEM';
  /** Who exactly (a Cognito sub), for the logs and audits; the schema does not show it. */
  by?: string;
  amountCents?: number;
  note?: string;
  /** A refund's idempotency key: one refund per (order, key). */
  refundKey?: string;
}

export interface Shipment {
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
}

export interface Order {
  id: string;
  customerId: string;
  items: OrderLine[];
  totalCents: number;
  currency: string;
  status: OrderStatus;
  paymentIntentId: string;
  shippingAddress: AddressValue;
  createdAt: string;
  /** From Cognito at processOrder time; absent if it could not be read (the order stands without it). */
  customerEmail?: string;
  refundedCents: number;
  shipment?: Shipment;
  history: OrderEvent[];
  updatedAt: string;
}

/** makePayment's result: the order that already exists, or a paid (authorised) order to write. */
export type PaymentOutcome =
  | { existingOrder: Order }
  | { pending: Omit<Order, 'status' | 'createdAt' | 'refundedCents' | 'history' | 'updatedAt' | 'customerEmail'> };

/**
 * The key item that finds orders by the number customers see (config/web/order-number.ts: the id's first 8
 * characters, upper-cased). Several orders may share a number, so it holds a set of ids.
 */
export const NUMBER_KEY_PREFIX = 'number#';
export const numberKeyId = (orderId: string): string => `${NUMBER_KEY_PREFIX}${orderNumber(orderId)}`;

/** A freshly paid order as createOrder writes it: its first event, nothing refunded. */
export function placedOrder(
  pending: Extract<PaymentOutcome, { pending: unknown }>['pending'],
  customerEmail: string | undefined,
  at: string,
): Order {
  return {
    ...pending,
    status: 'PAID',
    createdAt: at,
    updatedAt: at,
    ...(customerEmail ? { customerEmail } : {}),
    refundedCents: 0,
    history: [
      {
        at,
        kind: 'PLACED',
        status: 'PAID',
        actor: 'CUSTOMER',
        by: pending.customerId,
        amountCents: pending.totalCents,
      },
    ],
  };
}
