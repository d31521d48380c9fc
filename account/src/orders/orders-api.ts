/** Reads of the signed-in customer's orders. */
import { runQuery } from '../api/client';
import { GET_ORDER, MY_ORDERS, type OrderDetail, type OrderPage } from '@folio/contract/documents/orders';
import type { GetOrderQuery, MyOrdersQuery } from '@folio/contract/generated/operations';

/** Orders per page of the list ("Load more" asks for the next). */
export const ORDERS_PAGE_SIZE = 10;

export async function fetchMyOrders(nextToken: string | null, limit = ORDERS_PAGE_SIZE): Promise<OrderPage> {
  const data = await runQuery<MyOrdersQuery>(MY_ORDERS, { limit, nextToken });
  return { items: data.myOrders.items, nextToken: data.myOrders.nextToken ?? null };
}

/** The order, or null if there is none with this id that the customer may see (the API does not say which). */
export async function fetchOrder(id: string): Promise<OrderDetail | null> {
  const data = await runQuery<GetOrderQuery>(GET_ORDER, { id });
  return data.getOrder;
}
