/**
 * The order desk's reads and transitions, always as the signed-in user (user-pool auth): AppSync lets only the
 * Admin group call them. A transition that lost a race, or that the order's status no longer allows, fails with
 * an ApiError whose errorType is "Conflict" (isConflict): the page says so and reads the order again.
 */
import { ApiError } from '@folio/config/web/api-error';
import { graphql } from '@folio/config/web/graphql';
import type { Page } from '@folio/config/web/use-paged-query';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type { OrderStatus } from '@folio/contract/generated/operations';
import {
  DELIVER_ORDER,
  DESK_CANCEL_ORDER,
  DESK_GET_ORDER,
  FIND_ORDERS,
  LIST_ORDERS,
  REFUND_ORDER,
  SHIP_ORDER,
  type DeskOrder,
  type DeskOrderRow,
} from '@folio/contract/documents/order-desk';

export type { DeskOrder, DeskOrderRow };

export const DESK_PAGE_SIZE = 25;

const asAdmin = <R, V>(query: TypedDocument<R, V>, variables: V): Promise<R> =>
  graphql({ query, variables, authMode: 'userPool' });

export const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.errorType === 'Conflict';

/** Every customer's orders, newest first; of one status when given. */
export async function listOrders(status: OrderStatus | null, nextToken: string | null): Promise<Page<DeskOrderRow>> {
  const data = await asAdmin(LIST_ORDERS, {
    status: status ?? undefined,
    limit: DESK_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return { items: data.listOrders.items, nextToken: data.listOrders.nextToken ?? null };
}

/** What staff typed in "Find": an email when it has an @, else an order number ("7F3A 9C0D", any case). */
export const findQuery = (text: string): { email: string } | { number: string } =>
  text.includes('@') ? { email: text.trim() } : { number: text.replace(/[\s-]/g, '').toUpperCase() };

export async function findOrders(text: string, nextToken: string | null): Promise<Page<DeskOrderRow>> {
  const data = await asAdmin(FIND_ORDERS, {
    ...findQuery(text),
    limit: DESK_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return { items: data.findOrders.items, nextToken: data.findOrders.nextToken ?? null };
}

export async function getDeskOrder(id: string): Promise<DeskOrder | null> {
  return (await asAdmin(DESK_GET_ORDER, { id })).getOrder ?? null;
}

export async function shipOrder(id: string, carrier: string, trackingNumber: string): Promise<DeskOrder> {
  return (await asAdmin(SHIP_ORDER, { input: { id, carrier, trackingNumber } })).shipOrder;
}

export async function deliverOrder(id: string): Promise<DeskOrder> {
  return (await asAdmin(DELIVER_ORDER, { id })).deliverOrder;
}

/** One refund per idempotencyKey: send the same key when retrying the same refund, and it pays out once. */
export async function refundOrder(input: {
  id: string;
  idempotencyKey: string;
  amountCents: number;
  reason: string | null;
}): Promise<DeskOrder> {
  return (await asAdmin(REFUND_ORDER, { input })).refundOrder;
}

export async function cancelOrderAsStaff(id: string): Promise<DeskOrder> {
  return (await asAdmin(DESK_CANCEL_ORDER, { id })).cancelOrder;
}
