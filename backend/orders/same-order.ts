/**
 * Whether a processOrder call asks for the order its idempotency key already made: the same books in the same
 * quantities to the same address. Prices are not compared (the order keeps the prices it was paid at).
 */
import type { Order } from './order';
import { ADDRESS_FIELDS } from '@folio/contract/rules/address';
import type { OrderInput } from './order-input';

const lines = (items: ReadonlyArray<{ bookId: string; quantity: number }>) =>
  items
    .map((l) => `${l.bookId}\u0000${l.quantity}`)
    .sort()
    .join('\n');

export function asksForOrder(input: OrderInput, order: Pick<Order, 'items' | 'shippingAddress'>): boolean {
  return (
    lines(input.items) === lines(order.items) &&
    ADDRESS_FIELDS.every((f) => (input.shippingAddress[f] ?? null) === (order.shippingAddress[f] ?? null))
  );
}
