/** The stored order and what makePayment hands to createOrder. */
import type { AddressValue } from './order-input';

export interface OrderLine {
  bookId: string;
  title: string;
  unitPriceCents: number;
  quantity: number;
}

export interface Order {
  id: string;
  customerId: string;
  items: OrderLine[];
  totalCents: number;
  currency: string;
  status: 'PAID';
  paymentIntentId: string;
  shippingAddress: AddressValue;
  createdAt: string;
}

/** An authorised order not yet written. */
export type PendingOrder = Omit<Order, 'status' | 'createdAt'>;

/** makePayment's result: the order that already exists, or a paid (authorised) order to write. */
export type PaymentOutcome = { existingOrder: Order } | { pending: PendingOrder };
